package org.matinf.core.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.matinf.core.progress.ProgressListener;

/**
 * Grid or random search over a model's {@link ModelType#searchSpace() search space}, each candidate
 * scored by cross-validation on the same folds. Random search draws {@code n} distinct candidates
 * of the grid (NumPy's permutation with the seed). Results are sorted best first by the mean of the
 * primary score (MAE, lower better; accuracy, higher better); ties keep the candidates' order.
 */
public final class HyperparameterSearch {
    private HyperparameterSearch() {
    }

    /** Every combination of the search space's values, the other hyperparameters as in {@code base}. */
    public static List<ModelSpec> grid(ModelSpec base) {
        List<ModelSpec> out = new ArrayList<>(List.of(base));
        for (Map.Entry<String, List<String>> e : base.type().searchSpace().entrySet()) {
            List<ModelSpec> next = new ArrayList<>();
            for (ModelSpec s : out) {
                for (String v : e.getValue()) {
                    next.add(s.with(e.getKey(), v));
                }
            }
            out = next;
        }
        return out;
    }

    /** {@code n} candidates of the grid drawn without replacement by the seed (the whole grid if n ≥ its size). */
    public static List<ModelSpec> random(ModelSpec base, int n, long seed) {
        List<ModelSpec> all = grid(base);
        if (n >= all.size()) {
            return all;
        }
        if (n < 1) {
            throw new IllegalArgumentException("a random search needs at least 1 candidate, got " + n);
        }
        int[] order = new NumpyRandom(seed).permutation(all.size());
        List<ModelSpec> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(all.get(order[i]));
        }
        return out;
    }

    /** Cross-validates each candidate; the results best first. */
    public static List<Candidate> run(LearningData data, List<ModelSpec> candidates, List<Split> splits,
            Pipeline.Preparation prep, long seed, ProgressListener progress) {
        String primary = Scores.primary(data.task());
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            progress.checkCancelled();
            progress.progress(i, candidates.size(), "candidate " + (i + 1) + " of " + candidates.size());
            CrossValidation.Result r = CrossValidation.run(data, candidates.get(i), splits, prep, seed, ProgressListener.NONE);
            out.add(new Candidate(candidates.get(i), r.mean().get(primary), r.std().get(primary), r.mean()));
        }
        progress.progress(candidates.size(), candidates.size(), "search done");
        Comparator<Candidate> byScore = Comparator.comparingDouble(Candidate::score);
        out.sort(Scores.higherIsBetter(data.task()) ? byScore.reversed() : byScore);
        return out;
    }

    /**
     * A scored candidate.
     *
     * @param score the mean primary score over the folds
     * @param std its standard deviation over the folds
     * @param mean the mean of every score
     */
    public record Candidate(ModelSpec spec, double score, double std, Map<String, Double> mean) {
    }
}
