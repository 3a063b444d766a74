package org.matinf.core.learn.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of a feature selection: one {@link FeatureScore} per feature, in the input's column
 * order.
 */
public record FeatureSelection(String method, List<FeatureScore> scores) {

    public FeatureSelection {
        scores = List.copyOf(scores);
    }

    /** The kept features, in column order. */
    public List<String> kept() {
        return scores.stream().filter(FeatureScore::kept).map(FeatureScore::feature).toList();
    }

    /** The score of a feature. @throws IllegalArgumentException if there is no such feature */
    public double score(String feature) {
        return scores.stream().filter(s -> s.feature().equals(feature)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no feature '" + feature + "'")).score();
    }

    /**
     * Keeps the {@code top} features of highest score (ties broken by column order); all features
     * when {@code top} ≤ 0 or at least their number.
     */
    static FeatureSelection top(String method, List<String> names, double[] score, int top) {
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        boolean[] keep = new boolean[names.size()];
        int k = top <= 0 ? names.size() : Math.min(top, names.size());
        for (int i = 0; i < k; i++) {
            keep[order[i]] = true;
        }
        return of(method, names, score, keep);
    }

    /** A selection from parallel arrays of scores and kept flags. */
    static FeatureSelection of(String method, List<String> names, double[] score, boolean[] keep) {
        List<FeatureScore> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(new FeatureScore(names.get(i), score[i], keep[i]));
        }
        return new FeatureSelection(method, out);
    }
}
