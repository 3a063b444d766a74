package org.matinf.core.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.orientation.Orientation;

/** Each realism step does what {@link Realism} says, with numbers checked statistically at fixed seeds. */
class RealismApplierTest {

    static GrayImage flat(int size, float value) {
        float[] p = new float[size * size];
        Arrays.fill(p, value);
        return new GrayImage(size, size, p, ImageCalibration.NONE);
    }

    static double[] meanAndVariance(float[] values, double scale) {
        double sum = 0;
        double sum2 = 0;
        for (float v : values) {
            sum += v * scale;
        }
        double mean = sum / values.length;
        for (float v : values) {
            sum2 += (v * scale - mean) * (v * scale - mean);
        }
        return new double[] {mean, sum2 / (values.length - 1)};
    }

    /** The Poisson draws follow the Poisson distribution (chi-square over the bins with ≥ 5 expected). */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 3.7, 9.99, 10.0, 57.3, 1000})
    void poissonDrawsFollowThePoissonDistribution(double mean) {
        int n = 200_000;
        SplittableRandom rng = new SplittableRandom(11);
        Map<Long, Integer> counts = new HashMap<>();
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            long k = Draws.poisson(rng, mean);
            counts.merge(k, 1, Integer::sum);
            sum += k;
            sum2 += (double) k * k;
        }
        double m = sum / n;
        double var = sum2 / n - m * m;
        assertEquals(mean, m, 4 * Math.sqrt(mean / n), "mean");
        assertEquals(mean, var, 4 * mean * Math.sqrt(2.0 / n) + 4 * Math.sqrt(mean / n), "variance");
        PoissonDistribution pd = new PoissonDistribution(mean);
        long lo = pd.inverseCumulativeProbability(1e-6);
        long hi = pd.inverseCumulativeProbability(1 - 1e-6);
        double chi = 0;
        int bins = 0;
        double expectedRun = 0;
        double observedRun = 0;
        for (long k = 0; k <= hi + 1; k++) {
            expectedRun += k > hi ? n * (1 - pd.cumulativeProbability((int) hi)) : n * pd.probability((int) k);
            observedRun += k > hi ? counts.entrySet().stream().filter(e -> e.getKey() > hi).mapToInt(e -> e.getValue()).sum()
                    : counts.getOrDefault(k, 0);
            if (expectedRun >= 5 && k >= lo || k == hi + 1) {
                chi += (observedRun - expectedRun) * (observedRun - expectedRun) / Math.max(expectedRun, 1e-9);
                bins++;
                expectedRun = 0;
                observedRun = 0;
            }
        }
        double critical = new ChiSquaredDistribution(bins - 1).inverseCumulativeProbability(0.999);
        assertTrue(chi < critical, "chi-square " + chi + " over " + bins + " bins >= " + critical);
    }

    /** Shot noise at a dose of D counts: a flat pattern gives counts with variance = mean = D. */
    @ParameterizedTest
    @ValueSource(doubles = {5, 50, 2000})
    void shotNoiseVarianceEqualsTheMeanCounts(double dose) {
        RealismApplier a = new RealismApplier(Realism.builder().dose(dose).build());
        SplittableRandom rng = new SplittableRandom(3);
        float[] all = new float[20 * 64 * 64];
        for (int p = 0; p < 20; p++) {
            float[] px = a.apply(flat(64, 3.5f), a.draw(rng)).pixels();
            System.arraycopy(px, 0, all, p * px.length, px.length);
        }
        double[] mv = meanAndVariance(all, dose);
        double n = all.length;
        assertEquals(dose, mv[0], 4 * Math.sqrt(dose / n), "mean counts");
        assertEquals(dose, mv[1], 4 * dose * Math.sqrt(2 / n) + 4 * Math.sqrt(dose / n), "variance of the counts");
        for (float v : all) {
            double counts = v * dose;
            assertEquals(Math.rint(counts), counts, 1e-3 * Math.max(1, counts), "whole counts / dose");
        }
    }

    @Test
    void readNoiseSigmaIsRecovered() {
        RealismApplier a = new RealismApplier(Realism.builder().readNoise(0.05).build());
        float[] px = a.apply(flat(128, 2f), a.draw(new SplittableRandom(5))).pixels();
        double[] mv = meanAndVariance(px, 1);
        assertEquals(1.0, mv[0], 4 * 0.05 / 128);
        assertEquals(0.05, Math.sqrt(mv[1]), 0.05 * 4 / Math.sqrt(2 * px.length));
    }

    /**
     * A delta blurred with σ keeps its sum and drops to the peak of a normalised 2D Gaussian,
     * 1/(2πσ²); the result equals ImageJ's Gaussian Blur.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1.0, 2.0, 3.5})
    void blurSpreadsADeltaLikeAGaussian(double sigma) {
        int size = 65;
        GrayImage delta = GrayImage.blank(size, size, ImageCalibration.NONE);
        delta.set(32, 32, 4f);
        float[] out = new RealismApplier(Realism.builder().blur(sigma).build()).apply(delta,
                new RealismApplier(Realism.NONE).draw(new SplittableRandom(1))).pixels();
        double sum = 0;
        for (float v : out) {
            sum += v;
        }
        assertEquals(1.0, sum, 1e-5, "total intensity");
        assertEquals(1 / (2 * Math.PI * sigma * sigma), out[32 * size + 32], 2e-5, "peak");
        assertEquals(out[32 * size + 32] * Math.exp(-0.5 * 9 / (sigma * sigma)), out[32 * size + 35], 2e-5, "3 pixels off");
        FloatProcessor ref = new FloatProcessor(size, size);
        ref.setf(32, 32, 1f);
        new GaussianBlur().blurGaussian(ref, sigma, sigma, 1e-4);
        float[] r = (float[]) ref.getPixels();
        for (int i = 0; i < r.length; i++) {
            assertEquals(r[i], out[i], 2e-4 * out[32 * size + 32], "pixel " + i + " vs ImageJ");
        }
    }

    /** Gain and gamma stay within 1 ± their jitter, and cover that range. */
    @Test
    void intensityJitterStaysWithinItsBounds() {
        RealismApplier a = new RealismApplier(Realism.builder().gainJitter(0.2).gammaJitter(0.3).build());
        GrayImage p = GrayImage.blank(8, 8, ImageCalibration.NONE);
        p.set(1, 1, 10f);
        p.set(5, 5, 5f);
        SplittableRandom rng = new SplittableRandom(9);
        double[] gain = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] gamma = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < 2000; i++) {
            RealismDraw d = a.draw(rng);
            GrayImage out = a.apply(p, d);
            double k = out.get(1, 1);
            double g = Math.log(out.get(5, 5) / k) / Math.log(0.5);
            assertEquals(d.gain(), k, 1e-6);
            assertEquals(d.gamma(), g, 1e-5);
            assertEquals(0, out.get(0, 0), 0);
            gain[0] = Math.min(gain[0], k);
            gain[1] = Math.max(gain[1], k);
            gamma[0] = Math.min(gamma[0], g);
            gamma[1] = Math.max(gamma[1], g);
        }
        assertTrue(gain[0] >= 0.8 && gain[0] < 0.802 && gain[1] <= 1.2 && gain[1] > 1.198, Arrays.toString(gain));
        assertTrue(gamma[0] >= 0.7 - 1e-5 && gamma[0] < 0.703 && gamma[1] <= 1.3 + 1e-5 && gamma[1] > 1.297,
                Arrays.toString(gamma));
    }

    /** The background is a broad Gaussian of the given amplitude, centred within a tenth of the width. */
    @Test
    void backgroundIsABroadGaussianOfTheGivenAmplitude() {
        int size = 50;
        RealismApplier a = new RealismApplier(Realism.builder().background(0.3).build());
        RealismDraw d = a.draw(new SplittableRandom(4));
        float[] out = a.apply(GrayImage.blank(size, size, ImageCalibration.NONE), d).pixels();
        double cx = 24.5 + d.backgroundX() * size;
        double cy = 24.5 + d.backgroundY() * size;
        assertTrue(Math.abs(d.backgroundX()) <= 0.1 && Math.abs(d.backgroundY()) <= 0.1);
        double s = 0.5 * size;
        for (int y = 0; y < size; y += 7) {
            for (int x = 0; x < size; x += 7) {
                double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                assertEquals(0.3 * Math.exp(-r2 / (2 * s * s)), out[y * size + x], 1e-6, "(" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void patternCentreJitterStaysWithinItsBound() {
        RealismApplier a = new RealismApplier(Realism.builder().pcJitter(0.02).build());
        SplittableRandom rng = new SplittableRandom(8);
        double largest = 0;
        for (int i = 0; i < 1000; i++) {
            PatternJitter j = a.draw(rng).jitter();
            for (double v : new double[] {j.dx(), j.dy(), j.dz()}) {
                assertTrue(Math.abs(v) <= 0.02, "offset " + v);
                largest = Math.max(largest, Math.abs(v));
            }
        }
        assertTrue(largest > 0.0199, "largest offset " + largest);
        assertTrue(new RealismApplier(Realism.NONE).draw(rng).jitter().isNone());
    }

    /** Without realism a pattern is only divided by its maximum. */
    @Test
    void withoutRealismThePatternIsNormalised() {
        GrayImage p = new TestPatterns(24, "ebsd").render(Orientation.fromBunge(10, 20, 30),
                PatternJitter.NONE);
        RealismApplier a = new RealismApplier(Realism.NONE);
        float[] out = a.apply(p, a.draw(new SplittableRandom(1))).pixels();
        double max = p.range()[1];
        for (int i = 0; i < out.length; i++) {
            assertEquals(p.pixels()[i] / max, out[i], 1e-6);
        }
    }

    @Test
    void badPatternsAndParametersAreRefused() {
        RealismApplier a = new RealismApplier(Realism.NONE);
        RealismDraw d = a.draw(new SplittableRandom(1));
        GrayImage p = flat(4, 1f);
        p.set(2, 1, -0.5f);
        assertEquals("the simulated pattern has a negative intensity (-0.5) at pixel (2, 1)",
                assertThrows(IllegalArgumentException.class, () -> a.apply(p, d)).getMessage());
        p.set(2, 1, Float.NaN);
        assertEquals("the simulated pattern has a non-finite intensity (NaN) at pixel (2, 1)",
                assertThrows(IllegalArgumentException.class, () -> a.apply(p, d)).getMessage());
        assertEquals("jitter must be from 0 to 0.99, got 1.0",
                assertThrows(IllegalArgumentException.class, () -> Realism.builder().gainJitter(1).build()).getMessage());
        assertEquals("dose must be 0 or more, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Realism.builder().dose(-1).build()).getMessage());
        assertEquals("read_noise must be 0 or more, got NaN",
                assertThrows(IllegalArgumentException.class, () -> Realism.builder().readNoise(Double.NaN).build()).getMessage());
    }
}
