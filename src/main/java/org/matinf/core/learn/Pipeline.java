package org.matinf.core.learn;

import java.io.Serializable;
import java.util.List;

/**
 * A {@link Preprocessor} and the model trained on its output: raw feature rows in, predictions out.
 * Both are learnt from the training rows only.
 */
public record Pipeline(Preprocessor preprocessor, FittedModel model) {

    /** How missing values are filled and columns scaled before training. */
    public record Preparation(Preprocessor.Imputation imputation, Preprocessor.Scaling scaling) implements Serializable {
        private static final long serialVersionUID = 1L;
        /** Median imputation and standard scaling. */
        public static final Preparation DEFAULT = new Preparation(Preprocessor.Imputation.MEDIAN, Preprocessor.Scaling.STANDARD);
    }

    /** Learns the preprocessing and the model from rows x with targets y (class indices for classification). */
    public static Pipeline fit(ModelSpec spec, Task task, double[][] x, double[] y, int classes, List<String> features,
            Preparation prep, long seed) {
        Preprocessor pre = Preprocessor.fit(x, features, prep.imputation(), prep.scaling());
        return new Pipeline(pre, Learners.fit(spec, task, pre.transform(x), y, classes, seed));
    }

    /** Learns from a subset of learning data. */
    public static Pipeline fit(ModelSpec spec, LearningData d, Preparation prep, long seed) {
        return fit(spec, d.task(), d.x(), d.y(), d.classes().size(), d.features(), prep, seed);
    }

    /** The predictions for raw feature rows (class indices for classification). */
    public double[] predict(double[][] x) {
        return model.predict(preprocessor.transform(x));
    }

    /** Class scores for raw rows (null for regression). */
    public double[][] classScores(double[][] x) {
        return model.classScores(preprocessor.transform(x));
    }

    /** Each tree's prediction for raw rows (rows × trees), or null when the model is not a forest. */
    public double[][] treePredictions(double[][] x) {
        return model.treePredictions(preprocessor.transform(x));
    }
}
