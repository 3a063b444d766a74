package org.matinf.core.learn;

/** What a model predicts: a number (band gap, formation energy) or a class (metal / insulator). */
public enum Task {
    REGRESSION, CLASSIFICATION
}
