package org.matinf.core.diffraction;

import java.util.Locale;
import org.apache.commons.math3.special.Erf;

/**
 * The shape of one powder diffraction line: a pseudo-Voigt, i.e. a Lorentzian fraction η plus a
 * Gaussian fraction 1 − η with the same full width at half maximum H,
 * <pre>
 *   Ω(x) = η L(x) + (1 − η) G(x),   x = 2θ − 2θ_peak (degrees)
 *   G(x) = (2/H) √(ln2/π) exp(−4 ln2 x²/H²)
 *   L(x) = (2/(πH)) / (1 + 4x²/H²)
 * </pre>
 * Every shape has unit area (∫Ω dx = 1, Ω in 1/degree when x and H are in degrees) and its FWHM is
 * exactly H. A Gaussian is η = 0, a Lorentzian η = 1. The Thompson–Cox–Hastings pseudo-Voigt
 * (J. Appl. Cryst. 20 (1987) 79) approximates the Voigt function of a Gaussian of FWHM H_G convolved
 * with a Lorentzian of FWHM H_L by a pseudo-Voigt with
 * <pre>
 *   H = (H_G⁵ + 2.69269 H_G⁴H_L + 2.42843 H_G³H_L² + 4.47163 H_G²H_L³ + 0.07842 H_G H_L⁴ + H_L⁵)^(1/5)
 *   η = 1.36603 q − 0.47719 q² + 0.11116 q³,   q = H_L/H
 * </pre>
 * Immutable.
 */
public final class PeakShape {
    /** How a shape was defined. */
    public enum Kind {
        GAUSSIAN, LORENTZIAN, PSEUDO_VOIGT, THOMPSON_COX_HASTINGS
    }

    private static final double FOUR_LN2 = 4 * Math.log(2);
    private static final double GAUSS_NORM = 2 * Math.sqrt(Math.log(2) / Math.PI);
    /** A Gaussian has lost less than 1e-11 of its area at ±3 FWHM. */
    private static final double GAUSSIAN_HALF_WINDOW = 3.0;

    private final Kind kind;
    private final double fwhm;
    private final double eta;

    private PeakShape(Kind kind, double fwhm, double eta) {
        if (!(fwhm > 0) || !Double.isFinite(fwhm)) {
            throw new IllegalArgumentException("A peak needs a positive finite FWHM, not " + fwhm);
        }
        if (!(eta >= 0 && eta <= 1)) {
            throw new IllegalArgumentException("The Lorentzian fraction η must lie in [0, 1], not " + eta);
        }
        this.kind = kind;
        this.fwhm = fwhm;
        this.eta = eta;
    }

    /** A unit-area Gaussian of full width at half maximum {@code fwhm}. */
    public static PeakShape gaussian(double fwhm) {
        return new PeakShape(Kind.GAUSSIAN, fwhm, 0);
    }

    /** A unit-area Lorentzian (Cauchy) of full width at half maximum {@code fwhm}. */
    public static PeakShape lorentzian(double fwhm) {
        return new PeakShape(Kind.LORENTZIAN, fwhm, 1);
    }

    /** A unit-area pseudo-Voigt of width {@code fwhm} and Lorentzian fraction {@code eta} in [0, 1]. */
    public static PeakShape pseudoVoigt(double fwhm, double eta) {
        return new PeakShape(Kind.PSEUDO_VOIGT, fwhm, eta);
    }

    /**
     * The Thompson–Cox–Hastings pseudo-Voigt for a Gaussian component of FWHM {@code gaussianFwhm} and a
     * Lorentzian component of FWHM {@code lorentzianFwhm} (either may be 0, not both).
     */
    public static PeakShape thompsonCoxHastings(double gaussianFwhm, double lorentzianFwhm) {
        if (!(gaussianFwhm >= 0 && lorentzianFwhm >= 0)) {
            throw new IllegalArgumentException("Gaussian and Lorentzian widths must not be negative: "
                    + gaussianFwhm + ", " + lorentzianFwhm);
        }
        double h = tchFwhm(gaussianFwhm, lorentzianFwhm);
        return new PeakShape(Kind.THOMPSON_COX_HASTINGS, h, h > 0 ? tchEta(lorentzianFwhm / h) : 0);
    }

    /** The TCH width H of a Voigt with Gaussian and Lorentzian FWHMs {@code g} and {@code l}. */
    public static double tchFwhm(double g, double l) {
        double g2 = g * g;
        double l2 = l * l;
        double sum = g2 * g2 * g + 2.69269 * g2 * g2 * l + 2.42843 * g2 * g * l2 + 4.47163 * g2 * l2 * l
                + 0.07842 * g * l2 * l2 + l2 * l2 * l;
        return Math.pow(sum, 0.2);
    }

    /** The TCH Lorentzian fraction η for the ratio q = H_L/H (0 ≤ q ≤ 1); η(0) = 0, η(1) = 1. */
    public static double tchEta(double q) {
        return Math.min(1, Math.max(0, q * (1.36603 + q * (-0.47719 + q * 0.11116))));
    }

    public Kind kind() { return kind; }

    /** Full width at half maximum, in the unit of x (degrees 2θ in this package). */
    public double fwhm() { return fwhm; }

    /** Lorentzian fraction η: 0 for a Gaussian, 1 for a Lorentzian. */
    public double eta() { return eta; }

    /** The value Ω(x) at distance x from the peak centre. */
    public double value(double x) {
        double u = x / fwhm;
        double u2 = u * u;
        double g = eta < 1 ? GAUSS_NORM * Math.exp(-FOUR_LN2 * u2) : 0;
        double l = eta > 0 ? (2 / Math.PI) / (1 + 4 * u2) : 0;
        return (eta * l + (1 - eta) * g) / fwhm;
    }

    /** The peak height Ω(0). */
    public double height() {
        return value(0);
    }

    /** The exact fraction of the area that lies within ±{@code halfWidth} of the centre. */
    public double areaWithin(double halfWidth) {
        double u = halfWidth / fwhm;
        double gaussian = Erf.erf(Math.sqrt(FOUR_LN2) * u);
        double lorentzian = (2 / Math.PI) * Math.atan(2 * u);
        return eta * lorentzian + (1 - eta) * gaussian;
    }

    /**
     * The half-width, in FWHMs, of the window outside which this shape may be cut off while losing at
     * most the fraction {@code tolerance} of its Lorentzian part: cot(π·tol/2)/2 ≈ 1/(π·tol) FWHM when
     * η &gt; 0 (318 FWHM for 1e-3), and 3 FWHM for a pure Gaussian (lost area below 1e-11).
     */
    public double cutoffInFwhm(double tolerance) {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("The tail tolerance must lie in (0, 1), not " + tolerance);
        }
        if (eta == 0) {
            return GAUSSIAN_HALF_WINDOW;
        }
        return Math.max(GAUSSIAN_HALF_WINDOW, 0.5 / Math.tan(Math.PI * tolerance / 2));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PeakShape(%s, FWHM=%.6g, eta=%.5f)", kind, fwhm, eta);
    }
}
