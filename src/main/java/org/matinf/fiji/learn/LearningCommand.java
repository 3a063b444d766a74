package org.matinf.fiji.learn;

import ij.IJ;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.matinf.core.learn.LearningData;
import org.matinf.core.learn.ModelSpec;
import org.matinf.core.learn.Pipeline;
import org.matinf.core.learn.Preprocessor;
import org.matinf.core.learn.Split;
import org.matinf.core.learn.SplitMethod;
import org.matinf.core.learn.Task;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MatInfCommand;
import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

/**
 * The options shared by the commands that cross-validate a model on a features CSV: which file,
 * target and features, which model and hyperparameters, how missing values are filled and
 * features scaled, how folds are drawn, and the seed.
 */
public abstract class LearningCommand extends MatInfCommand {
    @Parameter(label = "Input features CSV", style = FileWidget.OPEN_STYLE, persist = false,
            description = "CSV with a header: numeric feature columns, the target column and optionally a formula column")
    protected File input;

    @Parameter(label = "Target column", persist = false, description = "The column to predict")
    protected String target = "target";

    @Parameter(label = "Model", persist = false, description = "OLS, Ridge, Lasso, ElasticNet, DecisionTree, RandomForest, "
            + "GradientBoosting, SVR, KNN (regression); LogisticRegression, RandomForest, GradientBoosting, SVM (classification)")
    protected String model = "RandomForest";

    @Parameter(label = "Parameters of the model", required = false, persist = false,
            description = "name=value pairs separated by spaces, e.g. trees=500 max_depth=20 (empty: defaults)")
    protected String parameters = "";

    @Parameter(label = "Features (empty: all numeric columns)", required = false, persist = false,
            description = "Comma-separated feature columns; empty = every numeric column except the target")
    protected String features = "";

    @Parameter(label = "Exclude columns", required = false, persist = false,
            description = "Comma-separated numeric columns that are not features (e.g. an id)")
    protected String exclude = "";

    @Parameter(label = "Formula column", required = false, persist = false,
            description = "Column of chemical formulas: never a feature; used by split=group")
    protected String formula = "formula";

    @Parameter(label = "Task", choices = {"auto", "regression", "classification"}, persist = false,
            description = "auto: text targets are classes, numeric targets are regressed")
    protected String task = "auto";

    @Parameter(label = "Split", choices = {"kfold", "group", "stratified"}, persist = false,
            description = "kfold: shuffled k-fold as scikit-learn's KFold; group: by reduced formula; stratified: by class")
    protected String split = "kfold";

    @Parameter(label = "Folds", min = "2", persist = false, description = "Number of cross-validation folds")
    protected int folds = 5;

    @Parameter(label = "Seed", min = "0", persist = false, description = "Seed of the folds and the model's randomness")
    protected long seed = 18012019;

    @Parameter(label = "Imputation of missing values", choices = {"median", "mean", "none"}, persist = false,
            description = "How missing feature values are filled (learnt on training rows)")
    protected String imputation = "median";

    @Parameter(label = "Scaling", choices = {"standard", "minmax", "none"}, persist = false,
            description = "How features are scaled before training (learnt on training rows)")
    protected String scaling = "standard";

    /** Reads the input and picks the learning data; logs the rows left out for want of a target. */
    protected LearningData data() {
        DataTable table = DataTable.read(required(input, "input"));
        LearningData d = LearningData.from(table, target.strip(), names(features), names(exclude),
                formula == null || formula.isBlank() ? null : formula.strip(), task());
        if (d.dropped() > 0) {
            IJ.log(title() + ": " + d.dropped() + " of " + table.rows() + " rows of " + input.getName()
                    + " have no value of '" + d.target() + "' and were left out");
        }
        return d;
    }

    /** The model spec; checked against the task of the data. */
    protected ModelSpec spec(LearningData d) {
        ModelSpec s = ModelSpec.parse(model, parameters);
        if (!s.type().supports(d.task())) {
            throw new IllegalArgumentException(s.type().label() + " does not do " + d.taskName() + " (target '" + d.target()
                    + "'); models for it: " + String.join(", ", org.matinf.core.learn.ModelType.labels(d.task()))
                    + (d.task() == Task.CLASSIFICATION ? " — or give task=regression for a numeric target" : ""));
        }
        return s;
    }

    /** The cross-validation folds. */
    protected List<Split> splits(LearningData d) {
        return SplitMethod.of(split).folds(d, folds, seed);
    }

    protected Pipeline.Preparation preparation() {
        return new Pipeline.Preparation(Preprocessor.imputation(imputation), Preprocessor.scaling(scaling));
    }

    private Task task() {
        return switch (task == null ? "auto" : task.strip().toLowerCase(Locale.ROOT)) {
            case "auto", "" -> null;
            case "regression" -> Task.REGRESSION;
            case "classification" -> Task.CLASSIFICATION;
            default -> throw new IllegalArgumentException("task must be auto, regression or classification, got '" + task + "'");
        };
    }

    /** Comma-separated names (blank: none). */
    static List<String> names(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
