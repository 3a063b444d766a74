package org.matinf.core.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.matinf.core.progress.ProgressListener;

/**
 * Training and validation score against the number of training rows: in each fold the training
 * rows are shuffled (seeded) and the first fraction of them trains the model, which is scored on
 * those rows and on the held-out fold. Fractions are evenly spaced from 0.1 to 1 (as
 * scikit-learn's learning_curve default).
 */
public final class LearningCurve {
    private LearningCurve() {
    }

    /** {@code count} fractions evenly spaced from 0.1 to 1. */
    public static double[] fractions(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("a learning curve needs at least 2 sizes, got " + count);
        }
        double[] f = new double[count];
        for (int i = 0; i < count; i++) {
            f[i] = 0.1 + 0.9 * i / (count - 1);
        }
        return f;
    }

    /** The curve's points, smallest training size first. */
    public static List<Point> run(LearningData data, ModelSpec spec, List<Split> splits, double[] fractions,
            Pipeline.Preparation prep, long seed, ProgressListener progress) {
        String primary = Scores.primary(data.task());
        int classes = data.classes().size();
        List<Point> out = new ArrayList<>();
        int done = 0;
        for (double fraction : fractions) {
            List<Map<String, Double>> train = new ArrayList<>();
            List<Map<String, Double>> validation = new ArrayList<>();
            int size = 0;
            for (Split s : splits) {
                progress.checkCancelled();
                progress.progress(done++, (long) fractions.length * splits.size(), "learning curve");
                int[] order = s.train().clone();
                new NumpyRandom(seed).shuffle(order);
                size = Math.max(2, (int) Math.round(fraction * order.length));
                LearningData sub = data.subset(Arrays.copyOf(order, size));
                LearningData test = data.subset(s.test());
                Pipeline p = Pipeline.fit(spec, sub, prep, seed);
                train.add(score(data.task(), p, sub, classes));
                validation.add(score(data.task(), p, test, classes));
            }
            out.add(new Point(size, Scores.mean(train).get(primary), Scores.std(train).get(primary),
                    Scores.mean(validation).get(primary), Scores.std(validation).get(primary)));
        }
        progress.progress(1, 1, "learning curve done");
        return out;
    }

    private static Map<String, Double> score(Task task, Pipeline p, LearningData d, int classes) {
        return Scores.of(task, d.y(), p.predict(d.x()), task == Task.CLASSIFICATION ? p.classScores(d.x()) : null, classes);
    }

    /** Mean (and standard deviation over folds) of the primary score at one training size (rows, in the last fold). */
    public record Point(int size, double train, double trainStd, double validation, double validationStd) {
    }
}
