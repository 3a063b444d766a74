package org.matinf.core.optimize.gp;

import java.util.ArrayList;
import java.util.List;

/**
 * A kernel of the scaled distance r² = Σ_c ((x_c − x′_c)/ℓ_c)², with one length scale ℓ
 * (isotropic) or one per feature (ARD, automatic relevance determination).
 */
abstract class StationaryKernel extends LeafKernel {

    StationaryKernel(double[] theta) {
        super(theta);
    }

    /** k as a function of r². */
    abstract double value(double r2);

    /** g(r²) with ∂k/∂ log ℓ_c = g · ((x_c − x′_c)/ℓ_c)². */
    abstract double radial(double r2);

    @Override
    List<String> ownNames() {
        if (theta.length == 1) {
            return List.of("length_scale");
        }
        List<String> n = new ArrayList<>();
        for (int i = 0; i < theta.length; i++) {
            n.add("length_scale_" + i);
        }
        return n;
    }

    private double[] inverseScales(int dims) {
        if (theta.length != 1 && theta.length != dims) {
            throw new IllegalArgumentException("the kernel has " + theta.length + " length scales but the data " + dims + " features");
        }
        double[] inv = new double[dims];
        for (int c = 0; c < dims; c++) {
            inv[c] = 1 / parameter(theta.length == 1 ? 0 : c);
        }
        return inv;
    }

    private static double scaled(double[] a, double[] b, double[] inv, double[] s) {
        double r2 = 0;
        for (int c = 0; c < a.length; c++) {
            double d = (a[c] - b[c]) * inv[c];
            s[c] = d * d;
            r2 += s[c];
        }
        return r2;
    }

    @Override
    public double[][] cross(double[][] a, double[][] b) {
        int dims = a.length == 0 ? 0 : a[0].length;
        double[] inv = inverseScales(dims);
        double[] s = new double[dims];
        double[][] k = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                k[i][j] = value(scaled(a[i], b[j], inv, s));
            }
        }
        return k;
    }

    @Override
    public double[][] matrix(double[][] x) {
        int dims = x.length == 0 ? 0 : x[0].length;
        double[] inv = inverseScales(dims);
        double[] s = new double[dims];
        double[][] k = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            k[i][i] = value(0.0);
            for (int j = 0; j < i; j++) {
                k[i][j] = value(scaled(x[i], x[j], inv, s));
                k[j][i] = k[i][j];
            }
        }
        return k;
    }

    @Override
    public double[] diagonal(double[][] x) {
        return filled(x.length, value(0.0));
    }

    @Override
    public double[] contract(double[][] x, double[][] w) {
        int dims = x.length == 0 ? 0 : x[0].length;
        double[] inv = inverseScales(dims);
        double[] s = new double[dims];
        double[] g = new double[theta.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < i; j++) {
                double r2 = scaled(x[i], x[j], inv, s);
                double f = (w[i][j] + w[j][i]) * radial(r2);
                if (theta.length == 1) {
                    g[0] += f * r2;
                } else {
                    for (int c = 0; c < dims; c++) {
                        g[c] += f * s[c];
                    }
                }
            }
        }
        return g;
    }
}
