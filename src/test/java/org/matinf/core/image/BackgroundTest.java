package org.matinf.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Polynomial and radial-median backgrounds recover planted backgrounds. */
class BackgroundTest {

    private static GrayImage surface(int w, int h, java.util.function.DoubleBinaryOperator f) {
        float[] p = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                p[y * w + x] = (float) f.applyAsDouble(x, y);
            }
        }
        return new GrayImage(w, h, p, ImageCalibration.NONE);
    }

    private static final java.util.function.DoubleBinaryOperator QUADRATIC =
            (x, y) -> 0.01 * x * x - 0.02 * x * y + 0.005 * y * y + 0.3 * x - 0.2 * y + 50;

    @Test
    void polynomialRecoversAPlantedQuadratic() {
        GrayImage q = surface(120, 90, QUADRATIC);
        GrayImage fit = new PolynomialBackground(2).fit(q, null);
        // float pixels of size ~100: agreement to float rounding
        assertTrue(SyntheticPatterns.maxDifference(q.pixels(), fit.pixels()) < 1e-4,
                "max |fit - planted| = " + SyntheticPatterns.maxDifference(q.pixels(), fit.pixels()));
        assertTrue(new PolynomialBackground(2).apply(q).range()[1] < 1e-4);
        // a plane cannot: the residual of order 1 is large
        assertTrue(SyntheticPatterns.maxDifference(q.pixels(), new PolynomialBackground(1).fit(q, null).pixels()) > 10);
    }

    @Test
    void polynomialFitsOnlyTheMaskedPixelsAndSkipsNaN() {
        GrayImage q = surface(120, 90, QUADRATIC);
        GrayImage withSpots = q.copy();
        boolean[] use = new boolean[q.pixels().length];
        java.util.Arrays.fill(use, true);
        Random rnd = new Random(3);
        for (int s = 0; s < 20; s++) {
            int cx = 5 + rnd.nextInt(110);
            int cy = 5 + rnd.nextInt(80);
            for (int y = cy - 4; y <= cy + 4; y++) {
                for (int x = cx - 4; x <= cx + 4; x++) {
                    withSpots.set(x, y, withSpots.get(x, y) + 500);
                    use[y * 120 + x] = false;
                }
            }
        }
        withSpots.set(7, 9, Float.NaN);
        GrayImage fit = new PolynomialBackground(2).fit(withSpots, use);
        assertTrue(SyntheticPatterns.maxDifference(q.pixels(), fit.pixels()) < 1e-4);
        GrayImage sub = new PolynomialBackground(2).apply(withSpots);
        assertTrue(Float.isNaN(sub.get(7, 9)), "NaN stays NaN");
        // all pixels: the spots pull the surface up
        assertTrue(SyntheticPatterns.maxDifference(q.pixels(), new PolynomialBackground(2).fit(withSpots, null).pixels()) > 1);
    }

    @Test
    void polynomialOrderFourRecoversAQuartic() {
        GrayImage q = surface(64, 64, (x, y) -> 1e-5 * Math.pow(x - 30, 4) - 2e-6 * x * y * y * y + 1e-3 * x * y + 7);
        GrayImage fit = new PolynomialBackground(4).fit(q, null);
        assertTrue(SyntheticPatterns.maxDifference(q.pixels(), fit.pixels()) < 1e-4);
        assertEquals(15, new PolynomialBackground(4).terms());
    }

    @Test
    void polynomialRefusesBadOrdersAndTooFewPixels() {
        assertEquals("polynomial background order must be 1, 2, 3 or 4, got 5",
                assertThrows(IllegalArgumentException.class, () -> new PolynomialBackground(5)).getMessage());
        assertEquals("a polynomial of order 2 has 6 terms, more than the image has pixels (5 x 1 pixels)",
                assertThrows(IllegalArgumentException.class, () -> new PolynomialBackground(2).apply(GrayImage.blank(5, 1, null)))
                        .getMessage());
        GrayImage line = surface(10, 10, (x, y) -> x);
        boolean[] oneRow = new boolean[100];
        java.util.Arrays.fill(oneRow, 0, 10, true);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PolynomialBackground(1).fit(line, oneRow)).getMessage()
                .contains("do not determine a polynomial background"));
    }

    /** Halo about an off-centre point, 40 sharp spots and noise σ = 1. */
    @Test
    void radialMedianRemovesAPlantedHalo() {
        int w = 128;
        int h = 120;
        double cx = 61.3;
        double cy = 58.7;
        java.util.function.DoubleUnaryOperator halo = r -> 1000 * Math.exp(-r / 30) + 200 / (1 + (r / 50) * (r / 50));
        GrayImage haloOnly = surface(w, h, (x, y) -> halo.applyAsDouble(Math.hypot(x - cx, y - cy)));
        float[] spotsOnly = new float[w * h];
        Random rnd = new Random(8);
        boolean[] nearSpot = new boolean[w * h];
        for (int s = 0; s < 40; s++) {
            double sx = 4 + 120 * rnd.nextDouble();
            double sy = 4 + 112 * rnd.nextDouble();
            SyntheticPatterns.addSpot(spotsOnly, w, h, sx, sy, 1.2, 300);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    nearSpot[y * w + x] |= Math.hypot(x - sx, y - sy) < 6;
                }
            }
        }
        float[] p = new float[w * h];
        for (int i = 0; i < p.length; i++) {
            p[i] = haloOnly.pixels()[i] + spotsOnly[i] + (float) rnd.nextGaussian();
        }
        GrayImage pattern = new GrayImage(w, h, p, ImageCalibration.NONE);
        RadialMedianBackground step = new RadialMedianBackground(new PixelPoint(cx, cy));
        GrayImage bg = step.background(pattern);
        GrayImage sub = step.apply(pattern);
        double worstBg = 0;
        double worstSpots = 0;
        double sumSq = 0;
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double r = Math.hypot(x - cx, y - cy);
                int i = y * w + x;
                if (r >= 3) {
                    worstBg = Math.max(worstBg, Math.abs(bg.pixels()[i] - haloOnly.pixels()[i]));
                    worstSpots = Math.max(worstSpots, Math.abs(sub.pixels()[i] - spotsOnly[i]));
                }
                if (r >= 3 && !nearSpot[i]) {
                    sumSq += sub.pixels()[i] * sub.pixels()[i];
                    n++;
                }
            }
        }
        double rms = Math.sqrt(sumSq / n);
        // the halo spans 1200 → 30; measured: background within 2.6 of the halo, residual rms 1.25
        // beside the spots (noise σ = 1; the spots shift the 1-pixel rings' medians a little)
        assertTrue(worstBg < 3, "max |background - halo| = " + worstBg);
        assertTrue(rms < 1.4, "rms residual beside the spots = " + rms);
        // the spots survive unchanged: the result is the planted spots plus noise
        assertTrue(worstSpots < 8, "max |result - spots| = " + worstSpots);
    }

    @Test
    void radialMedianUsesTheImageCentreByDefaultAndSkipsNaN() {
        GrayImage g = surface(41, 41, (x, y) -> Math.hypot(x - 20, y - 20) * 2);
        g.set(0, 0, Float.NaN);
        GrayImage sub = new RadialMedianBackground(null).apply(g);
        assertTrue(Float.isNaN(sub.get(0, 0)));
        sub.set(0, 0, 0);
        assertTrue(Math.abs(sub.range()[0]) < 0.6 && Math.abs(sub.range()[1]) < 0.6, java.util.Arrays.toString(sub.range()));
        assertEquals(new PixelPoint(20, 20), PixelPoint.of(g));
    }
}
