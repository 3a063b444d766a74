package org.matinf.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.plugin.filter.BackgroundSubtracter;
import ij.plugin.filter.GaussianBlur;
import ij.plugin.filter.RankFilters;
import ij.process.FloatProcessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The core filters against ImageJ 1.54p's own (GaussianBlur, RankFilters, BackgroundSubtracter) on
 * synthetic 32-bit images: a spot pattern with halo and noise, and uniform noise, including sizes
 * that are not multiples of the rolling ball's shrink factor.
 */
class ImageJFiltersTest {

    private static FloatProcessor fp(GrayImage g) {
        return new FloatProcessor(g.width(), g.height(), g.pixels().clone());
    }

    /**
     * Gaussian: ImageJ cuts its kernel at 2·10⁻⁴ and smooths the cut (and downscales above σ = 8.5);
     * measured differences are below 2.5·10⁻⁷ of the image range up to σ = 2.5 and below 2·10⁻⁵
     * at σ = 6 and 12. Asserted: 5·10⁻⁵ of the range.
     */
    @ParameterizedTest
    @CsvSource({"0.5, 5e-5", "1, 5e-5", "2.5, 5e-5", "6, 5e-5", "12, 5e-5"})
    void gaussianMatchesImageJ(double sigma, double tolerance) {
        for (GrayImage g : new GrayImage[] {SyntheticPatterns.spots(97, 80, 1), SyntheticPatterns.noise(64, 71, 2)}) {
            FloatProcessor ref = fp(g);
            new GaussianBlur().blurGaussian(ref, sigma, sigma, 0.0002);
            GrayImage mine = new GaussianFilter(sigma).apply(g);
            double d = SyntheticPatterns.maxDifference(mine.pixels(), (float[]) ref.getPixels());
            assertTrue(d <= tolerance * SyntheticPatterns.range(g), "sigma " + sigma + ": max difference " + d + " of range "
                    + SyntheticPatterns.range(g));
        }
    }

    /** Median: the same circular kernel and edge handling, so the results are identical. */
    @ParameterizedTest
    @CsvSource({"0.5", "1", "1.5", "2", "2.5", "3", "4.2", "7"})
    void medianEqualsImageJ(double radius) {
        for (GrayImage g : new GrayImage[] {SyntheticPatterns.spots(61, 50, 3), SyntheticPatterns.noise(40, 33, 4)}) {
            FloatProcessor ref = fp(g);
            new RankFilters().rank(ref, radius, RankFilters.MEDIAN);
            assertArrayEquals((float[]) ref.getPixels(), new MedianFilter(radius).apply(g).pixels(), "radius " + radius);
        }
    }

    /**
     * Rolling ball: same presmoothing, shrinking, ball patch, rolling and interpolation in the same
     * float arithmetic, so the results are identical (also for light backgrounds, without
     * presmoothing and for sizes that are not multiples of the shrink factor).
     */
    @ParameterizedTest
    @CsvSource({"5, false, true", "20, false, true", "50, false, true", "50, true, true", "50, false, false", "120, false, true",
            "8, true, false"})
    void rollingBallMatchesImageJ(double radius, boolean light, boolean presmooth) {
        for (GrayImage g : new GrayImage[] {SyntheticPatterns.spots(130, 101, 5), SyntheticPatterns.noise(127, 75, 6)}) {
            FloatProcessor ref = fp(g);
            new BackgroundSubtracter().rollingBallBackground(ref, radius, false, light, false, presmooth, true);
            GrayImage mine = new RollingBallBackground(radius, light, presmooth).apply(g);
            assertArrayEquals((float[]) ref.getPixels(), mine.pixels(), "radius " + radius + " light " + light + " presmooth "
                    + presmooth);
        }
    }
}
