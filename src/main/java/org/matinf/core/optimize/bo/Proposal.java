package org.matinf.core.optimize.bo;

/**
 * One proposed experiment.
 *
 * @param point the parameter values (a search space; categoricals as level indices), or null for a pool
 * @param row the pool row (0-based), or −1 for a search space
 * @param mean the model's predicted target (NaN in the initial design, before there is a model)
 * @param std the predicted standard deviation (NaN in the initial design)
 * @param acquisition the acquisition value when chosen (NaN in the initial design)
 */
public record Proposal(double[] point, int row, double mean, double std, double acquisition) {
    /** Whether the proposal comes from the space-filling start, not from the model. */
    public boolean initial() {
        return Double.isNaN(acquisition);
    }
}
