package org.matinf.core.optimize.gp;

/** k1 · k2 (scikit-learn's {@code Product}); ∂(K1∘K2)/∂θ1 = ∂K1/∂θ1 ∘ K2. */
public final class ProductKernel extends CompositeKernel {
    /** The product of two kernels. */
    public ProductKernel(Kernel k1, Kernel k2) {
        super(k1, k2);
    }

    @Override
    Kernel combine(Kernel a, Kernel b) {
        return new ProductKernel(a, b);
    }

    @Override
    public double[][] cross(double[][] a, double[][] b) {
        return elementwise(k1.cross(a, b), k2.cross(a, b), true);
    }

    @Override
    public double[][] matrix(double[][] x) {
        return elementwise(k1.matrix(x), k2.matrix(x), true);
    }

    @Override
    public double[] diagonal(double[][] x) {
        double[] a = k1.diagonal(x);
        double[] b = k2.diagonal(x);
        for (int i = 0; i < a.length; i++) {
            a[i] *= b[i];
        }
        return a;
    }

    @Override
    void addLower(double[][] x, double[] out, double factor) {
        if (k1 instanceof ConstantKernel c) {
            k2.addLower(x, out, factor * c.parameter(0));
        } else if (k2 instanceof ConstantKernel c) {
            k1.addLower(x, out, factor * c.parameter(0));
        } else {
            super.addLower(x, out, factor);
        }
    }

    @Override
    void addCross(double[][] a, double[][] b, double[] out, double factor) {
        if (k1 instanceof ConstantKernel c) {
            k2.addCross(a, b, out, factor * c.parameter(0));
        } else if (k2 instanceof ConstantKernel c) {
            k1.addCross(a, b, out, factor * c.parameter(0));
        } else {
            super.addCross(a, b, out, factor);
        }
    }

    /** With a constant factor c: ∂(cK)/∂ log c = cK, so one pass over the other factor gives every entry. */
    @Override
    double contractLower(double[][] x, double[] w, double factor, double[] g, int offset) {
        if (k1 instanceof ConstantKernel c) {
            double v = c.parameter(0);
            double s = v * k2.contractLower(x, w, factor * v, g, offset + 1);
            g[offset] += factor * s;
            return s;
        }
        if (k2 instanceof ConstantKernel c) {
            double v = c.parameter(0);
            double s = v * k1.contractLower(x, w, factor * v, g, offset);
            g[offset + k1.size()] += factor * s;
            return s;
        }
        return super.contractLower(x, w, factor, g, offset);
    }

    @Override
    public double[] contract(double[][] x, double[][] w) {
        double[] g1 = k1.contract(x, elementwise(w, k2.matrix(x), true));
        double[] g2 = k2.contract(x, elementwise(w, k1.matrix(x), true));
        return concat(g1, g2);
    }

    @Override
    public String toString() {
        return "(" + k1 + ") * (" + k2 + ")";
    }
}
