package org.matinf.core.diffraction.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.PeakFinder;
import org.matinf.core.diffraction.PowderProfile;

/**
 * Finds the Debye rings of a pattern as the peaks of its radial profile, with the powder peak
 * finder ({@link PeakFinder}: smoothing, a noise-based threshold and pseudo-Voigt least-squares
 * fits on a straight background), the radius taking the place of 2θ. Rings up to
 * {@value #MAX_FWHM} pixels wide are found; bins without pixels (beam stop, beyond the image)
 * are skipped.
 */
public final class RingFinder {
    /** The widest ring (FWHM, pixels) looked for. */
    static final double MAX_FWHM = 30;

    /**
     * A ring found in a radial profile.
     *
     * @param radius radius of the peak in pixels (sub-bin, from the fit)
     * @param height height above the local background (intensity units)
     * @param fwhm full width at half maximum in pixels
     */
    public record MeasuredRing(double radius, double height, double fwhm) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "MeasuredRing(r=%.3f px, height=%.4g, FWHM=%.3f px)", radius, height, fwhm);
        }
    }

    private RingFinder() {
    }

    /**
     * The rings of a profile in order of radius.
     *
     * @param threshold how many noise σ a ring must stand above its surroundings (3 is the powder default)
     */
    public static List<MeasuredRing> find(RadialProfile profile, double threshold) {
        PatternChecks.positive(threshold, "the ring threshold (noise σ)");
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < profile.size(); i++) {
            if (profile.count(i) > 0) {
                xs.add(profile.radius(i));
                ys.add(profile.intensity(i));
            }
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        PeakFinder finder = new PeakFinder().withThreshold(threshold).withSmoothing(5)
                .withMaxFwhm(Math.max(MAX_FWHM, 4 * profile.binWidth()));
        List<MeasuredRing> rings = new ArrayList<>();
        for (PeakFinder.Peak p : finder.find(new PowderProfile("radial profile", x, y, Double.NaN))) {
            rings.add(new MeasuredRing(p.twoTheta(), p.height(), p.fwhm()));
        }
        return rings;
    }

    /** The radii of the rings, in pixels. */
    public static double[] radii(List<MeasuredRing> rings) {
        return rings.stream().mapToDouble(MeasuredRing::radius).toArray();
    }
}
