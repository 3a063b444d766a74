package org.matinf.core.optimize.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.matinf.testutil.TestData;

/**
 * Calibration metrics against hand-computed cases and against NumPy/SciPy
 * (src/test/resources/reference/uncertainty/make_calibration_reference.py).
 */
class CalibrationTest {
    private static final JsonNode REFERENCE = TestData.json(TestData.reference("uncertainty/calibration.json"));
    private static final List<Map<String, String>> PREDICTIONS = TestData.csv(TestData.reference("uncertainty/predictions.csv"));

    /** Standardised residuals 0, 1, −3, 0.5 (mean 0, std 1). */
    private static final double[] Y = {0, 1, -3, 0.5};
    private static final GaussianPredictions UNIT = new GaussianPredictions(new double[4], new double[] {1, 1, 1, 1});

    @Test
    void coverageCountsValuesOnTheIntervalEdgeAsInside() {
        assertEquals(0.75, Calibration.coverage(Y, UNIT, 1), 0);
        assertEquals(0.75, Calibration.coverage(Y, UNIT, 2), 0);
        assertEquals(1.0, Calibration.coverage(Y, UNIT, 3), 0);
        // std 2 halves the residuals: 0, 0.5, 1.5, 0.25
        GaussianPredictions wide = new GaussianPredictions(new double[4], new double[] {2, 2, 2, 2});
        assertEquals(0.75, Calibration.coverage(Y, wide, 1), 0);
        assertEquals(1.0, Calibration.coverage(Y, wide, 2), 0);
    }

    @Test
    void negativeLogLikelihoodByHand() {
        // ½ ln 2π + mean(z²)/2 = 0.9189385332 + (0 + 1 + 9 + 0.25) / 8
        assertEquals(0.5 * Math.log(2 * Math.PI) + 10.25 / 8, Calibration.negativeLogLikelihood(Y, UNIT), 1e-12);
        // std 2 adds ln 2 and divides z² by 4
        GaussianPredictions wide = new GaussianPredictions(new double[4], new double[] {2, 2, 2, 2});
        assertEquals(0.5 * Math.log(2 * Math.PI) + Math.log(2) + 10.25 / 32, Calibration.negativeLogLikelihood(Y, wide), 1e-12);
    }

    @Test
    void curveOfTwoLevelsByHand() {
        Calibration.Curve c = Calibration.curve(Y, UNIT, 2);
        assertArrayEquals(new double[] {0, 1}, c.expected(), 0);
        // the empty interval [0, 0] holds the one zero residual; the whole line holds all
        assertArrayEquals(new double[] {0.25, 1}, c.observed(), 0);
        assertEquals(0.125, Calibration.area(c), 1e-15);
    }

    @Test
    void areaOfCurvesByHand() {
        assertEquals(0.25, Calibration.area(new Calibration.Curve(new double[] {0, 0.5, 1}, new double[] {0, 1, 1})), 1e-15);
        assertEquals(0.25, Calibration.area(new Calibration.Curve(new double[] {0, 0.5, 1}, new double[] {0, 0, 1})), 1e-15);
        // crossing the diagonal in the middle: two triangles of 1/4 each
        assertEquals(0.5, Calibration.area(new Calibration.Curve(new double[] {0, 1}, new double[] {1, 0})), 1e-15);
        assertEquals(0, Calibration.area(new Calibration.Curve(new double[] {0, 0.3, 1}, new double[] {0, 0.3, 1})), 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"calibrated", "overconfident", "underconfident"})
    void matchesNumpyAndScipy(String name) {
        List<Map<String, String>> rows = PREDICTIONS.stream().filter(r -> r.get("case").equals(name)).toList();
        double[] y = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("y"))).toArray();
        GaussianPredictions p = new GaussianPredictions(rows.stream().mapToDouble(r -> Double.parseDouble(r.get("mean"))).toArray(),
                rows.stream().mapToDouble(r -> Double.parseDouble(r.get("std"))).toArray());
        JsonNode ref = REFERENCE.get(name);
        CalibrationReport r = CalibrationReport.of(y, p);
        assertArrayEquals(TestData.vector(ref.get("observed")), r.curve().observed(), 0);
        assertEquals(ref.get("coverage_68").asDouble(), r.coverage68(), 0);
        assertEquals(ref.get("coverage_95").asDouble(), r.coverage95(), 0);
        assertEquals(ref.get("miscalibration_area").asDouble(), r.miscalibrationArea(), 1e-12);
        assertEquals(ref.get("nll").asDouble(), r.nll(), 1e-12);
        assertEquals(ref.get("mae").asDouble(), r.mae(), 1e-12);
        assertEquals(ref.get("mean_std").asDouble(), r.meanStd(), 1e-12);
        assertEquals(List.of("coverage_68", "coverage_95", "miscalibration_area", "nll", "mae", "mean_std"), List.copyOf(r.values().keySet()));
    }

    @Test
    void perfectGaussianSampleIsNearlyCalibrated() {
        SplittableRandom r = new SplittableRandom(7);
        int n = 20000;
        double[] y = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = 0.5 + r.nextDouble();
            y[i] = s[i] * gaussian(r);
        }
        CalibrationReport c = CalibrationReport.of(y, new GaussianPredictions(new double[n], s));
        assertEquals(0.6827, c.coverage68(), 0.01);
        assertEquals(0.9545, c.coverage95(), 0.005);
        assertTrue(c.miscalibrationArea() < 0.01, "area " + c.miscalibrationArea());
    }

    @Test
    void refusesZeroSpreadAndMismatchedRows() {
        GaussianPredictions zero = new GaussianPredictions(new double[] {1, 2}, new double[] {0.1, 0});
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Calibration.negativeLogLikelihood(new double[] {1, 2}, zero));
        assertTrue(ex.getMessage().contains("row 2 has standard deviation 0.0"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Calibration.coverage(new double[] {1}, UNIT, 1));
        assertThrows(IllegalArgumentException.class, () -> new GaussianPredictions(new double[2], new double[3]));
    }

    static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
