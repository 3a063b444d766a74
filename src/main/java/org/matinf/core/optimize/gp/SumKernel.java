package org.matinf.core.optimize.gp;

/** k1 + k2 (scikit-learn's {@code Sum}). */
public final class SumKernel extends CompositeKernel {
    /** The sum of two kernels. */
    public SumKernel(Kernel k1, Kernel k2) {
        super(k1, k2);
    }

    @Override
    Kernel combine(Kernel a, Kernel b) {
        return new SumKernel(a, b);
    }

    @Override
    public double[][] cross(double[][] a, double[][] b) {
        return elementwise(k1.cross(a, b), k2.cross(a, b), false);
    }

    @Override
    public double[][] matrix(double[][] x) {
        return elementwise(k1.matrix(x), k2.matrix(x), false);
    }

    @Override
    public double[] diagonal(double[][] x) {
        double[] a = k1.diagonal(x);
        double[] b = k2.diagonal(x);
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    @Override
    void addLower(double[][] x, double[] out, double factor) {
        k1.addLower(x, out, factor);
        k2.addLower(x, out, factor);
    }

    @Override
    void addCross(double[][] a, double[][] b, double[] out, double factor) {
        k1.addCross(a, b, out, factor);
        k2.addCross(a, b, out, factor);
    }

    @Override
    double contractLower(double[][] x, double[] w, double factor, double[] g, int offset) {
        double s = k1.contractLower(x, w, factor, g, offset);
        return s + k2.contractLower(x, w, factor, g, offset + k1.size());
    }

    @Override
    public double[] contract(double[][] x, double[][] w) {
        return concat(k1.contract(x, w), k2.contract(x, w));
    }

    @Override
    public String toString() {
        return k1 + " + " + k2;
    }
}
