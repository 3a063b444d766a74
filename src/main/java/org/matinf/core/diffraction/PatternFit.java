package org.matinf.core.diffraction;

import java.util.List;
import org.matinf.core.diffraction.search.NonNegativeLeastSquares;

/**
 * Scales calculated profiles to a measured powder pattern by weighted least squares:
 * <pre>
 *   y_calc(2θ_i) = b_i + Σ_j s_j c_j(2θ_i),   s_j ≥ 0
 * </pre>
 * with y the measured intensities, b a fixed background (e.g. from {@link BackgroundSubtraction}), c_j
 * the calculated profiles of the phases on the measured 2θ grid and s_j their scale factors, found by
 * non-negative least squares with weights w_i = 1/σ_i². σ_i is the uncertainty of the measurement where
 * it has one, else √max(y_i, 1) (counting statistics). The agreement factors are those of Rietveld
 * refinement, on the whole measured intensity (background included):
 * <pre>
 *   R_wp  = √( Σ w (y − y_calc)² / Σ w y² )
 *   R_exp = √( (N − P) / Σ w y² )
 *   χ²    = Σ w (y − y_calc)² / (N − P) = (R_wp / R_exp)²
 * </pre>
 * with N points and P scale factors. Immutable.
 */
public final class PatternFit {
    private final double[] twoTheta;
    private final double[] observed;
    private final double[] background;
    private final double[][] components;
    private final double[] scales;
    private final double[] calculated;
    private final double weightedResidual;
    private final double weightedObserved;

    private PatternFit(double[] twoTheta, double[] observed, double[] background, double[][] components,
            double[] scales, double[] calculated, double weightedResidual, double weightedObserved) {
        this.twoTheta = twoTheta;
        this.observed = observed;
        this.background = background;
        this.components = components;
        this.scales = scales;
        this.calculated = calculated;
        this.weightedResidual = weightedResidual;
        this.weightedObserved = weightedObserved;
    }

    /**
     * Fits the scale factors of {@code calculated} (profiles on the grid of {@code measured}) above the
     * background {@code background} (one value per measured point; zeros for none).
     *
     * @throws IllegalArgumentException if a profile is on another grid, the background has the wrong
     *     length, or there are no more points than phases
     */
    public static PatternFit fit(PowderProfile measured, double[] background, List<PowderProfile> calculated) {
        double[] x = measured.twoTheta();
        double[] y = measured.intensity();
        int n = x.length;
        int p = calculated.size();
        if (background.length != n) {
            throw new IllegalArgumentException("the background has " + background.length + " points, the pattern " + n);
        }
        if (p == 0 || n <= p) {
            throw new IllegalArgumentException("a fit needs at least one calculated profile and more points ("
                    + n + ") than profiles (" + p + ")");
        }
        double[][] c = new double[p][];
        for (int j = 0; j < p; j++) {
            PowderProfile q = calculated.get(j);
            if (q.size() != n || q.twoTheta(0) != x[0] || q.twoTheta(n - 1) != x[n - 1]) {
                throw new IllegalArgumentException("the calculated profile " + q.name()
                        + " is not on the 2θ grid of the measured pattern");
            }
            c[j] = q.intensity();
        }
        double[] sigma = measured.sigma();
        double[] w = new double[n];
        double[][] a = new double[n][p];
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            double s = sigma != null && sigma[i] > 0 ? sigma[i] : Math.sqrt(Math.max(y[i], 1));
            w[i] = 1 / (s * s);
            double root = 1 / s;
            for (int j = 0; j < p; j++) {
                a[i][j] = root * c[j][i];
            }
            rhs[i] = root * (y[i] - background[i]);
        }
        double[] scales = NonNegativeLeastSquares.solve(a, rhs);
        double[] yc = new double[n];
        double residual = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double v = background[i];
            for (int j = 0; j < p; j++) {
                v += scales[j] * c[j][i];
            }
            yc[i] = v;
            residual += w[i] * (y[i] - v) * (y[i] - v);
            total += w[i] * y[i] * y[i];
        }
        return new PatternFit(x, y, background.clone(), c, scales, yc, residual, total);
    }

    /** The 2θ grid of the measurement (a copy). */
    public double[] twoTheta() { return twoTheta.clone(); }

    /** The measured intensities (a copy). */
    public double[] observed() { return observed.clone(); }

    /** The background (a copy). */
    public double[] background() { return background.clone(); }

    /** The scale factors, one per calculated profile, in the order given (a copy). */
    public double[] scales() { return scales.clone(); }

    /** The fitted pattern: background plus the scaled profiles (a copy). */
    public double[] calculated() { return calculated.clone(); }

    /** Profile {@code j} times its scale factor, without background. */
    public double[] scaledComponent(int j) {
        double[] out = components[j].clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= scales[j];
        }
        return out;
    }

    /** Measured minus fitted intensities. */
    public double[] difference() {
        double[] d = new double[observed.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = observed[i] - calculated[i];
        }
        return d;
    }

    /** The weighted-profile R factor R_wp (a fraction, not percent). */
    public double rwp() {
        return Math.sqrt(weightedResidual / weightedObserved);
    }

    /** The expected R factor R_exp (a fraction): the R_wp that counting noise alone would give. */
    public double rexp() {
        return Math.sqrt(degreesOfFreedom() / weightedObserved);
    }

    /** The reduced χ² = Σ w (y − y_calc)² / (N − P); about 1 for a fit as good as the noise allows. */
    public double chiSquared() {
        return weightedResidual / degreesOfFreedom();
    }

    private double degreesOfFreedom() {
        return observed.length - scales.length;
    }
}
