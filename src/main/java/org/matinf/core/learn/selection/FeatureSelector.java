package org.matinf.core.learn.selection;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.learn.Preprocessor;

/**
 * Runs a {@link SelectionMethod} with its settings. Permutation importance is computed for a
 * seeded random forest fitted on a random {@value #TRAIN_PERCENT} % of the rows and evaluated on the
 * others (missing cells filled with the training rows' medians).
 */
public final class FeatureSelector {
    /** Share of rows the permutation method fits its forest on. */
    public static final int TRAIN_PERCENT = 80;

    /**
     * The settings of all methods (each uses its own).
     *
     * @param threshold variance threshold or |r| limit; NaN for the method's default (0 and 0.95)
     * @param alpha Lasso strength (scikit-learn's alpha); ≤ 0 to choose it by cross-validation
     * @param folds cross-validation folds for Lasso
     * @param top features kept by the importance methods (≤ 0: all)
     * @param repeats shuffles per feature for permutation importance
     * @param seed seeds folds, forests, splits and shuffles
     */
    public record Settings(double threshold, double alpha, int folds, int top, int repeats, long seed) {
    }

    private FeatureSelector() {
    }

    /**
     * @param y targets, needed by the supervised methods only (may be null otherwise)
     */
    public static FeatureSelection select(SelectionMethod method, double[][] x, List<String> names, double[] y, Settings s) {
        return switch (method) {
            case VARIANCE -> VarianceThreshold.select(x, names, Double.isNaN(s.threshold()) ? 0 : s.threshold());
            case CORRELATION -> CorrelationFilter.select(x, names, Double.isNaN(s.threshold()) ? 0.95 : s.threshold());
            case LASSO -> LassoSelection.select(x, names, y, s.alpha(), s.folds(), s.seed()).selection();
            case RANDOM_FOREST -> ForestImportance.select(x, names, y, s.top(), s.seed());
            case PERMUTATION -> permutation(x, names, y, s);
        };
    }

    private static FeatureSelection permutation(double[][] x, List<String> names, double[] y, Settings s) {
        Targets.check(x, y, 20);
        int[] fold = LassoSelection.folds(y.length, 100, s.seed());
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            (fold[i] < TRAIN_PERCENT ? train : test).add(i);
        }
        int[] tr = train.stream().mapToInt(Integer::intValue).toArray();
        int[] te = test.stream().mapToInt(Integer::intValue).toArray();
        Preprocessor fill = Preprocessor.fit(LassoSelection.pick(x, tr), names, Preprocessor.Imputation.MEDIAN, Preprocessor.Scaling.NONE);
        double[][] filled = fill.transform(x);
        var forest = ForestImportance.fit(LassoSelection.pick(filled, tr), names, LassoSelection.pick(y, tr), s.seed());
        return PermutationImportance.compute(ForestImportance.predictor(forest), LassoSelection.pick(filled, te),
                LassoSelection.pick(y, te), names, s.repeats(), s.seed(), s.top()).selection();
    }
}
