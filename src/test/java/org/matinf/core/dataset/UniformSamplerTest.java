package org.matinf.core.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.matinf.core.orientation.Orientation;

/**
 * Shoemake's sampler is uniform over SO(3): the rotation angle ω follows the Haar density
 * (2/π) sin²(ω/2), i.e. the distribution function (ω − sin ω)/π, and the crystal's c axis points
 * uniformly over the sphere (its z component uniform on [−1, 1]). Chi-square tests at a fixed seed
 * against the 99.9 % quantile.
 */
class UniformSamplerTest {
    private static final int N = 200_000;
    private static final int BINS = 36;

    /** Chi-square statistic of samples in [lo, hi] against a distribution function, equal-width bins. */
    static double chiSquare(double[] samples, double lo, double hi, DoubleUnaryOperator cdf) {
        long[] counts = new long[BINS];
        for (double s : samples) {
            counts[Math.min(BINS - 1, (int) ((s - lo) / (hi - lo) * BINS))]++;
        }
        double chi = 0;
        for (int b = 0; b < BINS; b++) {
            double expected = samples.length
                    * (cdf.applyAsDouble(lo + (hi - lo) * (b + 1) / BINS) - cdf.applyAsDouble(lo + (hi - lo) * b / BINS));
            chi += (counts[b] - expected) * (counts[b] - expected) / expected;
        }
        return chi;
    }

    static final double CRITICAL = new ChiSquaredDistribution(BINS - 1).inverseCumulativeProbability(0.999);

    @Test
    void rotationAnglesFollowTheHaarDensity() {
        UniformSampler sampler = new UniformSampler();
        SplittableRandom rng = new SplittableRandom(20240601L);
        double[] omega = new double[N];
        double[] cz = new double[N];
        double[] mean = new double[4];
        for (int i = 0; i < N; i++) {
            Orientation o = sampler.next(rng);
            omega[i] = Math.toRadians(o.angle());
            cz[i] = o.crystalToSample()[2][2];
            double[] q = o.quaternion();
            assertTrue(q[0] >= 0, "q0 >= 0");
            for (int k = 0; k < 4; k++) {
                mean[k] += q[k] / N;
            }
        }
        double angle = chiSquare(omega, 0, Math.PI, w -> (w - Math.sin(w)) / Math.PI);
        assertTrue(angle < CRITICAL, "rotation angle chi-square " + angle + " >= " + CRITICAL);
        double axis = chiSquare(cz, -1, 1, z -> (z + 1) / 2);
        assertTrue(axis < CRITICAL, "c-axis chi-square " + axis + " >= " + CRITICAL);
        // q0 = cos(ω/2) has the density (4/π)√(1 − q0²) on [0, 1], mean 4/(3π); q1..q3 average to 0 (σ ≈ 0.5/√N)
        assertEquals(4 / (3 * Math.PI), mean[0], 0.003);
        for (int k = 1; k < 4; k++) {
            assertEquals(0, mean[k], 0.005, "mean q" + k);
        }
    }

    /** A sampler that is not uniform fails the same test: the test can fail. */
    @Test
    void aBiasedSamplerFailsTheTest() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] omega = new double[N];
        for (int i = 0; i < N; i++) {
            omega[i] = Math.toRadians(Orientation.fromBunge(360 * rng.nextDouble(), 180 * rng.nextDouble(),
                    360 * rng.nextDouble()).angle());
        }
        assertTrue(chiSquare(omega, 0, Math.PI, w -> (w - Math.sin(w)) / Math.PI) > 10 * CRITICAL);
    }

    @Test
    void theSameGeneratorGivesTheSameOrientations() {
        UniformSampler s = new UniformSampler();
        assertArrayEquals(s.next(new SplittableRandom(3)).quaternion(), s.next(new SplittableRandom(3)).quaternion(), 0);
        assertEquals("uniform", s.name());
    }
}
