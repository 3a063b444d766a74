package org.matinf.core.learn.selection;

import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;

/**
 * Smile data frames of a feature matrix and a target. The columns get neutral names (x0, x1, ...,
 * y) so that any feature name of a CSV file is safe in Smile's formulas.
 */
final class SmileFrames {
    /** The target's name in the frames. */
    static final String TARGET = "y";
    /** The model formula: y against all other columns. */
    static final Formula FORMULA = Formula.lhs(TARGET);

    private SmileFrames() {
    }

    /** The features as columns x0..x(d-1). */
    static DataFrame features(double[][] x) {
        int d = x.length == 0 ? 0 : x[0].length;
        String[] names = new String[d];
        for (int j = 0; j < d; j++) {
            names[j] = "x" + j;
        }
        return DataFrame.of(x, names);
    }

    /** The features and the target y. */
    static DataFrame withTarget(double[][] x, double[] y) {
        return features(x).merge(DoubleVector.of(TARGET, y));
    }
}
