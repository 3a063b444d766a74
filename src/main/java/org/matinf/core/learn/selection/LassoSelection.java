package org.matinf.core.learn.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.matinf.core.learn.Preprocessor;
import smile.regression.LASSO;
import smile.regression.LinearModel;

/**
 * Lasso selection: a linear model with an L1 penalty (Smile's interior-point LASSO) on the features
 * after median imputation and standardisation (Preprocessor, population σ); the features with a
 * non-zero coefficient are kept. The score is |coefficient| in target units per standard deviation
 * of the feature. Constant features cannot enter a linear model and get score 0.
 *
 * <p>The strength {@code alpha} is scikit-learn's: its Lasso minimises (1/2n)·|y − Zw|² + α·|w|₁,
 * Smile's LASSO |y − Zw|² + λ·|w|₁, so λ = 2nα. Smile's solver stops at a small duality gap rather
 * than at exact zeros; a coefficient counts as zero when below {@link #ZERO} × the largest one.
 * With {@code alpha} ≤ 0 the strength is chosen by k-fold cross-validation (mean squared error over
 * {@link #GRID} values from α_max, which zeroes every coefficient, down to α_max/1000, as
 * scikit-learn's LassoCV; each fold preprocessed on its own training rows).
 */
public final class LassoSelection {
    /** Relative size under which a coefficient counts as zero. */
    public static final double ZERO = 1e-4;
    /** Number of alphas tried by cross-validation. */
    public static final int GRID = 20;
    private static final double TOLERANCE = 1e-9;
    private static final int ITERATIONS = 2000;

    private LassoSelection() {
    }

    /**
     * @param x features [row][column] (NaN where missing)
     * @param y targets (no missing values)
     * @param alpha scikit-learn's alpha; ≤ 0 to choose it by cross-validation
     * @param folds folds for the cross-validation (at least 2)
     * @param seed shuffles the rows into folds
     */
    public static Result select(double[][] x, List<String> names, double[] y, double alpha, int folds, long seed) {
        Targets.check(x, y, 3);
        Preprocessor pre = Preprocessor.fit(x, names, Preprocessor.Imputation.MEDIAN, Preprocessor.Scaling.STANDARD);
        double[][] z = pre.transform(x);
        int[] used = varying(z);
        double a = alpha > 0 ? alpha : crossValidate(x, names, y, used, folds, seed);
        double[] w = coefficients(columns(z, used), y, a);
        double[] score = new double[names.size()];
        double max = Arrays.stream(w).map(Math::abs).max().orElse(0);
        boolean[] keep = new boolean[names.size()];
        for (int k = 0; k < used.length; k++) {
            score[used[k]] = Math.abs(w[k]);
            keep[used[k]] = max > 0 && Math.abs(w[k]) > ZERO * max;
        }
        return new Result(FeatureSelection.of("lasso", names, score, keep), a);
    }

    /** The selection and the alpha used (given or chosen). */
    public record Result(FeatureSelection selection, double alpha) {
    }

    /**
     * Lasso coefficients on already standardised features z (no constant column), for scikit-learn's
     * alpha; the intercept is the mean of y.
     */
    public static double[] coefficients(double[][] z, double[] y, double alpha) {
        if (z[0].length == 0) {
            return new double[0];
        }
        LinearModel m = LASSO.fit(SmileFrames.FORMULA, SmileFrames.withTarget(z, y), 2 * y.length * alpha, TOLERANCE, ITERATIONS);
        return m.coefficients();
    }

    /** Indices of the columns that vary (standardised columns of a constant feature are all 0). */
    private static int[] varying(double[][] z) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < (z.length == 0 ? 0 : z[0].length); c++) {
            double v = Columns.variance(Columns.present(z, c));
            if (v > 1e-12) {
                out.add(c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[][] columns(double[][] z, int[] used) {
        double[][] out = new double[z.length][used.length];
        for (int r = 0; r < z.length; r++) {
            for (int k = 0; k < used.length; k++) {
                out[r][k] = z[r][used[k]];
            }
        }
        return out;
    }

    /** The alpha of least mean validation error over the grid. */
    static double crossValidate(double[][] x, List<String> names, double[] y, int[] used, int folds, long seed) {
        if (folds < 2 || folds > y.length) {
            throw new IllegalArgumentException("cross-validation needs 2 to " + y.length + " folds, got " + folds);
        }
        double[] alphas = grid(columns(Preprocessor.fit(x, names, Preprocessor.Imputation.MEDIAN,
                Preprocessor.Scaling.STANDARD).transform(x), used), y);
        int[] fold = folds(y.length, folds, seed);
        double[] mse = new double[alphas.length];
        for (int f = 0; f < folds; f++) {
            int[] train = rows(fold, f, false);
            int[] test = rows(fold, f, true);
            double[][] xt = pick(x, train);
            Preprocessor pre = Preprocessor.fit(xt, names, Preprocessor.Imputation.MEDIAN, Preprocessor.Scaling.STANDARD);
            double[][] zt = columns(pre.transform(xt), used);
            double[][] zv = columns(pre.transform(pick(x, test)), used);
            double[] yt = pick(y, train);
            double mean = Arrays.stream(yt).average().orElse(0);
            for (int i = 0; i < alphas.length; i++) {
                double[] w = coefficients(zt, yt, alphas[i]);
                for (int r = 0; r < test.length; r++) {
                    double p = mean;
                    for (int k = 0; k < w.length; k++) {
                        p += w[k] * zv[r][k];
                    }
                    double e = p - y[test[r]];
                    mse[i] += e * e / y.length;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < alphas.length; i++) {
            if (mse[i] < mse[best]) {
                best = i;
            }
        }
        return alphas[best];
    }

    /** GRID alphas, logarithmically from α_max = max |zᵀ(y − ȳ)|/n down to α_max/1000. */
    static double[] grid(double[][] z, double[] y) {
        double mean = Arrays.stream(y).average().orElse(0);
        double max = 0;
        for (int c = 0; c < (z.length == 0 ? 0 : z[0].length); c++) {
            double s = 0;
            for (int r = 0; r < z.length; r++) {
                s += z[r][c] * (y[r] - mean);
            }
            max = Math.max(max, Math.abs(s) / y.length);
        }
        if (max == 0) {
            throw new IllegalArgumentException("the target is constant or no feature varies: nothing to select");
        }
        double[] out = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            out[i] = max * Math.pow(1e-3, i / (GRID - 1.0));
        }
        return out;
    }

    /** A seeded random assignment of n rows to k folds of near-equal size. */
    static int[] folds(int n, int k, long seed) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[perm[i]] = i % k;
        }
        return fold;
    }

    private static int[] rows(int[] fold, int f, boolean in) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == f) == in) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static double[][] pick(double[][] x, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    static double[] pick(double[] y, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }
}
