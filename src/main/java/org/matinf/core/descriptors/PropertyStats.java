package org.matinf.core.descriptors;

import java.util.function.DoubleUnaryOperator;

/**
 * Weighted statistics of element property values, following matminer's {@code PropertyStats}:
 * weights are normalised by their sum; {@link #mode} picks the smallest value among those whose
 * weight is within NumPy's {@code isclose} tolerance of the largest weight.
 */
public final class PropertyStats {
    private PropertyStats() {
    }

    /** Smallest value; NaN if any value is NaN. */
    public static double minimum(double[] x) {
        return extreme(x, -1);
    }

    /** Largest value; NaN if any value is NaN. */
    public static double maximum(double[] x) {
        return extreme(x, 1);
    }

    private static double extreme(double[] x, int sign) {
        double m = x[0];
        for (double v : x) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            m = sign > 0 ? Math.max(m, v) : Math.min(m, v);
        }
        return m;
    }

    /** Maximum minus minimum. */
    public static double range(double[] x) {
        return maximum(x) - minimum(x);
    }

    /** Σ wᵢxᵢ / Σ wᵢ. */
    public static double mean(double[] x, double[] w) {
        return average(x, w, v -> v);
    }

    /** Weighted mean absolute deviation from the weighted mean. */
    public static double avgDev(double[] x, double[] w) {
        double m = mean(x, w);
        return average(x, w, v -> Math.abs(v - m));
    }

    /** Weighted population variance: Σ wᵢ(xᵢ − mean)² / Σ wᵢ. */
    public static double variance(double[] x, double[] w) {
        double m = mean(x, w);
        return average(x, w, v -> (v - m) * (v - m));
    }

    private static double average(double[] x, double[] w, DoubleUnaryOperator f) {
        double s = 0;
        double sw = 0;
        for (int i = 0; i < x.length; i++) {
            s += f.applyAsDouble(x[i]) * w[i];
            sw += w[i];
        }
        return s / sw;
    }

    /** Σ wᵢxᵢ (weights not normalised). */
    public static double sum(double[] x, double[] w) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * w[i];
        }
        return s;
    }

    /**
     * Weighted geometric mean exp(Σ wᵢ ln xᵢ / Σ wᵢ); 0 if a value is 0 (and none negative), NaN if
     * a value is negative.
     */
    public static double geometricMean(double[] x, double[] w) {
        return meanOfPositive(x, w, Math::log, Math::exp);
    }

    /**
     * Weighted harmonic mean 1 / (Σ (wᵢ / xᵢ) / Σ wᵢ); 0 if a value is 0 (and none negative), NaN if
     * a value is negative.
     */
    public static double harmonicMean(double[] x, double[] w) {
        return meanOfPositive(x, w, v -> 1 / v, v -> 1 / v);
    }

    /** back(weighted mean of to(x)) for positive values; NaN if one is negative, 0 if one is 0. */
    private static double meanOfPositive(double[] x, double[] w, DoubleUnaryOperator to, DoubleUnaryOperator back) {
        boolean zero = false;
        for (double v : x) {
            if (v < 0 || Double.isNaN(v)) {
                return Double.NaN;
            }
            zero |= v == 0;
        }
        return zero ? 0 : back.applyAsDouble(average(x, w, to));
    }

    /** The smallest value among those carrying (within 1e-8 + 1e-5·max) the largest weight. */
    public static double mode(double[] x, double[] w) {
        double wmax = maximum(w);
        double tol = 1e-8 + 1e-5 * Math.abs(wmax);
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                return Double.NaN;
            }
            if (Math.abs(w[i] - wmax) <= tol) {
                m = Math.min(m, x[i]);
            }
        }
        return m;
    }
}
