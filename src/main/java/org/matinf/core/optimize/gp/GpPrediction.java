package org.matinf.core.optimize.gp;

/**
 * Predictive mean and standard deviation of a Gaussian process at some points, in target units.
 *
 * @param mean the posterior mean at each point
 * @param std the posterior standard deviation at each point (noise of a white kernel included)
 */
public record GpPrediction(double[] mean, double[] std) {
}
