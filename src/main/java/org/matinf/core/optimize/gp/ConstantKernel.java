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
    public double[] contract(double[][] x, double[][] w) {
        return new double[] {parameter(0) * sum(w)};
    }
}
