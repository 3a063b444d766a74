package org.matinf.core.learn;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of model MatInf trains (with Smile), each with its hyperparameters, their defaults and a
 * small search space for {@link HyperparameterSearch}. Names are matched without regard to case.
 */
public enum ModelType {
    /** Ordinary least squares (through SVD, so collinear features are fine). */
    OLS("OLS", EnumSet.of(Task.REGRESSION), Map.of(), Map.of()),
    /** Least squares with an L2 penalty alpha·‖w‖² (scikit-learn's Ridge alpha). */
    RIDGE("Ridge", EnumSet.of(Task.REGRESSION), params("alpha", "1"),
            Map.of("alpha", List.of("0.01", "0.1", "1", "10", "100"))),
    /** Least squares with an L1 penalty (scikit-learn's Lasso alpha). */
    LASSO("Lasso", EnumSet.of(Task.REGRESSION), params("alpha", "0.01", "max_iter", "1000"),
            Map.of("alpha", List.of("0.0001", "0.001", "0.01", "0.1", "1"))),
    /** L1 + L2 penalty (scikit-learn's ElasticNet alpha and l1_ratio). */
    ELASTIC_NET("ElasticNet", EnumSet.of(Task.REGRESSION), params("alpha", "0.01", "l1_ratio", "0.5"),
            Map.of("alpha", List.of("0.001", "0.01", "0.1", "1"), "l1_ratio", List.of("0.2", "0.5", "0.8"))),
    /** One regression tree (CART). */
    DECISION_TREE("DecisionTree", EnumSet.of(Task.REGRESSION), params("max_depth", "20", "max_nodes", "0", "min_leaf", "5"),
            Map.of("max_depth", List.of("5", "10", "20", "40"), "min_leaf", List.of("1", "5", "10"))),
    /** Random forest (bootstrap samples; mtry features tried per split). */
    RANDOM_FOREST("RandomForest", EnumSet.of(Task.REGRESSION, Task.CLASSIFICATION),
            params("trees", "500", "mtry", "0", "max_depth", "0", "max_nodes", "0", "min_leaf", "0", "subsample", "1"),
            Map.of("trees", List.of("100", "300"), "mtry", List.of("0", "0.5"), "min_leaf", List.of("1", "3"))),
    /** Gradient boosting of regression trees. */
    GRADIENT_BOOSTING("GradientBoosting", EnumSet.of(Task.REGRESSION, Task.CLASSIFICATION),
            params("trees", "500", "learning_rate", "0.05", "max_depth", "20", "max_nodes", "32", "min_leaf", "5",
                    "subsample", "0.7", "loss", "ls"),
            Map.of("trees", List.of("300", "1000"), "learning_rate", List.of("0.03", "0.1"), "max_nodes", List.of("16", "64"))),
    /** Support vector regression (epsilon-insensitive loss). */
    SVR("SVR", EnumSet.of(Task.REGRESSION),
            params("kernel", "rbf", "C", "1", "epsilon", "0.1", "gamma", "0", "degree", "3", "coef0", "1"),
            Map.of("C", List.of("0.1", "1", "10", "100"), "gamma", List.of("0", "0.01", "0.1"))),
    /** k nearest neighbours (Euclidean, on the scaled features). */
    KNN("KNN", EnumSet.of(Task.REGRESSION), params("k", "5", "weights", "uniform"),
            Map.of("k", List.of("1", "3", "5", "10", "20"), "weights", List.of("uniform", "distance"))),
    /** Logistic regression with an L2 penalty (scikit-learn's C = 1 / lambda). */
    LOGISTIC_REGRESSION("LogisticRegression", EnumSet.of(Task.CLASSIFICATION), params("C", "1", "max_iter", "500"),
            Map.of("C", List.of("0.01", "0.1", "1", "10", "100"))),
    /** Support vector machine (one versus rest for more than two classes). */
    SVM("SVM", EnumSet.of(Task.CLASSIFICATION), params("kernel", "rbf", "C", "1", "gamma", "0", "degree", "3", "coef0", "1"),
            Map.of("C", List.of("0.1", "1", "10", "100"), "gamma", List.of("0", "0.01", "0.1")));

    private final String label;
    private final Set<Task> tasks;
    private final Map<String, String> defaults;
    private final Map<String, List<String>> space;

    ModelType(String label, Set<Task> tasks, Map<String, String> defaults, Map<String, List<String>> space) {
        this.label = label;
        this.tasks = tasks;
        this.defaults = defaults;
        this.space = new LinkedHashMap<>();
        defaults.keySet().stream().filter(space::containsKey).forEach(k -> this.space.put(k, space.get(k)));
    }

    private static Map<String, String> params(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** The name used in macros, e.g. "RandomForest". */
    public String label() {
        return label;
    }

    public boolean supports(Task task) {
        return tasks.contains(task);
    }

    /** The hyperparameters with their default values (as text), in documentation order. */
    public Map<String, String> defaults() {
        return new LinkedHashMap<>(defaults);
    }

    /** The values {@link HyperparameterSearch} tries, per hyperparameter (others keep their values). */
    public Map<String, List<String>> searchSpace() {
        return new LinkedHashMap<>(space);
    }

    /**
     * The model named {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static ModelType of(String name) {
        String n = name == null ? "" : name.strip();
        for (ModelType t : values()) {
            if (t.label.equalsIgnoreCase(n)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; models: "
                + String.join(", ", Arrays.stream(values()).map(ModelType::label).toList()));
    }

    /** The names of the models for a task. */
    public static List<String> labels(Task task) {
        return Arrays.stream(values()).filter(t -> t.supports(task)).map(ModelType::label).toList();
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
