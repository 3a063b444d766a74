package org.matinf.core.optimize.gp;

import java.util.List;

/**
 * A covariance function k(x, x′) of a Gaussian process, with its hyperparameters in log space as
 * scikit-learn's {@code Kernel.theta}: the same order, the same names ({@code k1__constant_value},
 * {@code k2__length_scale}, ...) and default bounds 10⁻⁵ … 10⁵. Kernels are immutable:
 * {@link #withTheta} returns a copy.
 */
public abstract class Kernel {
    /** Default lower bound of every hyperparameter (not in log space). */
    public static final double LOWER = 1e-5;
    /** Default upper bound of every hyperparameter. */
    public static final double UPPER = 1e5;

    /** The log hyperparameters, in scikit-learn's order. */
    public abstract double[] theta();

    /** A copy with other log hyperparameters. */
    public abstract Kernel withTheta(double[] theta);

    /** Log bounds, one {lower, upper} per entry of {@link #theta()}. */
    public abstract double[][] bounds();

    /** scikit-learn's names, one per entry of {@link #theta()} (ARD length scales as {@code length_scale_0} ...). */
    public abstract List<String> names();

    /** k(a_i, b_j), without white noise (scikit-learn's {@code k(X, Y)}). */
    public abstract double[][] cross(double[][] a, double[][] b);

    /** The covariance matrix of the points x with themselves, white noise included ({@code k(X)}). */
    public double[][] matrix(double[][] x) {
        return cross(x, x);
    }

    /** The diagonal of {@link #matrix}. */
    public abstract double[] diagonal(double[][] x);

    /**
     * The gradient contracted with a weight matrix: entry i is Σ_jk w_jk ∂K_jk/∂θ_i with K = {@link #matrix}(x).
     * The gradient of the log marginal likelihood is half of this with w = αα<sup>T</sup> − K⁻¹.
     */
    public abstract double[] contract(double[][] x, double[][] w);

    /**
     * Adds factor · K<sub>ij</sub> (K = {@link #matrix}(x)) to out[i + j·n] for i ≥ j: the lower triangle of a
     * column-major n × n array. The kernels of this package override it to skip the n × n copies.
     */
    void addLower(double[][] x, double[] out, double factor) {
        double[][] k = matrix(x);
        int n = x.length;
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                out[i + j * n] += factor * k[i][j];
            }
        }
    }

    /** Adds factor · k(a_i, b_j) to out[j + i·|b|]: K*ᵀ, column-major, one column per point of a. */
    void addCross(double[][] a, double[][] b, double[] out, double factor) {
        double[][] k = cross(a, b);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[j + i * b.length] += factor * k[i][j];
            }
        }
    }

    /**
     * {@link #contract} for a symmetric w given by the lower triangle of a column-major n × n array:
     * adds factor · Σ_jk w_jk ∂K_jk/∂θ_i to g[offset + i] and returns Σ_jk w_jk K_jk.
     */
    double contractLower(double[][] x, double[] w, double factor, double[] g, int offset) {
        int n = x.length;
        double[][] full = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                full[i][j] = w[i + j * n];
                full[j][i] = w[i + j * n];
            }
        }
        double[] c = contract(x, full);
        for (int i = 0; i < c.length; i++) {
            g[offset + i] += factor * c[i];
        }
        double[][] k = matrix(x);
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s += full[i][j] * k[i][j];
            }
        }
        return s;
    }

    /** Σ_jk w_jk for a symmetric w given by its lower triangle (column-major n × n). */
    static double lowerSum(double[] w, int n) {
        double diagonal = 0;
        double off = 0;
        for (int j = 0; j < n; j++) {
            diagonal += w[j + j * n];
            for (int i = j + 1; i < n; i++) {
                off += w[i + j * n];
            }
        }
        return diagonal + 2 * off;
    }

    /** Number of hyperparameters. */
    public int size() {
        return theta().length;
    }

    /** k1 + k2. */
    public Kernel plus(Kernel other) {
        return new SumKernel(this, other);
    }

    /** k1 · k2. */
    public Kernel times(Kernel other) {
        return new ProductKernel(this, other);
    }

    /** Default log bounds for n hyperparameters. */
    static double[][] defaultBounds(int n) {
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            b[i] = new double[] {Math.log(LOWER), Math.log(UPPER)};
        }
        return b;
    }

    static double[] logs(double... values) {
        double[] t = new double[values.length];
        for (int i = 0; i < t.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("a kernel hyperparameter must be positive and finite, got " + values[i]);
            }
            t[i] = Math.log(values[i]);
        }
        return t;
    }

    static void checkSize(double[] theta, int n) {
        if (theta.length != n) {
            throw new IllegalArgumentException("expected " + n + " hyperparameters, got " + theta.length);
        }
    }

    static double sum(double[][] w) {
        double s = 0;
        for (double[] row : w) {
            for (double v : row) {
                s += v;
            }
        }
        return s;
    }
}
