package org.matinf.core.diffraction;

/**
 * Asymmetrically reweighted penalized least squares (arPLS, Baek, Kim, Kim and Chung, Analyst
 * 140 (2015) 250) with the pentadiagonal system solved by a banded LDLᵀ factorisation in O(n).
 */
final class ScanBaseline {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-4;

    private ScanBaseline() {
    }

    /** The baseline of y for the smoothness λ. */
    static double[] arpls(double[] y, double lambda) {
        int n = y.length;
        if (n < 3) {
            return y.clone();
        }
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        double[] z = y.clone();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        // noise-free data: without a floor the weights of points a hair above the curve vanish
        double sdFloor = 1e-3 * (hi - lo);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            z = solve(w, y, lambda);
            double sum = 0;
            double sumSq = 0;
            int neg = 0;
            for (int i = 0; i < n; i++) {
                double d = y[i] - z[i];
                if (d < 0) {
                    sum += d;
                    sumSq += d * d;
                    neg++;
                }
            }
            if (neg < 2) {
                break;
            }
            double mean = sum / neg;
            double sd = Math.max(sdFloor, Math.sqrt(Math.max(sumSq / neg - mean * mean, 0)));
            if (!(sd > 0)) {
                break;
            }
            double change = 0;
            double norm = 0;
            for (int i = 0; i < n; i++) {
                double d = y[i] - z[i];
                double arg = 2 * (d - (2 * sd - mean)) / sd;
                double wn = arg > 700 ? 0 : 1 / (1 + Math.exp(arg));
                change += (wn - w[i]) * (wn - w[i]);
                norm += w[i] * w[i];
                w[i] = wn;
            }
            if (Math.sqrt(change / norm) < TOLERANCE) {
                break;
            }
        }
        return z;
    }

    /** Solves (W + λ DᵀD) z = W y, D the second-difference operator. */
    static double[] solve(double[] w, double[] y, double lambda) {
        int n = y.length;
        double[] a0 = new double[n];
        double[] a1 = new double[n]; // A(i, i-1)
        double[] a2 = new double[n]; // A(i, i-2)
        double[] c = {1, -2, 1};
        for (int r = 0; r + 2 < n; r++) {
            for (int p = 0; p < 3; p++) {
                for (int q = p; q < 3; q++) {
                    double v = lambda * c[p] * c[q];
                    int i = r + q;
                    if (q == p) {
                        a0[i] += v;
                    } else if (q - p == 1) {
                        a1[i] += v;
                    } else {
                        a2[i] += v;
                    }
                }
            }
        }
        double[] d = new double[n];
        double[] l1 = new double[n];
        double[] l2 = new double[n];
        for (int i = 0; i < n; i++) {
            double diag = a0[i] + w[i];
            if (i >= 2) {
                l2[i] = a2[i] / d[i - 2];
            }
            if (i >= 1) {
                l1[i] = (a1[i] - (i >= 2 ? l2[i] * d[i - 2] * l1[i - 1] : 0)) / d[i - 1];
            }
            d[i] = diag - (i >= 1 ? l1[i] * l1[i] * d[i - 1] : 0) - (i >= 2 ? l2[i] * l2[i] * d[i - 2] : 0);
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = w[i] * y[i] - (i >= 1 ? l1[i] * z[i - 1] : 0) - (i >= 2 ? l2[i] * z[i - 2] : 0);
        }
        for (int i = 0; i < n; i++) {
            z[i] /= d[i];
        }
        for (int i = n - 1; i >= 0; i--) {
            z[i] -= (i + 1 < n ? l1[i + 1] * z[i + 1] : 0) + (i + 2 < n ? l2[i + 2] * z[i + 2] : 0);
        }
        return z;
    }
}
