package org.matinf.core.learn;

import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;

/** Feature matrices as Smile data frames, with neutral column names (x0, x1, …; target "y"). */
final class SmileFrames {
    static final String TARGET = "y";
    static final Formula FORMULA = Formula.lhs(TARGET);

    private SmileFrames() {
    }

    static String[] names(int columns) {
        String[] n = new String[columns];
        for (int i = 0; i < columns; i++) {
            n[i] = "x" + i;
        }
        return n;
    }

    static DataFrame features(double[][] x) {
        return DataFrame.of(x, names(x.length == 0 ? 0 : x[0].length));
    }

    static DataFrame withTarget(double[][] x, double[] y) {
        return features(x).merge(DoubleVector.of(TARGET, y));
    }

    static DataFrame withClasses(double[][] x, int[] y) {
        return features(x).merge(IntVector.of(TARGET, y));
    }
}
