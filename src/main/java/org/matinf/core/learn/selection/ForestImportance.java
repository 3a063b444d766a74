package org.matinf.core.learn.selection;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.matinf.core.learn.Preprocessor;
import smile.data.Tuple;
import smile.regression.RandomForest;

/**
 * Random-forest importance: a seeded Smile regression forest is grown on the features (missing
 * cells filled with the column median), and each feature's score is its total impurity (variance)
 * decrease over all splits of all trees, normalised to sum 1 (scikit-learn's
 * feature_importances_ convention; the trees themselves differ from scikit-learn's). The
 * {@code top} features of highest importance are kept.
 */
public final class ForestImportance {
    /** Trees of the forest. */
    public static final int TREES = 200;
    /** Largest depth of a tree. */
    private static final int MAX_DEPTH = 20;
    /** Smallest number of rows in a leaf. */
    private static final int NODE_SIZE = 5;

    private ForestImportance() {
    }

    /**
     * @param top how many features to keep (≤ 0: all)
     * @param seed makes the forest reproducible
     */
    public static FeatureSelection select(double[][] x, List<String> names, double[] y, int top, long seed) {
        RandomForest forest = fit(x, names, y, seed);
        double[] imp = forest.importance();
        double sum = 0;
        for (double v : imp) {
            sum += v;
        }
        double[] score = new double[imp.length];
        for (int i = 0; i < imp.length; i++) {
            score[i] = sum > 0 ? imp[i] / sum : 0;
        }
        return FeatureSelection.top("random_forest", names, score, top);
    }

    /**
     * A seeded regression forest of {@link #TREES} trees on the median-filled features (one third of
     * the features tried at each split, at most n/5 leaves per tree).
     *
     * @throws IllegalArgumentException for a missing target or fewer than 10 rows
     */
    public static RandomForest fit(double[][] x, List<String> names, double[] y, long seed) {
        Targets.check(x, y, 10);
        double[][] filled = Preprocessor.fit(x, names, Preprocessor.Imputation.MEDIAN, Preprocessor.Scaling.NONE).transform(x);
        long[] seeds = new SplittableRandom(seed).longs(TREES, 2, Long.MAX_VALUE).toArray();
        return RandomForest.fit(SmileFrames.FORMULA, SmileFrames.withTarget(filled, y), TREES, 0, MAX_DEPTH,
                Math.max(y.length / 5, 2), NODE_SIZE, 1.0, java.util.Arrays.stream(seeds));
    }

    /** The forest as a function of a feature row (features in the order it was fitted on, no missing cells). */
    public static ToDoubleFunction<double[]> predictor(RandomForest forest) {
        return row -> forest.predict(Tuple.of(row, forest.schema()));
    }
}
