package org.matinf.core.learn.selection;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Permutation importance of a fitted regression model: how much the coefficient of determination
 * R² on the given rows drops when one feature's column is shuffled (breaking its link with the
 * target), averaged over {@code repeats} seeded shuffles — scikit-learn's permutation_importance
 * with its default regression score. Any fitted model that maps a feature row to a prediction
 * works: every Smile {@code Regression<double[]>} is one, a Smile random forest via
 * {@link ForestImportance#predictor}. Use rows the model was not fitted on. The {@code top}
 * features of highest mean importance are kept.
 */
public final class PermutationImportance {
    private PermutationImportance() {
    }

    /** Mean and standard deviation (population) of the R² drop of every feature. */
    public record Result(FeatureSelection selection, double[] mean, double[] std, double baseline) {
    }

    /**
     * @param model a fitted model
     * @param x rows to evaluate on, without missing cells
     * @param y their targets
     * @param repeats shuffles per feature (at least 1)
     * @param top how many features to keep (≤ 0: all)
     * @throws IllegalArgumentException for a missing target or value, or repeats below 1
     */
    public static Result compute(ToDoubleFunction<double[]> model, double[][] x, double[] y, List<String> names,
            int repeats, long seed, int top) {
        Targets.check(x, y, 2);
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < x[r].length; c++) {
                if (!Double.isFinite(x[r][c])) {
                    throw new IllegalArgumentException("feature '" + names.get(c) + "' of row " + (r + 1) + " is not a number");
                }
            }
        }
        double baseline = r2(model, x, y);
        int d = names.size();
        double[] mean = new double[d];
        double[] std = new double[d];
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] work = new double[x.length][];
        for (int r = 0; r < x.length; r++) {
            work[r] = x[r].clone();
        }
        for (int c = 0; c < d; c++) {
            double[] drops = new double[repeats];
            for (int k = 0; k < repeats; k++) {
                double[] column = new double[x.length];
                for (int r = 0; r < x.length; r++) {
                    column[r] = x[r][c];
                }
                shuffle(column, rnd);
                for (int r = 0; r < x.length; r++) {
                    work[r][c] = column[r];
                }
                drops[k] = baseline - r2(model, work, y);
            }
            for (int r = 0; r < x.length; r++) {
                work[r][c] = x[r][c];
            }
            mean[c] = java.util.Arrays.stream(drops).average().orElse(0);
            std[c] = Math.sqrt(Columns.variance(drops));
        }
        return new Result(FeatureSelection.top("permutation", names, mean, top), mean, std, baseline);
    }

    /** R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)² of the model's predictions. */
    static double r2(ToDoubleFunction<double[]> model, double[][] x, double[] y) {
        double[] p = java.util.Arrays.stream(x).parallel().mapToDouble(model).toArray();
        double m = java.util.Arrays.stream(y).average().orElse(0);
        double ssr = 0;
        double sst = 0;
        for (int i = 0; i < y.length; i++) {
            ssr += (y[i] - p[i]) * (y[i] - p[i]);
            sst += (y[i] - m) * (y[i] - m);
        }
        return sst > 0 ? 1 - ssr / sst : Double.NaN;
    }

    private static void shuffle(double[] v, SplittableRandom rnd) {
        for (int i = v.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }
}
