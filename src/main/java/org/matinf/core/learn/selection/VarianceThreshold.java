package org.matinf.core.learn.selection;

import java.util.List;

/**
 * Removes features whose variance is not above a threshold, as scikit-learn's VarianceThreshold:
 * the population variance (divided by n) of each column, missing cells (NaN) ignored; a feature is
 * kept when its variance is strictly greater than the threshold (threshold 0 removes constant
 * columns). The score is the variance. Works on unscaled features, so the threshold is in the
 * squared units of each column.
 */
public final class VarianceThreshold {
    private VarianceThreshold() {
    }

    /**
     * @param x features [row][column], NaN where missing
     * @throws IllegalArgumentException for a negative threshold
     */
    public static FeatureSelection select(double[][] x, List<String> names, double threshold) {
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("the variance threshold must be 0 or more, got " + threshold);
        }
        double[] var = new double[names.size()];
        boolean[] keep = new boolean[names.size()];
        for (int c = 0; c < var.length; c++) {
            var[c] = Columns.variance(Columns.present(x, c));
            keep[c] = var[c] > threshold;
        }
        return FeatureSelection.of("variance", names, var, keep);
    }
}
