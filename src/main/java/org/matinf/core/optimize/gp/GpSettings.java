package org.matinf.core.optimize.gp;

/**
 * How a Gaussian process is fitted, as scikit-learn's {@code GaussianProcessRegressor} arguments.
 *
 * @param kernel the kernel; its hyperparameters are the start of the first optimisation
 * @param alpha added to the diagonal of the training covariance (noise variance, jitter); ≥ 0
 * @param normalize subtract the target's mean and divide by its standard deviation ({@code normalize_y})
 * @param optimize maximise the log marginal likelihood over the hyperparameters (else keep them)
 * @param restarts further optimisations from log-uniform random starts ({@code n_restarts_optimizer})
 * @param seed the starts' random seed ({@code random_state}: NumPy's RandomState, bit for bit)
 */
public record GpSettings(Kernel kernel, double alpha, boolean normalize, boolean optimize, int restarts, long seed) {
    /** scikit-learn's default α. */
    public static final double DEFAULT_ALPHA = 1e-10;

    /** Checks the values. */
    public GpSettings {
        if (kernel == null) {
            throw new IllegalArgumentException("no kernel given");
        }
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("noise (alpha) must be a finite number ≥ 0, got " + alpha);
        }
        if (restarts < 0) {
            throw new IllegalArgumentException("restarts must be ≥ 0, got " + restarts);
        }
    }

    /** Fixed hyperparameters, α = 10⁻¹⁰, no normalisation. */
    public static GpSettings fixed(Kernel kernel) {
        return new GpSettings(kernel, DEFAULT_ALPHA, false, false, 0, 0);
    }
}
