package org.matinf.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Normalisations, intensity scalings and the circular mask. */
class IntensityTest {

    /** The values 0 … 9999 in a shuffled 100 × 100 image. */
    private static GrayImage shuffledRamp() {
        float[] p = new float[10000];
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        Random rnd = new Random(5);
        for (int i = p.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            float t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return new GrayImage(100, 100, p, ImageCalibration.NONE);
    }

    private static double[] meanAndStd(float[] p) {
        double s = 0;
        for (float v : p) {
            s += v;
        }
        double mean = s / p.length;
        double ss = 0;
        for (float v : p) {
            ss += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(ss / p.length)};
    }

    @Test
    void minMaxGivesZeroToOne() {
        GrayImage g = SyntheticPatterns.spots(50, 40, 1);
        GrayImage n = Normalisation.minMax().apply(g);
        assertEquals(0.0, n.range()[0], 0.0);
        assertEquals(1.0, n.range()[1], 1e-7);
        double[] r = g.range();
        assertEquals((g.get(10, 10) - r[0]) / (r[1] - r[0]), n.get(10, 10), 1e-6);
    }

    @Test
    void zScoreGivesMeanZeroAndUnitDeviation() {
        double[] ms = meanAndStd(Normalisation.zScore().apply(SyntheticPatterns.spots(50, 40, 2)).pixels());
        assertEquals(0, ms[0], 1e-6);
        assertEquals(1, ms[1], 1e-6);
    }

    @Test
    void percentileClipsTheTails() {
        GrayImage g = shuffledRamp();
        // NumPy: np.percentile(np.arange(10000), [1, 99.5]) = [99.99, 9949.005]
        float[] sorted = Quantiles.sortedFinite(g.pixels());
        assertEquals(99.99, Quantiles.percentile(sorted, 1), 1e-9);
        assertEquals(9949.005, Quantiles.percentile(sorted, 99.5), 1e-9);
        GrayImage n = Normalisation.percentile(1, 99.5).apply(g);
        int zeros = 0;
        int ones = 0;
        for (float v : n.pixels()) {
            zeros += v == 0 ? 1 : 0;
            ones += v == 1 ? 1 : 0;
            assertTrue(v >= 0 && v <= 1);
        }
        assertEquals(100, zeros, "values 0 … 99 lie below the 1st percentile");
        assertEquals(50, ones, "values 9950 … 9999 lie above the 99.5th percentile");
        int at5000 = 0;
        while (g.pixels()[at5000] != 5000) {
            at5000++;
        }
        assertEquals((5000 - 99.99) / (9949.005 - 99.99), n.pixels()[at5000], 1e-6);
    }

    @Test
    void normalisationsKeepNaNAndZeroAConstantImage() {
        GrayImage g = GrayImage.blank(4, 4, null);
        java.util.Arrays.fill(g.pixels(), 7);
        g.set(1, 1, Float.NaN);
        for (Normalisation n : new Normalisation[] {Normalisation.minMax(), Normalisation.zScore(), Normalisation.percentile(1, 99)}) {
            GrayImage out = n.apply(g);
            assertTrue(Float.isNaN(out.get(1, 1)), n.describe());
            assertEquals(0, out.get(2, 2), 0f, n.describe());
        }
        assertEquals("percentiles must satisfy 0 <= p_low < p_high <= 100, got p_low=50.0, p_high=20.0",
                assertThrows(IllegalArgumentException.class, () -> Normalisation.percentile(50, 20)).getMessage());
    }

    @Test
    void logShiftsTheMinimumToZero() {
        GrayImage g = new GrayImage(3, 1, new float[] {-5, 0, 95}, ImageCalibration.NONE);
        GrayImage l = IntensityScaling.log().apply(g);
        assertEquals(0, l.get(0, 0), 0f);
        assertEquals(Math.log(6), l.get(1, 0), 1e-6);
        assertEquals(Math.log(101), l.get(2, 0), 1e-6);
    }

    @Test
    void gammaKeepsTheRange() {
        GrayImage g = new GrayImage(3, 1, new float[] {10, 35, 110}, ImageCalibration.NONE);
        GrayImage s = IntensityScaling.gamma(0.5).apply(g);
        assertEquals(10, s.get(0, 0), 1e-6);
        assertEquals(10 + 100 * Math.sqrt(0.25), s.get(1, 0), 1e-5);
        assertEquals(110, s.get(2, 0), 1e-5);
        assertEquals("gamma must be a positive number, got -1",
                assertThrows(IllegalArgumentException.class, () -> IntensityScaling.gamma(-1)).getMessage());
    }

    @Test
    void circularMaskKeepsTheDisc() {
        GrayImage g = GrayImage.blank(21, 21, null);
        java.util.Arrays.fill(g.pixels(), 3);
        GrayImage m = new CircularMask(5).apply(g);
        int kept = 0;
        for (int y = 0; y < 21; y++) {
            for (int x = 0; x < 21; x++) {
                boolean inside = (x - 10) * (x - 10) + (y - 10) * (y - 10) <= 25;
                assertEquals(inside ? 3 : 0, m.get(x, y), 0f);
                kept += inside ? 1 : 0;
            }
        }
        assertEquals(81, kept, "lattice points within radius 5");
        GrayImage off = new CircularMask(2, new PixelPoint(0, 0), -1).apply(g);
        assertEquals(3, off.get(2, 0), 0f);
        assertEquals(-1, off.get(2, 2), 0f);
        assertEquals("mask radius must be a positive number, got 0",
                assertThrows(IllegalArgumentException.class, () -> new CircularMask(0)).getMessage());
    }
}
