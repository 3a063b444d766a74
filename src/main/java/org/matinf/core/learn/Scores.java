package org.matinf.core.learn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scores MatInf reports for a set of predictions, named as in its Results tables. */
public final class Scores {
    /** Regression scores, in column order. */
    public static final List<String> REGRESSION = List.of("mae", "rmse", "r2");
    /** Classification scores, in column order. */
    public static final List<String> CLASSIFICATION = List.of("accuracy", "precision", "recall", "f1", "roc_auc");

    private Scores() {
    }

    /** The score names of a task. */
    public static List<String> names(Task task) {
        return task == Task.REGRESSION ? REGRESSION : CLASSIFICATION;
    }

    /** The score that ranks models: mae (lower is better) or accuracy (higher is better). */
    public static String primary(Task task) {
        return task == Task.REGRESSION ? "mae" : "accuracy";
    }

    /** Whether a larger primary score is better. */
    public static boolean higherIsBetter(Task task) {
        return task == Task.CLASSIFICATION;
    }

    /** mae, rmse, r2 of predictions. */
    public static Map<String, Double> regression(double[] y, double[] p) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mae", Metrics.mae(y, p));
        m.put("rmse", Metrics.rmse(y, p));
        m.put("r2", Metrics.r2(y, p));
        return m;
    }

    /** accuracy, precision, recall, f1, roc_auc of predicted classes and class scores. */
    public static Map<String, Double> classification(double[] y, double[] p, double[][] classScores, int classes) {
        int[] yi = Arrays.stream(y).mapToInt(v -> (int) v).toArray();
        int[] pi = Arrays.stream(p).mapToInt(v -> (int) v).toArray();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", Metrics.accuracy(yi, pi));
        m.put("precision", Metrics.precision(yi, pi, classes));
        m.put("recall", Metrics.recall(yi, pi, classes));
        m.put("f1", Metrics.f1(yi, pi, classes));
        m.put("roc_auc", classScores == null ? Double.NaN : Metrics.rocAuc(yi, classScores, classes));
        return m;
    }

    /** The scores of a task. */
    public static Map<String, Double> of(Task task, double[] y, double[] p, double[][] classScores, int classes) {
        return task == Task.REGRESSION ? regression(y, p) : classification(y, p, classScores, classes);
    }

    /** The mean of each score over several sets (NaN values are left out of a mean). */
    public static Map<String, Double> mean(List<Map<String, Double>> sets) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String k : sets.get(0).keySet()) {
            m.put(k, sets.stream().mapToDouble(s -> s.get(k)).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN));
        }
        return m;
    }

    /** The population standard deviation of each score over several sets (NaN left out). */
    public static Map<String, Double> std(List<Map<String, Double>> sets) {
        Map<String, Double> mean = mean(sets);
        Map<String, Double> m = new LinkedHashMap<>();
        for (String k : mean.keySet()) {
            double mu = mean.get(k);
            m.put(k, Math.sqrt(sets.stream().mapToDouble(s -> s.get(k)).filter(v -> !Double.isNaN(v))
                    .map(v -> (v - mu) * (v - mu)).average().orElse(Double.NaN)));
        }
        return m;
    }
}
