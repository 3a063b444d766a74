package org.matinf.core.diffraction;

import java.util.Locale;

/**
 * How wide and what shape a powder line is at a given 2θ: instrumental broadening (Caglioti), sample
 * broadening (Scherrer crystallite size, microstrain) and the shape function. Immutable; the
 * {@code with...} methods return modified copies.
 *
 * <p>Each line has a Gaussian and a Lorentzian width component (FWHM, degrees 2θ):
 * <pre>
 *   H_G² = U tan²θ + V tanθ + W + P / cos²θ                       (U, V, W, P in deg²)
 *   H_L  = X tanθ + Y / cosθ + β_size + β_strain                  (X, Y in degrees)
 *   β_size   = (180/π) K λ / (L cosθ)     Scherrer: K (default 0.9), λ in Å, L in Å (given in nm)
 *   β_strain = (180/π) 4 ε tanθ           ε: microstrain (dimensionless, e.g. 1e-3)
 * </pre>
 * Crystallite size and microstrain are Lorentzian here, as the Y and X terms of FullProf's
 * Thompson–Cox–Hastings function; Gaussian sample broadening can be put into P (size) and U (strain).
 * β_size and β_strain are used as full widths at half maximum; K = 0.9 is the Scherrer constant for
 * FWHM of roughly spherical crystallites (for integral breadths K ≈ 1.0 would be appropriate), and ε is
 * the "apparent" strain that gives that FWHM.
 *
 * <p>The line's FWHM is the Thompson–Cox–Hastings combination H(H_G, H_L) for every shape, so changing
 * the shape does not change the widths. The shape is one of {@link PeakShape.Kind}: a Gaussian or a
 * Lorentzian of width H, a pseudo-Voigt with η = η0 + η1·2θ (clipped to [0, 1], 2θ in degrees), or
 * the TCH pseudo-Voigt with η from H_G and H_L.
 *
 * <p>Defaults: TCH shape, U = V = 0, W = 0.01 deg² (a constant instrumental FWHM of 0.1°), P = X = Y
 * = 0, no size or strain broadening, K = 0.9, η0 = 0.5, η1 = 0.
 */
public final class ProfileModel {
    private static final double DEG = 180 / Math.PI;

    private PeakShape.Kind kind = PeakShape.Kind.THOMPSON_COX_HASTINGS;
    private double u;
    private double v;
    private double w = 0.01;
    private double p;
    private double x;
    private double y;
    private double crystalliteSizeNm = Double.POSITIVE_INFINITY;
    private double scherrerK = 0.9;
    private double microstrain;
    private double eta0 = 0.5;
    private double eta1;

    private ProfileModel() {
    }

    /** The default model (TCH, constant FWHM 0.1°). */
    public static ProfileModel defaults() {
        return new ProfileModel();
    }

    /** The default widths with the given shape. */
    public static ProfileModel of(PeakShape.Kind kind) {
        return defaults().withShape(kind);
    }

    private ProfileModel copy() {
        ProfileModel c = new ProfileModel();
        c.kind = kind;
        c.u = u;
        c.v = v;
        c.w = w;
        c.p = p;
        c.x = x;
        c.y = y;
        c.crystalliteSizeNm = crystalliteSizeNm;
        c.scherrerK = scherrerK;
        c.microstrain = microstrain;
        c.eta0 = eta0;
        c.eta1 = eta1;
        return c;
    }

    private static double finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, not " + value);
        }
        return value;
    }

    /** This model with another line shape. */
    public ProfileModel withShape(PeakShape.Kind newKind) {
        ProfileModel c = copy();
        c.kind = java.util.Objects.requireNonNull(newKind, "shape");
        return c;
    }

    /** Caglioti parameters U, V, W in deg² (of 2θ): H_G² = U tan²θ + V tanθ + W (+ P/cos²θ). */
    public ProfileModel withCaglioti(double newU, double newV, double newW) {
        ProfileModel c = copy();
        c.u = finite("U", newU);
        c.v = finite("V", newV);
        c.w = finite("W", newW);
        return c;
    }

    /** The Gaussian size term P in deg² (H_G² gains P/cos²θ). */
    public ProfileModel withGaussianSizeTerm(double newP) {
        ProfileModel c = copy();
        c.p = finite("P", newP);
        return c;
    }

    /** The Lorentzian terms X and Y in degrees: H_L gains X tanθ + Y/cosθ. */
    public ProfileModel withLorentzianTerms(double newX, double newY) {
        ProfileModel c = copy();
        c.x = finite("X", newX);
        c.y = finite("Y", newY);
        return c;
    }

    /** Mean crystallite size L in nm for Scherrer broadening; infinity for none. */
    public ProfileModel withCrystalliteSize(double nanometres) {
        if (!(nanometres > 0)) {
            throw new IllegalArgumentException("Crystallite size must be positive (nm), not " + nanometres);
        }
        ProfileModel c = copy();
        c.crystalliteSizeNm = nanometres;
        return c;
    }

    /** The Scherrer constant K (default 0.9). */
    public ProfileModel withScherrerConstant(double k) {
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new IllegalArgumentException("Scherrer constant must be positive, not " + k);
        }
        ProfileModel c = copy();
        c.scherrerK = k;
        return c;
    }

    /** Microstrain ε (dimensionless, ≥ 0): β = 4ε tanθ. */
    public ProfileModel withMicrostrain(double epsilon) {
        if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("Microstrain must be a non-negative number, not " + epsilon);
        }
        ProfileModel c = copy();
        c.microstrain = epsilon;
        return c;
    }

    /** Lorentzian fraction of the {@link PeakShape.Kind#PSEUDO_VOIGT} shape: η = η0 + η1·2θ (degrees). */
    public ProfileModel withEta(double newEta0, double newEta1) {
        ProfileModel c = copy();
        c.eta0 = finite("η0", newEta0);
        c.eta1 = finite("η1", newEta1);
        return c;
    }

    public PeakShape.Kind shape() { return kind; }

    /** Crystallite size in nm, infinite when there is no size broadening. */
    public double crystalliteSize() { return crystalliteSizeNm; }

    public double microstrain() { return microstrain; }

    /** Gaussian FWHM H_G (degrees 2θ) at {@code twoTheta} (degrees). */
    public double gaussianFwhm(double twoTheta) {
        double theta = Math.toRadians(twoTheta / 2);
        double t = Math.tan(theta);
        double cos = Math.cos(theta);
        double h2 = u * t * t + v * t + w + p / (cos * cos);
        if (h2 < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Caglioti U=%g, V=%g, W=%g (P=%g) give a negative H² = %g at 2θ = %g°", u, v, w, p, h2, twoTheta));
        }
        return Math.sqrt(h2);
    }

    /** Scherrer size broadening (FWHM, degrees 2θ) at {@code twoTheta} for wavelength λ (Å). */
    public double sizeBroadening(double twoTheta, double wavelength) {
        if (Double.isInfinite(crystalliteSizeNm)) {
            return 0;
        }
        if (!(wavelength > 0)) {
            throw new IllegalArgumentException("Scherrer broadening needs the wavelength, got " + wavelength);
        }
        double cos = Math.cos(Math.toRadians(twoTheta / 2));
        return DEG * scherrerK * wavelength / (10 * crystalliteSizeNm * cos);
    }

    /** Microstrain broadening 4ε tanθ (FWHM, degrees 2θ) at {@code twoTheta}. */
    public double strainBroadening(double twoTheta) {
        return DEG * 4 * microstrain * Math.tan(Math.toRadians(twoTheta / 2));
    }

    /** Lorentzian FWHM H_L (degrees 2θ) at {@code twoTheta} for wavelength λ (Å). */
    public double lorentzianFwhm(double twoTheta, double wavelength) {
        double theta = Math.toRadians(twoTheta / 2);
        double h = x * Math.tan(theta) + y / Math.cos(theta) + sizeBroadening(twoTheta, wavelength)
                + strainBroadening(twoTheta);
        if (h < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Lorentzian X=%g, Y=%g give a negative width %g at 2θ = %g°", x, y, h, twoTheta));
        }
        return h;
    }

    /** The line shape at {@code twoTheta} (degrees) for wavelength λ (Å; NaN is fine without Scherrer). */
    public PeakShape shapeAt(double twoTheta, double wavelength) {
        double hg = gaussianFwhm(twoTheta);
        double hl = lorentzianFwhm(twoTheta, wavelength);
        if (kind == PeakShape.Kind.THOMPSON_COX_HASTINGS) {
            return PeakShape.thompsonCoxHastings(hg, hl);
        }
        double h = PeakShape.tchFwhm(hg, hl);
        switch (kind) {
            case GAUSSIAN:
                return PeakShape.gaussian(h);
            case LORENTZIAN:
                return PeakShape.lorentzian(h);
            default:
                return PeakShape.pseudoVoigt(h, Math.min(1, Math.max(0, eta0 + eta1 * twoTheta)));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "ProfileModel(%s, U=%g, V=%g, W=%g, P=%g, X=%g, Y=%g, size=%g nm, K=%g, strain=%g, eta=%g%+g*2theta)",
                kind, u, v, w, p, x, y, crystalliteSizeNm, scherrerK, microstrain, eta0, eta1);
    }
}
