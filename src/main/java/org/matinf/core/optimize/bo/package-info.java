/**
 * Bayesian optimisation: choosing the next experiments with a Gaussian process.
 *
 * <p>The things to choose from are a {@link org.matinf.core.optimize.bo.CandidatePool} (rows of a
 * descriptor table) or a {@link org.matinf.core.optimize.bo.SearchSpace} (continuous bounds,
 * one-hot categoricals, linear constraints). The {@link org.matinf.core.optimize.bo.Proposer}
 * fits a GP to the measurements (on sign · y, so larger is always better) and maximises an
 * {@link org.matinf.core.optimize.bo.Acquisition} (EI, PI, UCB/LCB, Thompson sampling); batches
 * are kept apart by the Kriging believer or local penalisation.
 */
package org.matinf.core.optimize.bo;
