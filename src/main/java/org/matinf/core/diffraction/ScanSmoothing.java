package org.matinf.core.diffraction;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Savitzky–Golay filters (local least-squares polynomials, Savitzky and Golay 1964) and robust
 * noise estimates for equally stepped scans. Near the ends the polynomial is fitted to the first
 * or last window and evaluated off centre, so no points are lost.
 */
final class ScanSmoothing {
    private ScanSmoothing() {
    }

    /** The data smoothed by a quadratic over {@code points} (odd, ≥ 3) consecutive points. */
    static double[] smooth(double[] y, int points) {
        return filter(y, points, 0);
    }

    /** The second derivative per step squared, from a quadratic over {@code points} points. */
    static double[] secondDerivative(double[] y, int points) {
        return filter(y, points, 2);
    }

    /** Root of the sum of squared central coefficients: the factor by which the filter scales white noise. */
    static double noiseGain(int points, int derivative) {
        double[] c = coefficients(2 * (points / 2) + 1, points / 2, derivative);
        double s = 0;
        for (double v : c) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static double[] filter(double[] y, int points, int derivative) {
        int n = y.length;
        int m = Math.max(1, Math.min(points / 2, (n - 1) / 2));
        int len = 2 * m + 1;
        double[] out = new double[n];
        if (n < 3) {
            return derivative == 0 ? y.clone() : out;
        }
        double[] central = coefficients(len, m, derivative);
        for (int i = 0; i < n; i++) {
            double[] c;
            int start;
            if (i < m) {
                c = coefficients(len, i, derivative);
                start = 0;
            } else if (i >= n - m) {
                c = coefficients(len, i - (n - len), derivative);
                start = n - len;
            } else {
                c = central;
                start = i - m;
            }
            double s = 0;
            for (int k = 0; k < len; k++) {
                s += c[k] * y[start + k];
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * Weights giving the value (derivative 0) or second derivative (2) at position {@code at} of a
     * quadratic fitted to {@code len} points at 0..len-1.
     */
    static double[] coefficients(int len, int at, int derivative) {
        int order = 2;
        RealMatrix a = new Array2DRowRealMatrix(len, order + 1);
        for (int j = 0; j < len; j++) {
            for (int p = 0; p <= order; p++) {
                a.setEntry(j, p, Math.pow(j - at, p));
            }
        }
        RealMatrix pinv = new LUDecomposition(a.transpose().multiply(a)).getSolver().getInverse()
                .multiply(a.transpose());
        double[] row = pinv.getRow(derivative == 0 ? 0 : 2);
        if (derivative == 2) {
            for (int j = 0; j < len; j++) {
                row[j] *= 2;
            }
        }
        return row;
    }

    /**
     * The standard deviation of white noise on the data, from the median absolute second
     * difference (a smooth signal hardly contributes to it): MAD / (0.6745 √6).
     */
    static double noise(double[] y) {
        if (y.length < 3) {
            return 0;
        }
        double[] d = new double[y.length - 2];
        for (int i = 1; i < y.length - 1; i++) {
            d[i - 1] = Math.abs(y[i - 1] - 2 * y[i] + y[i + 1]);
        }
        return median(d) / (0.6745 * Math.sqrt(6));
    }

    /**
     * The noise around each point: {@link #noise} of the window of {@code half} points either side,
     * never below {@code floor}.
     */
    static double[] localNoise(double[] y, int half, double floor) {
        int n = y.length;
        double[] d = new double[n];
        for (int i = 1; i < n - 1; i++) {
            d[i] = Math.abs(y[i - 1] - 2 * y[i] + y[i + 1]);
        }
        if (n > 2) {
            d[0] = d[1];
            d[n - 1] = d[n - 2];
        }
        double[] out = new double[n];
        double scale = 0.6745 * Math.sqrt(6);
        int stride = Math.max(1, half / 8);
        double last = floor;
        for (int i = 0; i < n; i++) {
            if (i % stride == 0) {
                int lo = Math.max(0, i - half);
                int hi = Math.min(n, i + half + 1);
                last = Math.max(floor, median(Arrays.copyOfRange(d, lo, hi)) / scale);
            }
            out[i] = last;
        }
        return out;
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return 0;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
    }
}
