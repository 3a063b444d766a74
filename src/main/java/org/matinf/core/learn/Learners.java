package org.matinf.core.learn;

import java.util.Arrays;
import java.util.SplittableRandom;
import smile.base.cart.Loss;
import smile.base.cart.SplitRule;
import smile.classification.Classifier;
import smile.classification.LogisticRegression;
import smile.classification.OneVersusRest;
import smile.data.DataFrame;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;
import smile.math.kernel.LinearKernel;
import smile.math.kernel.MercerKernel;
import smile.math.kernel.PolynomialKernel;
import smile.regression.ElasticNet;
import smile.regression.GradientTreeBoost;
import smile.regression.LASSO;
import smile.regression.OLS;
import smile.regression.RandomForest;
import smile.regression.RegressionTree;
import smile.regression.RidgeRegression;

/**
 * Trains a {@link ModelSpec} with Smile on preprocessed features. Everything random (bootstrap
 * samples, feature subsets, subsampling) is drawn from the given seed, so equal inputs give equal
 * models. Penalties are given as scikit-learn defines them and converted to Smile's.
 */
public final class Learners {
    /** Convergence tolerance of the iterative solvers (lasso, elastic net, SVM, logistic regression). */
    private static final double TOL = 1e-4;
    private static final int MAX_ITER = 1000;

    private Learners() {
    }

    /**
     * Fits a model.
     *
     * @param y the property, or for classification the class index 0 … classes−1 of each row
     * @param classes the number of classes (ignored for regression)
     * @throws IllegalArgumentException if the model does not do this task or a hyperparameter is unfit
     */
    public static FittedModel fit(ModelSpec spec, Task task, double[][] x, double[] y, int classes, long seed) {
        if (!spec.type().supports(task)) {
            throw new IllegalArgumentException(spec.type().label() + " does not do " + task.name().toLowerCase()
                    + "; models for it: " + String.join(", ", ModelType.labels(task)));
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("a model needs at least 2 training rows, got " + x.length);
        }
        MathEx.setSeed(seed);
        return task == Task.REGRESSION ? regression(spec, x, y, seed) : classification(spec, x, toInt(y), classes, seed);
    }

    private static FittedModel regression(ModelSpec s, double[][] x, double[] y, long seed) {
        int n = x.length;
        int p = x[0].length;
        DataFrame df = SmileFrames.withTarget(x, y);
        return switch (s.type()) {
            case OLS -> new SmileModels.FrameRegression(OLS.fit(SmileFrames.FORMULA, df, "svd", false, false));
            case RIDGE -> new SmileModels.FrameRegression(RidgeRegression.fit(SmileFrames.FORMULA, df, s.number("alpha")));
            // scikit-learn: 1/(2n)·RSS + alpha·|w|₁; Smile: RSS + lambda·|w|₁ on columns it divides by their
            // sample standard deviation, i.e. by sqrt(n/(n-1)) for MatInf's standardised features
            case LASSO -> new SmileModels.FrameRegression(LASSO.fit(SmileFrames.FORMULA, df,
                    2 * n * positive(s, "alpha") * sampleSd(n), 1e-8, s.integer("max_iter")));
            case ELASTIC_NET -> {
                double a = positive(s, "alpha");
                double r = s.number("l1_ratio");
                if (r <= 0 || r >= 1) {
                    throw new IllegalArgumentException("ElasticNet l1_ratio must lie between 0 and 1 (exclusive; use Ridge or Lasso), got " + r);
                }
                yield new SmileModels.FrameRegression(ElasticNet.fit(SmileFrames.FORMULA, df, 2 * n * a * r * sampleSd(n),
                        n * a * (1 - r) * sampleSd(n) * sampleSd(n), 1e-8, MAX_ITER));
            }
            case DECISION_TREE -> new SmileModels.FrameRegression(RegressionTree.fit(SmileFrames.FORMULA, df,
                    depth(s), nodes(s, n, s.integer("min_leaf")), atLeastOne(s.integer("min_leaf"))));
            case RANDOM_FOREST -> {
                int leaf = s.integer("min_leaf") == 0 ? 5 : s.integer("min_leaf");
                yield new SmileModels.FrameRegression(RandomForest.fit(SmileFrames.FORMULA, df, trees(s), mtry(s, p, Math.max(1, p / 3)),
                        depth(s), nodes(s, n, leaf), leaf, subsample(s), treeSeeds(seed, trees(s))));
            }
            case GRADIENT_BOOSTING -> new SmileModels.FrameRegression(GradientTreeBoost.fit(SmileFrames.FORMULA, df, loss(s),
                    trees(s), depth(s), nodes(s, n, s.integer("min_leaf")), atLeastOne(s.integer("min_leaf")),
                    positive(s, "learning_rate"), subsample(s)));
            case SVR -> new SmileModels.VectorRegression(smile.regression.SVM.fit(x, y, kernel(s, p), s.number("epsilon"),
                    positive(s, "C"), 1e-3));
            case KNN -> new NearestNeighbours(x.clone(), y.clone(), s.integer("k"),
                    s.choice("weights", "uniform", "distance").equals("distance"));
            default -> throw new IllegalArgumentException(s.type().label() + " does not do regression");
        };
    }

    private static FittedModel classification(ModelSpec s, double[][] x, int[] y, int classes, long seed) {
        if (classes < 2) {
            throw new IllegalArgumentException("classification needs at least 2 classes in the training rows, got " + classes);
        }
        if (s.type() == ModelType.GRADIENT_BOOSTING && !s.choice("loss", "ls", "lad", "huber").equals("ls")) {
            // classification boosting has its own (log-likelihood) loss: refuse another one rather than ignore it
            throw new IllegalArgumentException("GradientBoosting loss=" + s.choice("loss", "ls", "lad", "huber")
                    + " is for regression; classification uses the log-likelihood");
        }
        int n = x.length;
        int p = x[0].length;
        return switch (s.type()) {
            case LOGISTIC_REGRESSION -> new SmileModels.VectorClassifier(LogisticRegression.fit(x, y, 1 / positive(s, "C"), TOL,
                    s.integer("max_iter")), classes);
            case RANDOM_FOREST -> {
                int leaf = s.integer("min_leaf") == 0 ? 1 : s.integer("min_leaf");
                yield new SmileModels.FrameClassifier(smile.classification.RandomForest.fit(SmileFrames.FORMULA,
                        SmileFrames.withClasses(x, y), trees(s), mtry(s, p, Math.max(1, (int) Math.floor(Math.sqrt(p)))),
                        SplitRule.GINI, depth(s), nodes(s, n, leaf), leaf, subsample(s), null,
                        treeSeeds(seed, trees(s))), classes);
            }
            case GRADIENT_BOOSTING -> new SmileModels.FrameClassifier(smile.classification.GradientTreeBoost.fit(
                    SmileFrames.FORMULA, SmileFrames.withClasses(x, y), trees(s), depth(s), nodes(s, n, s.integer("min_leaf")),
                    atLeastOne(s.integer("min_leaf")), positive(s, "learning_rate"), subsample(s)), classes);
            case SVM -> svm(s, x, y, classes, p);
            default -> throw new IllegalArgumentException(s.type().label() + " does not do classification");
        };
    }

    private static FittedModel svm(ModelSpec s, double[][] x, int[] y, int classes, int p) {
        MercerKernel<double[]> k = kernel(s, p);
        double c = positive(s, "C");
        if (classes == 2) {
            int[] signed = Arrays.stream(y).map(v -> v == 1 ? 1 : -1).toArray();
            return new SmileModels.BinarySvm(smile.classification.SVM.fit(x, signed, k, c, 1e-3));
        }
        Classifier<double[]> ovr = OneVersusRest.fit(x, y, (xs, ys) -> smile.classification.SVM.fit(xs, ys, k, c, 1e-3));
        return new SmileModels.VectorClassifier(ovr, classes);
    }

    /** The kernel: linear, rbf (gamma 0 = 1/features, as scikit-learn's "scale" on standardised features) or poly. */
    private static MercerKernel<double[]> kernel(ModelSpec s, int p) {
        double gamma = s.number("gamma") == 0 ? 1.0 / p : s.number("gamma");
        return switch (s.choice("kernel", "rbf", "linear", "poly")) {
            case "linear" -> new LinearKernel();
            case "poly" -> new PolynomialKernel(s.integer("degree"), gamma, s.number("coef0"));
            default -> new GaussianKernel(Math.sqrt(1 / (2 * gamma)));
        };
    }

    /** Regression boosting loss: ls (least squares), lad (least absolute deviation) or huber (90 % quantile). */
    private static Loss loss(ModelSpec s) {
        return switch (s.choice("loss", "ls", "lad", "huber")) {
            case "lad" -> Loss.lad();
            case "huber" -> Loss.huber(0.9);
            default -> Loss.ls();
        };
    }

    /** sqrt((n−1)/n): Smile's scale of a column that has unit population standard deviation. */
    private static double sampleSd(int n) {
        return Math.sqrt((n - 1.0) / n);
    }

    /**
     * One seed per tree, drawn from the model's seed. Smile seeds a tree only when its seed is
     * above 1 (else the tree takes whatever random state its worker thread has), so all are ≥ 2.
     */
    private static java.util.stream.LongStream treeSeeds(long seed, int trees) {
        return new SplittableRandom(seed).longs(trees, 2, Long.MAX_VALUE);
    }

    private static int trees(ModelSpec s) {
        return atLeastOne(s.integer("trees"));
    }

    /** mtry: 0 = the task's default; between 0 and 1 = that fraction of the features; else a count. */
    private static int mtry(ModelSpec s, int p, int dflt) {
        double m = s.number("mtry");
        int v = m == 0 ? dflt : m < 1 ? (int) Math.max(1, Math.floor(m * p)) : (int) m;
        if (v > p) {
            throw new IllegalArgumentException("mtry " + v + " exceeds the number of features (" + p + ")");
        }
        return v;
    }

    /** max_depth 0 = unlimited. */
    private static int depth(ModelSpec s) {
        int d = s.integer("max_depth");
        return d == 0 ? Integer.MAX_VALUE : d;
    }

    /** max_nodes (leaves) 0 = as many as the leaf size allows. */
    private static int nodes(ModelSpec s, int n, int leaf) {
        int m = s.integer("max_nodes");
        return m == 0 ? Math.max(2, n / Math.max(1, leaf)) : Math.max(2, m);
    }

    private static double subsample(ModelSpec s) {
        double v = s.number("subsample");
        if (v <= 0 || v > 1) {
            throw new IllegalArgumentException(s.type().label() + " subsample must lie in (0, 1], got " + v);
        }
        return v;
    }

    private static double positive(ModelSpec s, String name) {
        double v = s.number(name);
        if (v <= 0) {
            throw new IllegalArgumentException(s.type().label() + " " + name + " must be > 0, got " + v);
        }
        return v;
    }

    private static int atLeastOne(int v) {
        return Math.max(1, v);
    }

    private static int[] toInt(double[] y) {
        return Arrays.stream(y).mapToInt(v -> (int) v).toArray();
    }
}
