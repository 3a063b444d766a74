/**
 * Gaussian process regression at parity with scikit-learn's {@code GaussianProcessRegressor}.
 *
 * <p>{@link org.matinf.core.optimize.gp.Kernel}s (RBF, Matérn ν = 1/2, 3/2, 5/2, rational quadratic,
 * dot product, constant, white noise, sums, products, ARD length scales) carry their
 * hyperparameters in log space, in scikit-learn's order and with its names. A
 * {@link org.matinf.core.optimize.gp.GaussianProcess} is fitted by Cholesky factorisation of
 * K + αI (LAPACK through Smile's {@code Matrix}); the log marginal likelihood's gradient is
 * analytic (½ tr((αα<sup>T</sup> − K⁻¹) ∂K/∂θ), contracted kernel by kernel without storing one
 * n × n matrix per hyperparameter). Hyperparameters are optimised by a projected limited-memory
 * BFGS of our own in the log bounds (Commons Math 3 has no L-BFGS-B; clipping a conjugate-gradient
 * method was judged less reliable): the first run starts at the kernel's hyperparameters, each
 * restart at a point drawn log-uniformly in the bounds with NumPy's {@code RandomState(seed)}, so the
 * starts are scikit-learn's for the same {@code random_state}; the best optimum is kept.
 */
package org.matinf.core.optimize.gp;
