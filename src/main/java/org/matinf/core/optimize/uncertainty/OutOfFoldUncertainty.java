package org.matinf.core.optimize.uncertainty;

import java.util.Arrays;
import java.util.List;
import org.matinf.core.learn.LearningData;
import org.matinf.core.learn.ModelSpec;
import org.matinf.core.learn.Pipeline;
import org.matinf.core.learn.Split;
import org.matinf.core.progress.ProgressListener;

/**
 * Cross-validated uncertainties: for each split an {@link Ensemble} is trained on the training rows
 * and predicts the held-out rows, so every row of k-fold splits gets an out-of-fold mean and
 * standard deviation that can be checked against its measured value.
 */
public final class OutOfFoldUncertainty {
    private OutOfFoldUncertainty() {
    }

    /**
     * The held-out mean and standard deviation of every row (NaN for rows never held out).
     *
     * @param splits indices into {@code data}
     */
    public static GaussianPredictions run(LearningData data, ModelSpec spec, EnsembleMethod method, int members,
            List<Split> splits, Pipeline.Preparation prep, long seed, ProgressListener progress) {
        double[] mean = new double[data.size()];
        double[] std = new double[data.size()];
        Arrays.fill(mean, Double.NaN);
        Arrays.fill(std, Double.NaN);
        for (int f = 0; f < splits.size(); f++) {
            progress.checkCancelled();
            progress.progress(f, splits.size(), spec.type().label() + " " + method.label() + ": fold " + (f + 1) + " of " + splits.size());
            Split s = splits.get(f);
            LearningData train = data.subset(s.train());
            Ensemble e = Ensemble.fit(spec, method, members, train.x(), train.y(), data.features(), prep, seed);
            GaussianPredictions p = e.predict(data.subset(s.test()).x());
            for (int i = 0; i < s.test().length; i++) {
                mean[s.test()[i]] = p.mean()[i];
                std[s.test()[i]] = p.std()[i];
            }
        }
        progress.progress(splits.size(), splits.size(), spec.type().label() + " " + method.label() + ": done");
        return new GaussianPredictions(mean, std);
    }
}
