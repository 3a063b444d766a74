package org.matinf.core.diffraction.search;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Non-negative least squares, min ||A x − b|| subject to x ≥ 0, by the active-set method of Lawson
 * and Hanson (Solving Least Squares Problems, 1974, ch. 23). Meant for few unknowns (phase scale
 * factors) and many observations (profile points); the unconstrained sub-problems are solved by
 * QR decomposition (Commons Math).
 */
public final class NonNegativeLeastSquares {
    private NonNegativeLeastSquares() {
    }

    /**
     * Solves the problem for the columns of {@code a} (a[i][j] = observation i of column j).
     *
     * @return x ≥ 0 with one entry per column
     */
    public static double[] solve(double[][] a, double[] b) {
        int m = a.length;
        int n = m == 0 ? 0 : a[0].length;
        if (m != b.length) {
            throw new IllegalArgumentException("A has " + m + " rows but b has " + b.length);
        }
        double[] x = new double[n];
        boolean[] passive = new boolean[n];
        double tol = 10 * Math.ulp(1.0) * norm1(a) * Math.max(m, n);
        int maxIter = 3 * n + 30;
        for (int iter = 0; iter < maxIter; iter++) {
            double[] w = gradient(a, b, x);
            int best = -1;
            double bestW = tol;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && w[j] > bestW) {
                    bestW = w[j];
                    best = j;
                }
            }
            if (best < 0) {
                return x;
            }
            passive[best] = true;
            while (true) {
                double[] z = unconstrained(a, b, passive);
                boolean feasible = true;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && z[j] <= tol) {
                        feasible = false;
                        break;
                    }
                }
                if (feasible) {
                    x = z;
                    break;
                }
                double alpha = 1;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && z[j] <= tol) {
                        alpha = Math.min(alpha, x[j] / (x[j] - z[j]));
                    }
                }
                for (int j = 0; j < n; j++) {
                    x[j] += alpha * (z[j] - x[j]);
                    if (passive[j] && Math.abs(x[j]) <= tol) {
                        passive[j] = false;
                        x[j] = 0;
                    }
                }
            }
        }
        return x;
    }

    /** The residual norm ||A x − b||. */
    public static double residual(double[][] a, double[] b, double[] x) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double r = -b[i];
            for (int j = 0; j < x.length; j++) {
                r += a[i][j] * x[j];
            }
            s += r * r;
        }
        return Math.sqrt(s);
    }

    /** w = Aᵀ(b − A x). */
    private static double[] gradient(double[][] a, double[] b, double[] x) {
        int n = x.length;
        double[] w = new double[n];
        for (int i = 0; i < a.length; i++) {
            double r = b[i];
            for (int j = 0; j < n; j++) {
                r -= a[i][j] * x[j];
            }
            for (int j = 0; j < n; j++) {
                w[j] += a[i][j] * r;
            }
        }
        return w;
    }

    /** Least-squares solution using only the passive columns; zeros elsewhere. */
    private static double[] unconstrained(double[][] a, double[] b, boolean[] passive) {
        int n = passive.length;
        int k = 0;
        for (boolean p : passive) {
            k += p ? 1 : 0;
        }
        int[] cols = new int[k];
        for (int j = 0, c = 0; j < n; j++) {
            if (passive[j]) {
                cols[c++] = j;
            }
        }
        RealMatrix sub = new Array2DRowRealMatrix(a.length, k);
        for (int i = 0; i < a.length; i++) {
            for (int c = 0; c < k; c++) {
                sub.setEntry(i, c, a[i][cols[c]]);
            }
        }
        RealVector sol = new QRDecomposition(sub).getSolver().solve(new ArrayRealVector(b, false));
        double[] z = new double[n];
        for (int c = 0; c < k; c++) {
            z[cols[c]] = sol.getEntry(c);
        }
        return z;
    }

    private static double norm1(double[][] a) {
        double max = 0;
        for (int j = 0; a.length > 0 && j < a[0].length; j++) {
            double s = 0;
            for (double[] row : a) {
                s += Math.abs(row[j]);
            }
            max = Math.max(max, s);
        }
        return max;
    }
}
