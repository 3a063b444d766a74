package org.matinf.core.optimize.bo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matinf.core.optimize.gp.GpSettings;
import org.matinf.core.optimize.gp.Kernels;
import org.matinf.core.progress.ProgressListener;

/** The virtual lab on a synthetic data set: 400 materials, 3 features, one smooth target with a single peak. */
class VirtualLabTest {
    private static final int ROWS = 400;
    private static List<String> ids;
    private static double[][] x;
    private static double[] y;

    @BeforeAll
    static void data() {
        SplittableRandom r = new SplittableRandom(5);
        ids = new ArrayList<>();
        x = new double[ROWS][3];
        y = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            ids.add("m" + i);
            for (int c = 0; c < 3; c++) {
                x[i][c] = r.nextDouble();
            }
            double d2 = Math.pow(x[i][0] - 0.7, 2) + Math.pow(x[i][1] - 0.3, 2) + 0.5 * Math.pow(x[i][2] - 0.5, 2);
            y[i] = 10 * Math.exp(-d2 / 0.08) + x[i][2];
        }
    }

    private static VirtualLab.Settings settings(String strategies, int pool, int initial, int seeds, int budget, int threads) {
        GpSettings gp = new GpSettings(Kernels.parse("Matern52+White", 3, false), GpSettings.DEFAULT_ALPHA, false, true, 0, 0);
        return new VirtualLab.Settings(Goal.MAXIMIZE, pool, initial, VirtualLab.Settings.seedRange(0, seeds), budget,
                Strategy.parse(strategies, Acquisition.DEFAULT_XI, Acquisition.DEFAULT_KAPPA), gp, threads);
    }

    /** The iterations random search needs, from the documented draws alone. */
    private static int randomIterations(long seed, int pool, int initial) {
        VirtualLab.Draw d = VirtualLab.draw(seed, ROWS, pool, initial);
        double best = Arrays.stream(d.pool()).mapToDouble(i -> y[i]).max().orElseThrow();
        for (int p : d.initial()) {
            if (y[d.pool()[p]] == best) {
                return 0;
            }
        }
        for (int k = 0; k < d.randomOrder().length; k++) {
            if (y[d.pool()[d.randomOrder()[k]]] == best) {
                return k + 1;
            }
        }
        throw new AssertionError("the best is nowhere");
    }

    @Test
    void eiFindsThePeakFarSoonerThanRandomSearchAndIsDeterministic() {
        VirtualLabResult r = VirtualLab.run(ids, x, y, settings("EI", 200, 5, 5, 60, 2), ProgressListener.NONE);
        StrategyOutcome ei = r.outcome("EI");
        StrategyOutcome random = r.outcome("random");
        assertEquals(List.of("EI", "random"), r.outcomes().stream().map(o -> o.strategy().name()).toList());
        assertEquals(200, r.poolSize());
        assertEquals(1.0, ei.foundFraction(), "EI finds the peak within 60 experiments in every seed");
        assertTrue(ei.median() <= 15, "EI median " + ei.median() + ", per seed " + Arrays.toString(ei.iterations()));
        assertTrue(random.median() >= 4 * ei.median(), "random " + random.median() + " against EI " + ei.median());
        for (int s = 0; s < 5; s++) {
            assertEquals(randomIterations(s, 200, 5), random.iterations()[s], "seed " + s);
            assertEquals(ei.bestSoFar()[s][0], random.bestSoFar()[s][0], "the same initial rows for every strategy");
            assertEquals(r.poolBest()[s], ei.bestSoFar()[s][60], "EI's trace ends at the pool's best");
        }
        assertEquals(195, random.budget());
        assertEquals(60, ei.budget());
        VirtualLabResult again = VirtualLab.run(ids, x, y, settings("EI", 200, 5, 5, 60, 1), ProgressListener.NONE);
        assertArrayEquals(ei.iterations(), again.outcome("EI").iterations(), "one thread or two, the same campaigns");
        for (int s = 0; s < 5; s++) {
            assertArrayEquals(ei.bestSoFar()[s], again.outcome("EI").bestSoFar()[s]);
        }
        double[] median = r.gapQuantile(random, 0.5, 200);
        assertEquals(0, median[199], 0, "random search has found the best in every seed by its last experiment");
        assertTrue(median[0] > 0);
    }

    @Test
    void randomSearchIsExactAndUniform() {
        int seeds = 400;
        VirtualLabResult r = VirtualLab.run(ids, x, y, settings("random", 200, 5, seeds, 60, 2), ProgressListener.NONE);
        StrategyOutcome random = r.outcome("random");
        assertEquals(1, r.outcomes().size());
        for (int s = 0; s < seeds; s += 37) {
            assertEquals(randomIterations(s, 200, 5), random.iterations()[s], "seed " + s);
        }
        // without the initial rows, the single best is uniform over positions 1 … 195: mean 98, sd 56
        // (0 when among the initial rows, probability 5/200)
        double expected = (195.0 / 200) * 98;
        assertEquals(expected, random.mean(), 3 * 56 / Math.sqrt(seeds), "mean " + random.mean());
        assertEquals(1.0, random.foundFraction());
    }

    @Test
    void notFoundSeedsCountAsBudgetPlusOne() {
        VirtualLabResult r = VirtualLab.run(ids, x, y, settings("UCB", 200, 5, 4, 2, 2), ProgressListener.NONE);
        StrategyOutcome ucb = r.outcome("UCB");
        int found = 0;
        for (int s = 0; s < 4; s++) {
            assertEquals(3, ucb.bestSoFar()[s].length);
            if (ucb.found()[s]) {
                found++;
                assertTrue(ucb.iterations()[s] <= 2);
            } else {
                assertEquals(3, ucb.iterations()[s], "budget + 1");
                assertTrue(ucb.bestSoFar()[s][2] < r.poolBest()[s]);
            }
        }
        assertTrue(found < 4, "two experiments rarely suffice: " + Arrays.toString(ucb.iterations()));
        assertEquals(found / 4.0, ucb.foundFraction());
        assertEquals(Arrays.stream(ucb.iterations()).average().orElseThrow(), ucb.mean());
    }

    @Test
    void poolLargerThanTheDataUsesEveryRowAndBadSettingsAreRefused() {
        VirtualLabResult r = VirtualLab.run(ids, x, y, settings("random", 1000, 10, 2, 50, 1), ProgressListener.NONE);
        assertEquals(ROWS, r.poolSize());
        assertEquals(ROWS - 10, r.outcome("random").budget());
        double max = Arrays.stream(y).max().orElseThrow();
        assertEquals(max, r.poolBest()[0]);
        assertEquals(ids.get(indexOf(max)), r.bestIds().get(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings("EI", 50, 50, 2, 10, 1));
        assertEquals("initial must be at least 1 and smaller than the pool (50), got 50", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> VirtualLab.run(ids.subList(0, 8), Arrays.copyOf(x, 8), Arrays.copyOf(y, 8), settings("EI", 100, 8, 1, 10, 1), ProgressListener.NONE));
        assertEquals("initial (8) must be smaller than the pool; the data set has only 8 rows", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Strategy.parse("EI,Gittins", 0.01, 2));
        assertTrue(e.getMessage().startsWith("unknown acquisition function 'Gittins'"), e.getMessage());
        double[] bad = y.clone();
        bad[7] = Double.NaN;
        e = assertThrows(IllegalArgumentException.class, () -> VirtualLab.run(ids, x, bad, settings("EI", 100, 5, 1, 10, 1), ProgressListener.NONE));
        assertEquals("row 8 (m7): the target is missing (NaN) or not finite", e.getMessage());
        assertFalse(Strategy.parse("ts, EI ,ei", 0.01, 2).isEmpty());
        assertEquals(List.of("TS", "EI", "random"), Strategy.parse("ts, EI ,ei", 0.01, 2).stream().map(Strategy::name).toList());
    }

    @Test
    void tiedResultsDoNotStopTheLab() {
        // nine materials in ten share the target 0 (like the metals of a band-gap set): the initial rows are often all 0
        double[] tied = new double[ROWS];
        for (int i = 0; i < ROWS; i += 10) {
            tied[i] = y[i] + 1;
        }
        int seeds = 4;
        int tiedSeeds = 0;
        for (int s = 0; s < seeds; s++) {
            VirtualLab.Draw d = VirtualLab.draw(s, ROWS, 100, 2);
            if (tied[d.pool()[d.initial()[0]]] == tied[d.pool()[d.initial()[1]]]) {
                tiedSeeds++;
            }
        }
        assertTrue(tiedSeeds > 0, "the test needs a seed whose initial results are equal");
        VirtualLabResult r = VirtualLab.run(ids, x, tied, settings("EI", 100, 2, seeds, 40, 1), ProgressListener.NONE);
        StrategyOutcome ei = r.outcome("EI");
        for (int s = 0; s < seeds; s++) {
            if (ei.found()[s]) {
                assertTrue(ei.iterations()[s] <= 40, Arrays.toString(ei.iterations()));
                assertEquals(r.poolBest()[s], ei.bestSoFar()[s][40]);
            } else {
                assertEquals(41, ei.iterations()[s], "budget + 1");
            }
        }
    }

    private static int indexOf(double v) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
