package org.matinf.core.optimize.gp;

import java.util.Arrays;
import java.util.List;

/** A kernel with its own hyperparameters (not a sum or product). */
abstract class LeafKernel extends Kernel {
    final double[] theta;

    LeafKernel(double[] theta) {
        for (double t : theta) {
            if (!Double.isFinite(t)) {
                throw new IllegalArgumentException("a kernel hyperparameter must be positive and finite, got exp(" + t + ")");
            }
        }
        this.theta = theta.clone();
    }

    /** A kernel of the same kind with other log hyperparameters (already checked for size). */
    abstract Kernel create(double[] theta);

    /** The names of the hyperparameters. */
    abstract List<String> ownNames();

    @Override
    public final double[] theta() {
        return theta.clone();
    }

    @Override
    public final Kernel withTheta(double[] t) {
        checkSize(t, theta.length);
        return create(t);
    }

    @Override
    public double[][] bounds() {
        return defaultBounds(theta.length);
    }

    @Override
    public final List<String> names() {
        return ownNames();
    }

    /** The hyperparameter values (not logs). */
    final double parameter(int i) {
        return Math.exp(theta[i]);
    }

    @Override
    public String toString() {
        double[] v = new double[theta.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameter(i);
        }
        return getClass().getSimpleName().replace("Kernel", "") + Arrays.toString(v);
    }

    static double[] filled(int n, double v) {
        double[] d = new double[n];
        Arrays.fill(d, v);
        return d;
    }
}
