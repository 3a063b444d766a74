package org.matinf.core.optimize.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.matinf.core.learn.ModelSpec;
import org.matinf.core.learn.ModelType;
import org.matinf.core.learn.Pipeline;
import org.matinf.core.learn.Task;

/**
 * Several regression models whose spread measures the uncertainty of a prediction: the mean of the
 * members is the prediction, their standard deviation its uncertainty. The members are the same
 * model with different seeds ({@link EnsembleMethod#ENSEMBLE}), the model on seeded bootstrap
 * resamples of the training rows ({@link EnsembleMethod#BOOTSTRAP}), or the trees of one random
 * forest ({@link EnsembleMethod#TREES}). Equal inputs and seed give equal ensembles.
 */
public final class Ensemble {
    /** Fewest members for a meaningful spread. */
    public static final int MIN_MEMBERS = 2;
    private final List<Pipeline> members;
    private final EnsembleMethod method;

    private Ensemble(List<Pipeline> members, EnsembleMethod method) {
        this.members = members;
        this.method = method;
    }

    /**
     * Trains the members on raw feature rows.
     *
     * @param members the number of models (ignored for {@link EnsembleMethod#TREES}, where the
     *     forest's {@code trees} hyperparameter counts them)
     * @throws IllegalArgumentException for fewer than {@value #MIN_MEMBERS} members, a model that
     *     does not do regression, or trees with a model that is not a random forest
     */
    public static Ensemble fit(ModelSpec spec, EnsembleMethod method, int members, double[][] x, double[] y,
            List<String> features, Pipeline.Preparation prep, long seed) {
        if (!spec.type().supports(Task.REGRESSION)) {
            throw new IllegalArgumentException(spec.type().label() + " does not do regression; uncertainties are for regression models");
        }
        if (method == EnsembleMethod.TREES) {
            if (spec.type() != ModelType.RANDOM_FOREST) {
                throw new IllegalArgumentException("method=trees needs model=RandomForest, got " + spec.type().label()
                        + "; use method=ensemble or method=bootstrap for other models");
            }
            return new Ensemble(List.of(Pipeline.fit(spec, Task.REGRESSION, x, y, 0, features, prep, seed)), method);
        }
        if (members < MIN_MEMBERS) {
            throw new IllegalArgumentException("an ensemble needs at least " + MIN_MEMBERS + " members, got " + members);
        }
        SplittableRandom seeds = new SplittableRandom(seed);
        List<Pipeline> fitted = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            long s = seeds.nextLong();
            if (method == EnsembleMethod.BOOTSTRAP) {
                int[] rows = resample(x.length, s);
                double[][] bx = new double[rows.length][];
                double[] by = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    bx[i] = x[rows[i]];
                    by[i] = y[rows[i]];
                }
                fitted.add(Pipeline.fit(spec, Task.REGRESSION, bx, by, 0, features, prep, s));
            } else {
                fitted.add(Pipeline.fit(spec, Task.REGRESSION, x, y, 0, features, prep, s));
            }
        }
        return new Ensemble(fitted, method);
    }

    /** n row indices drawn with replacement from 0 … n−1. */
    static int[] resample(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = r.nextInt(n);
        }
        return rows;
    }

    /** The mean and spread of the members' predictions for raw feature rows. */
    public GaussianPredictions predict(double[][] x) {
        if (method == EnsembleMethod.TREES) {
            return GaussianPredictions.ofMembers(members.get(0).treePredictions(x));
        }
        double[][] byRow = new double[x.length][members.size()];
        for (int m = 0; m < members.size(); m++) {
            double[] p = members.get(m).predict(x);
            for (int i = 0; i < x.length; i++) {
                byRow[i][m] = p[i];
            }
        }
        return GaussianPredictions.ofMembers(byRow);
    }

    /** How the members were made. */
    public EnsembleMethod method() {
        return method;
    }
}
