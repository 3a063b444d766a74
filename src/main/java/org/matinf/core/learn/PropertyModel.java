package org.matinf.core.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.matinf.core.table.DataTable;

/**
 * A trained property model with everything needed to apply it to new materials: where its features
 * come from (the descriptor preset and formula column, if any, and the feature names in order), the
 * preprocessing and model learnt from the training rows, the target's name and, for
 * classification, the class names. Saved as one file by {@link ModelFile}.
 *
 * @param preset the Composition Descriptors preset that made the features, or "" when unknown
 * @param formulaColumn the formula column of the training table, or "" when it had none
 * @param trainingRows how many rows trained the model
 * @param crossValidation the mean cross-validated scores (may be empty)
 */
public record PropertyModel(String target, Task task, List<String> classes, List<String> features, String preset,
        String formulaColumn, ModelSpec spec, Pipeline.Preparation preparation, Pipeline pipeline, long seed,
        int trainingRows, Map<String, Double> crossValidation) {

    /** Trains on all rows of the data. */
    public static PropertyModel train(LearningData d, ModelSpec spec, Pipeline.Preparation prep, long seed, String preset,
            String formulaColumn, Map<String, Double> crossValidation) {
        Pipeline p = Pipeline.fit(spec, d, prep, seed);
        return new PropertyModel(d.target(), d.task(), d.classes(), d.features(), preset == null ? "" : preset,
                d.formulas() == null || formulaColumn == null ? "" : formulaColumn, spec, prep, p, seed, d.size(), crossValidation);
    }

    /** The name of the column of predictions: predicted_TARGET. */
    public String predictionColumn() {
        return "predicted_" + target;
    }

    /**
     * Predicts every row of a table that has the model's feature columns (others are ignored;
     * missing cells are filled as in training).
     *
     * @throws org.matinf.core.table.TableException naming a missing or non-numeric feature column
     */
    public double[] predict(DataTable table) {
        return pipeline.predict(table.matrix(features));
    }

    /** The input table with the predictions appended as {@link #predictionColumn()} (class names for classification). */
    public DataTable withPredictions(DataTable table) {
        double[] p = predict(table);
        DataTable.Builder b = DataTable.builder(table.source());
        if (task == Task.REGRESSION) {
            b.numbers(predictionColumn(), p);
        } else {
            b.texts(predictionColumn(), Arrays.stream(p).mapToObj(v -> classes.get((int) v)).toArray(String[]::new));
        }
        return table.append(b.build());
    }
}
