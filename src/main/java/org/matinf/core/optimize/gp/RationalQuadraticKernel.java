package org.matinf.core.optimize.gp;

import java.util.List;

/**
 * k = (1 + d²/(2αℓ²))^(−α), a scale mixture of squared exponentials (scikit-learn's
 * {@code RationalQuadratic}; isotropic; hyperparameters {@code alpha} then {@code length_scale}).
 */
public final class RationalQuadraticKernel extends LeafKernel {
    /**
     * @param lengthScale ℓ > 0
     * @param alpha α > 0
     */
    public RationalQuadraticKernel(double lengthScale, double alpha) {
        super(logs(alpha, lengthScale));
    }

    private RationalQuadraticKernel(double[] theta) {
        super(theta);
    }

    @Override
    Kernel create(double[] t) {
        return new RationalQuadraticKernel(t);
    }

    @Override
    List<String> ownNames() {
        return List.of("alpha", "length_scale");
    }

    private double u(double[] a, double[] b) {
        double d2 = 0;
        for (int c = 0; c < a.length; c++) {
            d2 += (a[c] - b[c]) * (a[c] - b[c]);
        }
        double l = parameter(1);
        return d2 / (2 * parameter(0) * l * l);
    }

    @Override
    public double[][] cross(double[][] a, double[][] b) {
        double[][] k = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                k[i][j] = Math.pow(1 + u(a[i], b[j]), -parameter(0));
            }
        }
        return k;
    }

    @Override
    public double[] diagonal(double[][] x) {
        return filled(x.length, 1);
    }

    @Override
    public double[] contract(double[][] x, double[][] w) {
        double alpha = parameter(0);
        double[] g = new double[2];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                double u = u(x[i], x[j]);
                double t = 1 + u;
                double k = Math.pow(t, -alpha);
                g[0] += w[i][j] * alpha * k * (u / t - Math.log(t));
                g[1] += w[i][j] * k / t * 2 * alpha * u;
            }
        }
        return g;
    }
}
