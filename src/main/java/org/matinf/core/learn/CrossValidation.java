package org.matinf.core.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matinf.core.progress.ProgressListener;

/**
 * Cross-validation of a model: for each split, preprocessing and model are learnt on the training
 * rows and scored on the held-out rows. Every row is held out once in k-fold splits, so the
 * held-out predictions form one out-of-fold prediction per row (for parity plots).
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * The scores of each fold, their mean and the held-out predictions.
     *
     * @param splits indices into {@code data}
     */
    public static Result run(LearningData data, ModelSpec spec, List<Split> splits, Pipeline.Preparation prep, long seed,
            ProgressListener progress) {
        List<Map<String, Double>> folds = new ArrayList<>();
        double[] predicted = new double[data.size()];
        java.util.Arrays.fill(predicted, Double.NaN);
        for (int f = 0; f < splits.size(); f++) {
            progress.checkCancelled();
            progress.progress(f, splits.size(), spec.type().label() + ": fold " + (f + 1) + " of " + splits.size());
            Split s = splits.get(f);
            LearningData test = data.subset(s.test());
            Pipeline p = Pipeline.fit(spec, data.subset(s.train()), prep, seed);
            double[] pred = p.predict(test.x());
            double[][] scores = data.task() == Task.CLASSIFICATION ? p.classScores(test.x()) : null;
            folds.add(Scores.of(data.task(), test.y(), pred, scores, data.classes().size()));
            for (int i = 0; i < s.test().length; i++) {
                predicted[s.test()[i]] = pred[i];
            }
        }
        progress.progress(splits.size(), splits.size(), spec.type().label() + ": cross-validation done");
        return new Result(folds, Scores.mean(folds), Scores.std(folds), predicted);
    }

    /**
     * @param folds the scores of each fold
     * @param predicted for each row, its prediction when held out (NaN if never held out)
     */
    public record Result(List<Map<String, Double>> folds, Map<String, Double> mean, Map<String, Double> std, double[] predicted) {
    }
}
