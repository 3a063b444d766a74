package org.matinf.core.learn;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Scores of predictions, defined as scikit-learn's {@code sklearn.metrics}: mean absolute error,
 * root-mean-square error, R² (coefficient of determination); accuracy, precision, recall, F1
 * (binary: of class 1; more classes: the unweighted mean over classes, "macro"), confusion matrix
 * and ROC AUC (area under the ROC curve; ties in the scores count half).
 */
public final class Metrics {
    private Metrics() {
    }

    /** Mean absolute error. */
    public static double mae(double[] y, double[] p) {
        check(y.length, p.length);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += Math.abs(y[i] - p[i]);
        }
        return s / y.length;
    }

    /** Root-mean-square error. */
    public static double rmse(double[] y, double[] p) {
        check(y.length, p.length);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += (y[i] - p[i]) * (y[i] - p[i]);
        }
        return Math.sqrt(s / y.length);
    }

    /** R² = 1 − Σ(y−p)² / Σ(y−ȳ)²; for constant y, 1 if the predictions are exact, else 0 (as scikit-learn). */
    public static double r2(double[] y, double[] p) {
        check(y.length, p.length);
        double mean = Arrays.stream(y).average().orElse(0);
        double res = 0;
        double tot = 0;
        for (int i = 0; i < y.length; i++) {
            res += (y[i] - p[i]) * (y[i] - p[i]);
            tot += (y[i] - mean) * (y[i] - mean);
        }
        if (tot == 0) {
            return res == 0 ? 1 : 0;
        }
        return 1 - res / tot;
    }

    /** Counts [true class][predicted class] for classes 0 … classes−1. */
    public static int[][] confusion(int[] y, int[] p, int classes) {
        check(y.length, p.length);
        int[][] c = new int[classes][classes];
        for (int i = 0; i < y.length; i++) {
            c[y[i]][p[i]]++;
        }
        return c;
    }

    /** Fraction of correct predictions. */
    public static double accuracy(int[] y, int[] p) {
        check(y.length, p.length);
        return (double) IntStream.range(0, y.length).filter(i -> y[i] == p[i]).count() / y.length;
    }

    /** Precision: of class 1 for two classes, else the macro mean; a class never predicted counts 0. */
    public static double precision(int[] y, int[] p, int classes) {
        return averaged(confusion(y, p, classes), Metrics::precisionOf);
    }

    /** Recall: of class 1 for two classes, else the macro mean. */
    public static double recall(int[] y, int[] p, int classes) {
        return averaged(confusion(y, p, classes), Metrics::recallOf);
    }

    /** F1, the harmonic mean of precision and recall: of class 1 for two classes, else the macro mean. */
    public static double f1(int[] y, int[] p, int classes) {
        return averaged(confusion(y, p, classes), (c, k) -> {
            double pr = precisionOf(c, k);
            double re = recallOf(c, k);
            return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
        });
    }

    private interface ClassScore {
        double of(int[][] confusion, int cls);
    }

    private static double averaged(int[][] c, ClassScore score) {
        if (c.length == 2) {
            return score.of(c, 1);
        }
        return IntStream.range(0, c.length).mapToDouble(k -> score.of(c, k)).average().orElse(Double.NaN);
    }

    private static double precisionOf(int[][] c, int k) {
        int predicted = 0;
        for (int[] row : c) {
            predicted += row[k];
        }
        return predicted == 0 ? 0 : (double) c[k][k] / predicted;
    }

    private static double recallOf(int[][] c, int k) {
        int actual = Arrays.stream(c[k]).sum();
        return actual == 0 ? 0 : (double) c[k][k] / actual;
    }

    /**
     * Area under the ROC curve of scores for class 1 against labels 0/1: the probability that a
     * random positive scores above a random negative, ties counting half (Mann–Whitney).
     *
     * @return NaN if only one class is present
     */
    public static double rocAuc(int[] y, double[] score) {
        check(y.length, score.length);
        Integer[] order = IntStream.range(0, y.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < order.length;) {
            int j = i;
            while (j < order.length && score[order[j]] == score[order[i]]) {
                j++;
            }
            double midRank = (i + 1 + j) / 2.0; // ranks i+1 … j share their mean
            for (int t = i; t < j; t++) {
                if (y[order[t]] == 1) {
                    rankSum += midRank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = y.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * One-vs-rest ROC AUC averaged over classes (macro), from each row's class probabilities; for
     * two classes the AUC of class 1. NaN when a class is absent.
     */
    public static double rocAuc(int[] y, double[][] probabilities, int classes) {
        if (classes == 2) {
            return rocAuc(y, column(probabilities, 1));
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            int cls = k;
            sum += rocAuc(Arrays.stream(y).map(v -> v == cls ? 1 : 0).toArray(), column(probabilities, k));
        }
        return sum / classes;
    }

    private static double[] column(double[][] m, int c) {
        return Arrays.stream(m).mapToDouble(r -> r[c]).toArray();
    }

    private static void check(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException(a + " true values but " + b + " predictions");
        }
        if (a == 0) {
            throw new IllegalArgumentException("no values to score");
        }
    }
}
