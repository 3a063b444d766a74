package org.matinf.core.learn;

import java.io.Serializable;

/**
 * A trained model on preprocessed features (rows × columns). Regression models predict the
 * property; classifiers predict class indices (0 … classes−1, as doubles) and score each class.
 */
public interface FittedModel extends Serializable {
    /** The predicted values, or class indices for a classifier. */
    double[] predict(double[][] x);

    /**
     * For classifiers, a score per row and class, higher meaning more likely (class probabilities
     * where the model gives them, else decision values); used for ROC AUC. Null for regression.
     */
    default double[][] classScores(double[][] x) {
        return null;
    }

    /**
     * For ensembles of trees (random forests), each tree's prediction: one row per input row, one
     * column per tree. Null for models that are not a forest.
     */
    default double[][] treePredictions(double[][] x) {
        return null;
    }
}
