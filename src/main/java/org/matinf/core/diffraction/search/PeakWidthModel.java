package org.matinf.core.diffraction.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.PeakFinder;
import org.matinf.core.diffraction.PeakShape;
import org.matinf.core.diffraction.ProfileModel;

/**
 * The line widths assumed when candidate phases are drawn for comparison with a measurement: a
 * pseudo-Voigt of Lorentzian fraction η and full width at half maximum
 * <pre>
 *   H(2θ) = a + b tanθ        (degrees 2θ)
 * </pre>
 * {@link #fit} estimates a, b and η from the peaks {@link PeakFinder} found: b is the Theil–Sen
 * slope (median of the slopes between pairs of peaks) of H against tanθ, a the median of
 * H − b tanθ, η the median Lorentzian fraction. With fewer than four peaks, or when the line would
 * fall below half the median width inside the scan, the width is the median FWHM (b = 0). As a
 * {@link ProfileModel} this is a pseudo-Voigt with Caglioti U = b², V = 2ab, W = a², since then
 * √(U tan²θ + V tanθ + W) = a + b tanθ. Immutable.
 *
 * @param a width at 2θ = 0 in degrees
 * @param b change of width per unit tanθ in degrees
 * @param eta Lorentzian fraction, 0 to 1
 */
public record PeakWidthModel(double a, double b, double eta) {
    private static final int MIN_PEAKS_FOR_SLOPE = 4;
    private static final double MIN_TAN_SEPARATION = 0.02;

    /** Checks that the values are finite, a positive and η within [0, 1]. */
    public PeakWidthModel {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !(a > 0 || b > 0)) {
            throw new IllegalArgumentException("line widths need finite a, b with a positive width: " + a + ", " + b);
        }
        if (!(eta >= 0 && eta <= 1)) {
            throw new IllegalArgumentException("the Lorentzian fraction must lie in [0, 1], not " + eta);
        }
    }

    /** A constant width {@code fwhm} (degrees) with Lorentzian fraction η. */
    public static PeakWidthModel constant(double fwhm, double eta) {
        if (!(fwhm > 0) || !Double.isFinite(fwhm)) {
            throw new IllegalArgumentException("a peak width must be a positive number of degrees, not " + fwhm);
        }
        return new PeakWidthModel(fwhm, 0, eta);
    }

    /**
     * The widths of the measured peaks between {@code min} and {@code max} (degrees 2θ; the range
     * where the model must stay positive).
     *
     * @throws IllegalArgumentException if no peak has a finite positive width
     */
    public static PeakWidthModel fit(List<PeakFinder.Peak> peaks, double min, double max) {
        List<double[]> points = new ArrayList<>();
        List<Double> etas = new ArrayList<>();
        for (PeakFinder.Peak p : peaks) {
            if (p.fwhm() > 0 && Double.isFinite(p.fwhm())) {
                points.add(new double[] {tan(p.twoTheta()), p.fwhm()});
                if (Double.isFinite(p.eta())) {
                    etas.add(Math.min(1, Math.max(0, p.eta())));
                }
            }
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no measured peak has a usable width");
        }
        double eta = etas.isEmpty() ? 0.5 : median(etas.stream().mapToDouble(Double::doubleValue).toArray());
        double medianWidth = median(points.stream().mapToDouble(p -> p[1]).toArray());
        if (points.size() < MIN_PEAKS_FOR_SLOPE) {
            return constant(medianWidth, eta);
        }
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                double dt = points.get(j)[0] - points.get(i)[0];
                if (Math.abs(dt) > MIN_TAN_SEPARATION) {
                    slopes.add((points.get(j)[1] - points.get(i)[1]) / dt);
                }
            }
        }
        if (slopes.isEmpty()) {
            return constant(medianWidth, eta);
        }
        double b = median(slopes.stream().mapToDouble(Double::doubleValue).toArray());
        double a = median(points.stream().mapToDouble(p -> p[1] - b * p[0]).toArray());
        double lowest = Math.min(a + b * tan(min), a + b * tan(max));
        if (!(lowest >= 0.5 * medianWidth) || !(a > 0 || b > 0)) {
            return constant(medianWidth, eta);
        }
        return new PeakWidthModel(a, b, eta);
    }

    /** The FWHM in degrees at {@code twoTheta} (degrees), at least 1e-4°. */
    public double fwhm(double twoTheta) {
        return Math.max(1e-4, a + b * tan(twoTheta));
    }

    /** The unit-area line shape at {@code twoTheta}. */
    public PeakShape shapeAt(double twoTheta) {
        return PeakShape.pseudoVoigt(fwhm(twoTheta), eta);
    }

    /** This model as a {@link ProfileModel} (pseudo-Voigt, Caglioti U = b², V = 2ab, W = a²). */
    public ProfileModel profileModel() {
        return ProfileModel.of(PeakShape.Kind.PSEUDO_VOIGT).withCaglioti(b * b, 2 * a * b, a * a).withEta(eta, 0);
    }

    private static double tan(double twoTheta) {
        return Math.tan(Math.toRadians(twoTheta / 2));
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FWHM = %.4f + %.4f tanθ deg, η = %.2f", a, b, eta);
    }
}
