package org.matinf.core.optimize.gp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A sum or product of two kernels; hyperparameters are k1's then k2's, named {@code k1__...}, {@code k2__...}. */
abstract class CompositeKernel extends Kernel {
    final Kernel k1;
    final Kernel k2;

    CompositeKernel(Kernel k1, Kernel k2) {
        this.k1 = k1;
        this.k2 = k2;
    }

    abstract Kernel combine(Kernel a, Kernel b);

    @Override
    public double[] theta() {
        return concat(k1.theta(), k2.theta());
    }

    @Override
    public Kernel withTheta(double[] theta) {
        checkSize(theta, size());
        int n1 = k1.size();
        return combine(k1.withTheta(Arrays.copyOfRange(theta, 0, n1)), k2.withTheta(Arrays.copyOfRange(theta, n1, theta.length)));
    }

    @Override
    public double[][] bounds() {
        double[][] a = k1.bounds();
        double[][] b = k2.bounds();
        double[][] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Override
    public List<String> names() {
        List<String> n = new ArrayList<>();
        k1.names().forEach(s -> n.add("k1__" + s));
        k2.names().forEach(s -> n.add("k2__" + s));
        return n;
    }

    static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** a ∘ b (product) or a + b, element-wise, into a new matrix. */
    static double[][] elementwise(double[][] a, double[][] b, boolean product) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = new double[a[i].length];
            for (int j = 0; j < c[i].length; j++) {
                c[i][j] = product ? a[i][j] * b[i][j] : a[i][j] + b[i][j];
            }
        }
        return c;
    }
}
