package org.matinf.core.learn.selection;

/**
 * One feature's score under a selection method and whether the method keeps it. What the score
 * means depends on the method: variance, largest |r| with an earlier column, |Lasso coefficient|
 * on standardised features, random-forest importance, or mean permutation importance.
 */
public record FeatureScore(String feature, double score, boolean kept) {
}
