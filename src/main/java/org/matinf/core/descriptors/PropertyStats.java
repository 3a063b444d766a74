package org.matinf.core.descriptors;

/**
 * Weighted statistics of element property values, following matminer's {@code PropertyStats}:
 * weights are normalised by their sum; {@link #mode} picks the smallest value among those whose
 * weight is within NumPy's {@code isclose} tolerance of the largest weight.
 */
public final class PropertyStats {
    private PropertyStats() {
    }

    public static double minimum(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            m = Math.min(m, v);
        }
        return m;
    }

    public static double maximum(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            m = Math.max(m, v);
        }
        return m;
    }

    /** Maximum minus minimum. */
    public static double range(double[] x) {
        return maximum(x) - minimum(x);
    }

    /** Σ wᵢxᵢ / Σ wᵢ. */
    public static double mean(double[] x, double[] w) {
        double s = 0;
        double sw = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * w[i];
            sw += w[i];
        }
        return s / sw;
    }

    /** Weighted mean absolute deviation from the weighted mean. */
    public static double avgDev(double[] x, double[] w) {
        double m = mean(x, w);
        double s = 0;
        double sw = 0;
        for (int i = 0; i < x.length; i++) {
            s += Math.abs(x[i] - m) * w[i];
            sw += w[i];
        }
        return s / sw;
    }

    /** Weighted population variance: Σ wᵢ(xᵢ − mean)² / Σ wᵢ. */
    public static double variance(double[] x, double[] w) {
        double m = mean(x, w);
        double s = 0;
        double sw = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - m;
            s += d * d * w[i];
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
        double s = 0;
        double sw = 0;
        boolean zero = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0 || Double.isNaN(x[i])) {
                return Double.NaN;
            }
            if (x[i] == 0) {
                zero = true;
            } else {
                s += Math.log(x[i]) * w[i];
            }
            sw += w[i];
        }
        return zero ? 0 : Math.exp(s / sw);
    }

    /**
     * Weighted harmonic mean Σ wᵢ / Σ (wᵢ / xᵢ); 0 if a value is 0 (and none negative), NaN if a
     * value is negative.
     */
    public static double harmonicMean(double[] x, double[] w) {
        double s = 0;
        double sw = 0;
        boolean zero = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0 || Double.isNaN(x[i])) {
                return Double.NaN;
            }
            if (x[i] == 0) {
                zero = true;
            } else {
                s += w[i] / x[i];
            }
            sw += w[i];
        }
        return zero ? 0 : sw / s;
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
