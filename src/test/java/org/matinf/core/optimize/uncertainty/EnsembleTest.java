package org.matinf.core.optimize.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.matinf.core.learn.ModelSpec;
import org.matinf.core.learn.ModelType;
import org.matinf.core.learn.Pipeline;
import org.matinf.core.learn.Splits;
import org.matinf.core.learn.Task;
import org.matinf.core.progress.ProgressListener;

/** Ensembles: seeded determinism, spread shrinking with more data, calibration on a homoscedastic problem. */
class EnsembleTest {
    private static final List<String> FEATURES = List.of("a", "b");
    private static final Pipeline.Preparation PREP = Pipeline.Preparation.DEFAULT;
    private static final ModelSpec FOREST = ModelSpec.parse("RandomForest", "trees=30");
    private static final ModelSpec OLS = ModelSpec.of(ModelType.OLS);

    /** y = 2a − b + noise·N(0, 1), features uniform in [0, 1]². */
    private record Problem(double[][] x, double[] y) {
        static Problem of(int n, double noise, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            double[][] x = new double[n][];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = new double[] {r.nextDouble(), r.nextDouble()};
                y[i] = truth(x[i]) + noise * CalibrationTest.gaussian(r);
            }
            return new Problem(x, y);
        }
    }

    private static double truth(double[] x) {
        return 2 * x[0] - x[1];
    }

    private static final double[][] PROBES = {{0.5, 0.5}, {0.2, 0.8}, {0.9, 0.1}};

    @Test
    void equalSeedsGiveEqualEnsembles() {
        Problem d = Problem.of(60, 0.3, 1);
        for (EnsembleMethod m : EnsembleMethod.values()) {
            GaussianPredictions a = Ensemble.fit(FOREST, m, 5, d.x(), d.y(), FEATURES, PREP, 42).predict(PROBES);
            GaussianPredictions b = Ensemble.fit(FOREST, m, 5, d.x(), d.y(), FEATURES, PREP, 42).predict(PROBES);
            GaussianPredictions c = Ensemble.fit(FOREST, m, 5, d.x(), d.y(), FEATURES, PREP, 43).predict(PROBES);
            assertArrayEquals(a.mean(), b.mean(), 0, m.label());
            assertArrayEquals(a.std(), b.std(), 0, m.label());
            assertFalse(Arrays.equals(a.std(), c.std()), m.label() + ": another seed, another ensemble");
            assertTrue(Arrays.stream(a.std()).allMatch(s -> s > 0), m.label());
        }
    }

    @Test
    void treeSpreadIsTheSpreadOfTheForestsTrees() {
        Problem d = Problem.of(80, 0.3, 2);
        Pipeline forest = Pipeline.fit(FOREST, Task.REGRESSION, d.x(), d.y(), 0, FEATURES, PREP, 9);
        double[][] trees = forest.treePredictions(PROBES);
        assertEquals(30, trees[0].length);
        GaussianPredictions p = Ensemble.fit(FOREST, EnsembleMethod.TREES, 0, d.x(), d.y(), FEATURES, PREP, 9).predict(PROBES);
        // the mean of the trees is the forest's prediction
        assertArrayEquals(forest.predict(PROBES), p.mean(), 1e-12);
        double m = Arrays.stream(trees[1]).average().orElseThrow();
        double var = Arrays.stream(trees[1]).map(t -> (t - m) * (t - m)).sum() / trees[1].length;
        assertEquals(Math.sqrt(var), p.std()[1], 1e-12);
        assertEquals(null, Pipeline.fit(OLS, Task.REGRESSION, d.x(), d.y(), 0, FEATURES, PREP, 9).treePredictions(PROBES));
    }

    @Test
    void bootstrapSpreadShrinksWithMoreData() {
        double[] spread = new double[3];
        int[] sizes = {40, 160, 640};
        for (int k = 0; k < sizes.length; k++) {
            Problem d = Problem.of(sizes[k], 0.5, 3);
            spread[k] = Ensemble.fit(OLS, EnsembleMethod.BOOTSTRAP, 20, d.x(), d.y(), FEATURES, PREP, 5).predict(PROBES).meanStd();
        }
        // the standard error of a least-squares fit falls as 1/sqrt(n): a quarter for 16 times the rows
        assertTrue(spread[1] < spread[0] && spread[2] < spread[1] && spread[2] < 0.5 * spread[0], Arrays.toString(spread));
        Problem small = Problem.of(40, 0.5, 3);
        Problem large = Problem.of(640, 0.5, 3);
        double forestSmall = Ensemble.fit(FOREST, EnsembleMethod.BOOTSTRAP, 8, small.x(), small.y(), FEATURES, PREP, 5).predict(PROBES).meanStd();
        double forestLarge = Ensemble.fit(FOREST, EnsembleMethod.BOOTSTRAP, 8, large.x(), large.y(), FEATURES, PREP, 5).predict(PROBES).meanStd();
        assertTrue(forestLarge < forestSmall, forestSmall + " -> " + forestLarge);
    }

    /**
     * Homoscedastic noise: the bootstrap spread of a least-squares fit estimates the standard error
     * of the fitted value, so over many independent data sets the true value lies within ±1 and ±2
     * spreads about 68 % and 95 % of the time.
     */
    @Test
    void bootstrapOfLeastSquaresIsCalibratedOnAHomoscedasticProblem() {
        int sets = 300;
        double[] truth = new double[sets];
        double[] mean = new double[sets];
        double[] std = new double[sets];
        for (int s = 0; s < sets; s++) {
            Problem d = Problem.of(40, 0.5, 100 + s);
            GaussianPredictions p = Ensemble.fit(OLS, EnsembleMethod.BOOTSTRAP, 25, d.x(), d.y(), FEATURES, PREP, s)
                    .predict(new double[][] {PROBES[s % PROBES.length]});
            truth[s] = truth(PROBES[s % PROBES.length]);
            mean[s] = p.mean()[0];
            std[s] = p.std()[0];
        }
        CalibrationReport r = CalibrationReport.of(truth, new GaussianPredictions(mean, std));
        assertEquals(0.6827, r.coverage68(), 0.08, "coverage of ±1 std");
        assertEquals(0.9545, r.coverage95(), 0.05, "coverage of ±2 std");
        assertTrue(r.miscalibrationArea() < 0.08, "area " + r.miscalibrationArea());
    }

    @Test
    void outOfFoldPredictionsCoverEveryRow() {
        Problem d = Problem.of(50, 0.3, 4);
        double[] y = d.y();
        org.matinf.core.learn.LearningData data = new org.matinf.core.learn.LearningData("synthetic", FEATURES, "y", Task.REGRESSION,
                List.of(), d.x(), y, java.util.stream.IntStream.range(0, 50).toArray(), null, 0);
        GaussianPredictions p = OutOfFoldUncertainty.run(data, FOREST, EnsembleMethod.TREES, 0, Splits.kFold(50, 5, 0), PREP, 1,
                ProgressListener.NONE);
        assertTrue(Arrays.stream(p.mean()).allMatch(Double::isFinite));
        assertTrue(Arrays.stream(p.std()).allMatch(s -> s > 0));
        assertTrue(Calibration.meanAbsoluteError(y, p) < 0.6, "mae " + Calibration.meanAbsoluteError(y, p));
    }

    @Test
    void refusesUnfitSettings() {
        Problem d = Problem.of(20, 0.3, 5);
        IllegalArgumentException trees = assertThrows(IllegalArgumentException.class,
                () -> Ensemble.fit(OLS, EnsembleMethod.TREES, 5, d.x(), d.y(), FEATURES, PREP, 1));
        assertTrue(trees.getMessage().contains("method=trees needs model=RandomForest"), trees.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ensemble.fit(OLS, EnsembleMethod.BOOTSTRAP, 1, d.x(), d.y(), FEATURES, PREP, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Ensemble.fit(ModelSpec.of(ModelType.LOGISTIC_REGRESSION), EnsembleMethod.ENSEMBLE, 5, d.x(), d.y(), FEATURES, PREP, 1));
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> EnsembleMethod.of("dropout"));
        assertTrue(m.getMessage().contains("ensemble, bootstrap, trees"));
        assertEquals(EnsembleMethod.BOOTSTRAP, EnsembleMethod.of(" Bootstrap"));
    }
}
