package org.matinf.core.optimize.gp;

import java.util.List;

/**
 * Independent noise: k(x, x) = noise_level, zero between different points and between training and
 * test points (scikit-learn's {@code WhiteKernel}, {@code noise_level}).
 */
public final class WhiteKernel extends LeafKernel {
    /** @param noiseLevel the noise variance, > 0 */
    public WhiteKernel(double noiseLevel) {
        super(logs(noiseLevel));
    }

    private WhiteKernel(double[] theta) {
        super(theta);
    }

    @Override
    Kernel create(double[] t) {
        return new WhiteKernel(t);
    }

    @Override
    List<String> ownNames() {
        return List.of("noise_level");
    }

    @Override
    public double[][] cross(double[][] a, double[][] b) {
        return new double[a.length][b.length];
    }

    @Override
    public double[][] matrix(double[][] x) {
        double[][] k = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            k[i][i] = parameter(0);
        }
        return k;
    }

    @Override
    public double[] diagonal(double[][] x) {
        return filled(x.length, parameter(0));
    }

    @Override
    void addLower(double[][] x, double[] out, double factor) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            out[i + i * n] += factor * parameter(0);
        }
    }

    @Override
    void addCross(double[][] a, double[][] b, double[] out, double factor) {
        // zero between training and test points
    }

    @Override
    double contractLower(double[][] x, double[] w, double factor, double[] g, int offset) {
        int n = x.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += w[i + i * n];
        }
        s *= parameter(0);
        g[offset] += factor * s;
        return s;
    }

    @Override
    public double[] contract(double[][] x, double[][] w) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i][i];
        }
        return new double[] {parameter(0) * s};
    }
}
