package org.matinf.core.diffraction;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a stick pattern ({@link XrdPattern}) as a continuous profile ({@link PowderProfile}) on a
 * 2θ grid:
 * <pre>
 *   y(2θ) = s Σ_k I_k Ω_k(2θ − 2θ_k − z) + b(2θ)
 * </pre>
 * with I_k the stick intensity (so each line's integrated area is s·I_k, in intensity × degrees),
 * Ω_k the unit-area line shape of the {@link ProfileModel} at 2θ_k, s the scale factor, z the zero
 * shift (degrees; a line calculated at 2θ is drawn at 2θ + z) and b(2θ) = c0 + c1·2θ + c2·(2θ)² + ...
 * the background (2θ in degrees).
 *
 * <p>Kα2: with {@link #kAlpha2} every stick gets a second line of intensity ratio × I_k at
 * 2θ = 2 asin(λ2 / 2d), d being the stick's d-spacing (or, if that is missing, λ1/(2 sin θ) with λ1
 * the pattern's wavelength, taken as Kα1). Its width is evaluated at its own angle and wavelength; its
 * intensity keeps the Kα1 Lorentz-polarisation factor (a difference well below 1% for a doublet).
 * Sticks are optionally corrected for preferred orientation first ({@link #preferredOrientation}).
 *
 * <p>Cut-off: each line is evaluated only within ±N FWHM of its centre, where N is
 * {@link PeakShape#cutoffInFwhm}(tailTolerance): 3 FWHM for a Gaussian (lost area &lt; 1e-11), and
 * for any Lorentzian fraction η, N = cot(π·tol/2)/2 ≈ 1/(π·tol), so that at most η·tol of the line's
 * area is lost (default tol = 1e-3: N = 318 FWHM). The step in intensity at the window edge is then
 * about η·tol²·π²/4 ≈ 2.5e-6·η of the line's Lorentzian peak height. The grid step should be at most
 * about FWHM/5 for the sampled profile to keep the line areas.
 *
 * <p>Defaults: {@link ProfileModel#defaults()}, 2θ from 10° to 90° in steps of 0.02°, scale 1, no
 * zero shift, no background, no Kα2, tail tolerance 1e-3. Not thread-safe; the built profiles are
 * immutable.
 */
public final class PowderProfileBuilder {
    private ProfileModel model = ProfileModel.defaults();
    private double[] grid = uniformGrid(10, 90, 0.02);
    private double zeroShift;
    private double scale = 1;
    private double[] background = new double[0];
    private double kAlpha2Wavelength = Double.NaN;
    private double kAlpha2Ratio = 0.5;
    private MarchDollase preferredOrientation;
    private double tailTolerance = 1e-3;
    private String name = "calculated";

    /** The line widths and shape. */
    public PowderProfileBuilder profile(ProfileModel newModel) {
        model = Objects.requireNonNull(newModel, "profile model");
        return this;
    }

    /** A uniform grid from {@code min} to {@code max} (inclusive when max − min is a whole number of steps). */
    public PowderProfileBuilder range(double min, double max, double step) {
        grid = uniformGrid(min, max, step);
        return this;
    }

    /** An arbitrary strictly increasing grid, e.g. the 2θ values of a measured scan. */
    public PowderProfileBuilder grid(double[] twoTheta) {
        for (int i = 0; i < twoTheta.length; i++) {
            if (!Double.isFinite(twoTheta[i]) || (i > 0 && !(twoTheta[i] > twoTheta[i - 1]))) {
                throw new IllegalArgumentException("The 2θ grid must be finite and increase strictly (point "
                        + (i + 1) + ")");
            }
        }
        grid = twoTheta.clone();
        return this;
    }

    /** Instrument zero shift z in degrees: lines are drawn at 2θ + z. */
    public PowderProfileBuilder zeroShift(double degrees) {
        zeroShift = finite("zero shift", degrees);
        return this;
    }

    /** Scale factor s multiplying every line (not the background). */
    public PowderProfileBuilder scale(double factor) {
        scale = finite("scale", factor);
        return this;
    }

    /** Polynomial background c0 + c1·2θ + c2·(2θ)² + ... (2θ in degrees); no arguments for none. */
    public PowderProfileBuilder background(double... coefficients) {
        for (double c : coefficients) {
            finite("background coefficient", c);
        }
        background = coefficients.clone();
        return this;
    }

    /**
     * Adds a Kα2 line at wavelength {@code wavelength} (Å) with intensity {@code ratio} times each
     * stick's (0.5 is the usual Kα2/Kα1 ratio); the pattern's wavelength is taken as Kα1.
     */
    public PowderProfileBuilder kAlpha2(double wavelength, double ratio) {
        if (!(wavelength > 0) || !Double.isFinite(wavelength) || !(ratio >= 0) || !Double.isFinite(ratio)) {
            throw new IllegalArgumentException("Kα2 needs a positive wavelength and a non-negative ratio: "
                    + wavelength + ", " + ratio);
        }
        kAlpha2Wavelength = wavelength;
        kAlpha2Ratio = ratio;
        return this;
    }

    /** Applies this preferred-orientation correction to the sticks (null for none). */
    public PowderProfileBuilder preferredOrientation(MarchDollase correction) {
        preferredOrientation = correction;
        return this;
    }

    /** The largest fraction of each line's Lorentzian area that may be cut off (default 1e-3). */
    public PowderProfileBuilder tailTolerance(double tolerance) {
        PeakShape.gaussian(1).cutoffInFwhm(tolerance);
        tailTolerance = tolerance;
        return this;
    }

    /** Name of the built profile. */
    public PowderProfileBuilder name(String newName) {
        name = newName;
        return this;
    }

    /** The 2θ grid (a copy). */
    public double[] twoThetaGrid() {
        return grid.clone();
    }

    /** The profile of {@code pattern} on the grid. */
    public PowderProfile build(XrdPattern pattern) {
        XrdPattern sticks = preferredOrientation == null ? pattern : preferredOrientation.apply(pattern);
        double lambda1 = sticks.wavelength();
        double[] y = new double[grid.length];
        for (XrdPeak p : sticks.peaks()) {
            addLine(y, p.twoTheta(), p.intensity(), lambda1);
            if (!Double.isNaN(kAlpha2Wavelength) && kAlpha2Ratio > 0) {
                double d = p.d() > 0 ? p.d() : lambda1 / (2 * Math.sin(Math.toRadians(p.twoTheta() / 2)));
                double s = kAlpha2Wavelength / (2 * d);
                if (s <= 1) {
                    addLine(y, 2 * Math.toDegrees(Math.asin(s)), kAlpha2Ratio * p.intensity(), kAlpha2Wavelength);
                }
            }
        }
        for (int i = 0; i < grid.length; i++) {
            y[i] += background(grid[i]);
        }
        return new PowderProfile(name, grid, y, null, lambda1, metadata());
    }

    private void addLine(double[] y, double twoTheta, double area, double wavelength) {
        if (!(twoTheta > 0 && twoTheta < 180)) {
            throw new IllegalArgumentException("A stick at 2θ = " + twoTheta + "° cannot be drawn");
        }
        PeakShape shape = model.shapeAt(twoTheta, wavelength);
        double centre = twoTheta + zeroShift;
        double half = shape.cutoffInFwhm(tailTolerance) * shape.fwhm();
        int from = firstIndexAtOrAbove(centre - half);
        double amplitude = scale * area;
        for (int i = from; i < grid.length && grid[i] <= centre + half; i++) {
            y[i] += amplitude * shape.value(grid[i] - centre);
        }
    }

    private int firstIndexAtOrAbove(double x) {
        int i = Arrays.binarySearch(grid, x);
        return i >= 0 ? i : -i - 1;
    }

    private double background(double twoTheta) {
        double b = 0;
        for (int j = background.length - 1; j >= 0; j--) {
            b = b * twoTheta + background[j];
        }
        return b;
    }

    private Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("profile", model.toString());
        m.put("zero shift (deg)", Double.toString(zeroShift));
        m.put("scale", Double.toString(scale));
        m.put("background", Arrays.toString(background));
        if (!Double.isNaN(kAlpha2Wavelength)) {
            m.put("Kalpha2", String.format(Locale.ROOT, "%s A, ratio %s", kAlpha2Wavelength, kAlpha2Ratio));
        }
        if (preferredOrientation != null) {
            m.put("March-Dollase r", Double.toString(preferredOrientation.r()));
        }
        return m;
    }

    private static double finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, not " + value);
        }
        return value;
    }

    private static double[] uniformGrid(double min, double max, double step) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(step > 0) || !(max > min)) {
            throw new IllegalArgumentException("A 2θ range needs min < max and a positive step: "
                    + min + ", " + max + ", " + step);
        }
        int n = (int) Math.floor((max - min) / step + 1e-9) + 1;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = min + i * step;
        }
        return x;
    }
}
