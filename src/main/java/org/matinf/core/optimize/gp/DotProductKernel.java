package org.matinf.core.optimize.gp;

import java.util.List;

/** k = σ₀² + x·x′, Bayesian linear regression (scikit-learn's {@code DotProduct}, {@code sigma_0}). */
public final class DotProductKernel extends LeafKernel {
    /** @param sigma0 the inhomogeneity σ₀ > 0 */
    public DotProductKernel(double sigma0) {
        super(logs(sigma0));
    }

    private DotProductKernel(double[] theta) {
        super(theta);
    }

    @Override
    Kernel create(double[] t) {
        return new DotProductKernel(t);
    }

    @Override
    List<String> ownNames() {
        return List.of("sigma_0");
    }

    @Override
    public double[][] cross(double[][] a, double[][] b) {
        double s2 = parameter(0) * parameter(0);
        double[][] k = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double d = s2;
                for (int c = 0; c < a[i].length; c++) {
                    d += a[i][c] * b[j][c];
                }
                k[i][j] = d;
            }
        }
        return k;
    }

    @Override
    public double[] diagonal(double[][] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = parameter(0) * parameter(0);
            for (double v : x[i]) {
                d[i] += v * v;
            }
        }
        return d;
    }

    @Override
    void addLower(double[][] x, double[] out, double factor) {
        int n = x.length;
        double s2 = parameter(0) * parameter(0);
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                out[i + j * n] += factor * (s2 + dot(x[i], x[j]));
            }
        }
    }

    @Override
    double contractLower(double[][] x, double[] w, double factor, double[] g, int offset) {
        int n = x.length;
        double s2 = parameter(0) * parameter(0);
        double diagonal = 0;
        double off = 0;
        for (int j = 0; j < n; j++) {
            diagonal += w[j + j * n] * (s2 + dot(x[j], x[j]));
            for (int i = j + 1; i < n; i++) {
                off += w[i + j * n] * (s2 + dot(x[i], x[j]));
            }
        }
        g[offset] += factor * 2 * s2 * lowerSum(w, n);
        return diagonal + 2 * off;
    }

    private static double dot(double[] a, double[] b) {
        double d = 0;
        for (int c = 0; c < a.length; c++) {
            d += a[c] * b[c];
        }
        return d;
    }

    @Override
    public double[] contract(double[][] x, double[][] w) {
        return new double[] {2 * parameter(0) * parameter(0) * sum(w)};
    }
}
