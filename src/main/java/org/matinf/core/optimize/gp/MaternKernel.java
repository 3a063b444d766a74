package org.matinf.core.optimize.gp;

/**
 * Matérn kernel with ν = 1/2 (exp(−r)), 3/2 ((1 + √3 r) e^(−√3 r)) or 5/2
 * ((1 + √5 r + 5r²/3) e^(−√5 r)) (scikit-learn's {@code Matern}; ν is fixed, not a hyperparameter).
 */
public final class MaternKernel extends StationaryKernel {
    private static final double SQRT3 = Math.sqrt(3);
    private static final double SQRT5 = Math.sqrt(5);
    private final double nu;

    /**
     * @param nu 0.5, 1.5 or 2.5
     * @param lengthScales one (isotropic) or one per feature (ARD), each > 0
     */
    public MaternKernel(double nu, double... lengthScales) {
        this(nu, logs(lengthScales), true);
    }

    private MaternKernel(double nu, double[] theta, boolean logSpace) {
        super(theta);
        if (nu != 0.5 && nu != 1.5 && nu != 2.5) {
            throw new IllegalArgumentException("Matérn ν must be 0.5, 1.5 or 2.5, got " + nu);
        }
        this.nu = nu;
    }

    /** ν. */
    public double nu() {
        return nu;
    }

    @Override
    Kernel create(double[] t) {
        return new MaternKernel(nu, t, true);
    }

    @Override
    double value(double r2) {
        double r = Math.sqrt(r2);
        if (nu == 0.5) {
            return Math.exp(-r);
        }
        if (nu == 1.5) {
            return (1 + SQRT3 * r) * Math.exp(-SQRT3 * r);
        }
        return (1 + SQRT5 * r + 5 * r2 / 3) * Math.exp(-SQRT5 * r);
    }

    @Override
    double radial(double r2) {
        double r = Math.sqrt(r2);
        if (nu == 0.5) {
            return r == 0 ? 0 : Math.exp(-r) / r;
        }
        if (nu == 1.5) {
            return 3 * Math.exp(-SQRT3 * r);
        }
        return 5.0 / 3 * (1 + SQRT5 * r) * Math.exp(-SQRT5 * r);
    }

    /** exp(−√(2ν)·r) recovered from the value by dividing out its polynomial factor. */
    @Override
    double radial(double r2, double value) {
        double r = Math.sqrt(r2);
        if (nu == 0.5) {
            return r == 0 ? 0 : value / r;
        }
        if (nu == 1.5) {
            return 3 * value / (1 + SQRT3 * r);
        }
        return 5.0 / 3 * (1 + SQRT5 * r) * value / (1 + SQRT5 * r + 5 * r2 / 3);
    }

    @Override
    public String toString() {
        return "Matern(nu=" + nu + ")" + super.toString().substring("Matern".length());
    }
}
