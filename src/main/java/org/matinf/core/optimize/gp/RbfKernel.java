package org.matinf.core.optimize.gp;

/** Squared exponential k = exp(−r²/2) (scikit-learn's {@code RBF}). */
public final class RbfKernel extends StationaryKernel {
    /** @param lengthScales one (isotropic) or one per feature (ARD), each > 0 */
    public RbfKernel(double... lengthScales) {
        super(logs(lengthScales));
    }

    private RbfKernel(double[] theta, boolean logSpace) {
        super(theta);
    }

    @Override
    Kernel create(double[] t) {
        return new RbfKernel(t, true);
    }

    @Override
    double value(double r2) {
        return Math.exp(-0.5 * r2);
    }

    @Override
    double radial(double r2) {
        return Math.exp(-0.5 * r2);
    }

    @Override
    double radial(double r2, double value) {
        return value;
    }
}
