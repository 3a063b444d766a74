package org.matinf.core.learn.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.regression.LinearModel;
import smile.regression.OLS;
import smile.regression.RandomForest;

/**
 * Random-forest and permutation importance: properties rather than library numbers (the trees and
 * shuffles differ between libraries): y = 4·decisive + 1·weak + noise, plus a pure-noise column.
 */
class ImportanceTest {
    private static final List<String> NAMES = List.of("noise", "decisive", "weak");

    private static double[][] x(int n, long seed) {
        Random rnd = new Random(seed);
        double[][] x = new double[n][3];
        for (double[] row : x) {
            row[0] = rnd.nextGaussian();
            row[1] = rnd.nextGaussian();
            row[2] = rnd.nextGaussian();
        }
        return x;
    }

    private static double[] y(double[][] x, long seed) {
        Random rnd = new Random(seed);
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 4 * x[i][1] + x[i][2] + 0.1 * rnd.nextGaussian();
        }
        return y;
    }

    @Test
    void forestRanksTheDecisiveFeatureFirst() {
        double[][] x = x(300, 1);
        FeatureSelection s = ForestImportance.select(x, NAMES, y(x, 2), 1, 3);
        assertEquals(List.of("decisive"), s.kept());
        double sum = s.scores().stream().mapToDouble(FeatureScore::score).sum();
        assertEquals(1, sum, 1e-12, "importances sum to 1");
        assertTrue(s.score("decisive") > 0.8, "decisive " + s.score("decisive"));
        assertTrue(s.score("weak") > s.score("noise"), s.scores().toString());
        assertEquals(s.scores(), ForestImportance.select(x, NAMES, y(x, 2), 1, 3).scores(), "same seed, same forest");
    }

    @Test
    void permutationImportanceOfAForestOnHeldOutRows() {
        double[][] train = x(300, 1);
        double[][] test = x(200, 4);
        RandomForest forest = ForestImportance.fit(train, NAMES, y(train, 2), 3);
        PermutationImportance.Result r = PermutationImportance.compute(ForestImportance.predictor(forest), test, y(test, 5), NAMES, 5, 11, 2);
        assertTrue(r.baseline() > 0.8, "held-out R² " + r.baseline());
        assertEquals(0, r.mean()[0], 0.02, "shuffling pure noise costs ~nothing");
        assertTrue(r.mean()[1] > 1, "shuffling the decisive feature destroys the fit: " + r.mean()[1]);
        assertTrue(r.mean()[1] > r.mean()[2] && r.mean()[2] > r.mean()[0], java.util.Arrays.toString(r.mean()));
        assertEquals(List.of("decisive", "weak"), r.selection().kept());
    }

    @Test
    void permutationImportanceOfALinearModelIsTwiceItsExplainedShare() {
        double[][] x = x(2000, 6);
        double[] y = y(x, 7);
        LinearModel ols = OLS.fit(SmileFrames.FORMULA, SmileFrames.withTarget(x, y));
        PermutationImportance.Result r = PermutationImportance.compute(ols::predict, x, y, NAMES, 10, 1, 0);
        // shuffling x_j adds w_j²·2·var(x_j) to the error of a linear model: R² drops by 2·w_j²·var(x_j)/var(y)
        double vary = 0;
        double m = java.util.Arrays.stream(y).average().orElse(0);
        for (double v : y) {
            vary += (v - m) * (v - m) / y.length;
        }
        assertEquals(2 * 16 / vary, r.mean()[1], 0.1, "decisive");
        assertEquals(2 * 1 / vary, r.mean()[2], 0.02, "weak");
        assertEquals(0, r.mean()[0], 0.002, "noise");
        PermutationImportance.Result again = PermutationImportance.compute(ols::predict, x, y, NAMES, 10, 1, 0);
        assertArrayEquals(r.mean(), again.mean(), "same seed, same shuffles");
    }

    @Test
    void missingTargetsAndTooFewRowsAreRefused() {
        double[][] x = x(30, 1);
        double[] y = y(x, 2);
        y[3] = Double.NaN;
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> ForestImportance.select(x, NAMES, y, 1, 1));
        assertEquals("the target of row 4 is missing", ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ForestImportance.select(x(5, 1), NAMES, new double[5], 1, 1));
    }
}
