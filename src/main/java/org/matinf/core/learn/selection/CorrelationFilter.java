package org.matinf.core.learn.selection;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Removes redundant features: for every pair of columns whose |Pearson r| is above the threshold,
 * the LATER column (in the table's order) is removed, the earlier one kept, as the common pandas
 * recipe does (upper triangle of |r|; a column goes when any earlier column, kept or not, is too
 * close to it). So put the features you prefer first. r is computed over the rows where both
 * columns are present (pandas' pairwise rule); a constant column has no r and is never removed here
 * (use the variance threshold). The score is the largest |r| with an earlier column (0 for the
 * first).
 */
public final class CorrelationFilter {
    private CorrelationFilter() {
    }

    /**
     * @param x features [row][column], NaN where missing
     * @throws IllegalArgumentException unless 0 ≤ threshold ≤ 1
     */
    public static FeatureSelection select(double[][] x, List<String> names, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the correlation threshold is a |r| between 0 and 1, got " + threshold);
        }
        int d = names.size();
        double[] score = IntStream.range(0, d).parallel().mapToDouble(j -> {
            double max = 0;
            for (int i = 0; i < j; i++) {
                double r = Math.abs(Columns.pearson(x, i, j));
                if (r > max) {
                    max = r;
                }
            }
            return max;
        }).toArray();
        boolean[] keep = new boolean[d];
        for (int j = 0; j < d; j++) {
            keep[j] = !(score[j] > threshold);
        }
        return FeatureSelection.of("correlation", names, score, keep);
    }
}
