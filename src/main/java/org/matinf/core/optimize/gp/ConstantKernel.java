package org.matinf.core.optimize.gp;

import java.util.List;

/** k = c, a signal variance when multiplied with another kernel (scikit-learn's {@code ConstantKernel}, {@code constant_value}). */
public final class ConstantKernel extends LeafKernel {
    /** @param constantValue c > 0 */
    public ConstantKernel(double constantValue) {
        super(logs(constantValue));
    }

    private ConstantKernel(double[] theta) {
        super(theta);
    }

    @Override
    Kernel create(double[] t) {
        return new ConstantKernel(t);
    }

    @Override
    List<String> ownNames() {
        return List.of("constant_value");
    }

    @Override
    public double[][] cross(double[][] a, double[][] b) {
        double[][] k = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            k[i] = filled(b.length, parameter(0));
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
        double v = factor * parameter(0);
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                out[i + j * n] += v;
            }
        }
    }

    @Override
    void addCross(double[][] a, double[][] b, double[] out, double factor) {
        double v = factor * parameter(0);
        for (int i = 0; i < a.length * b.length; i++) {
            out[i] += v;
        }
    }

    @Override
    double contractLower(double[][] x, double[] w, double factor, double[] g, int offset) {
        double s = parameter(0) * lowerSum(w, x.length);
        g[offset] += factor * s;
        return s;
    }

    @Override
    public double[] contract(double[][] x, double[][] w) {
        return new double[] {parameter(0) * sum(w)};
    }
}
