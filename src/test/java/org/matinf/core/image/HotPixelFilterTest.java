package org.matinf.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HotPixelFilterTest {

    /** The 3 × 3 median at (x, y), edges repeated. */
    private static float median3x3(GrayImage g, int x, int y) {
        float[] v = new float[9];
        int k = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                v[k++] = g.get(Math.min(Math.max(x + dx, 0), g.width() - 1), Math.min(Math.max(y + dy, 0), g.height() - 1));
            }
        }
        Arrays.sort(v);
        return v[4];
    }

    /** max − min of the 3 × 3 neighbourhood. */
    private static float spread(GrayImage g, int x, int y) {
        float lo = Float.MAX_VALUE;
        float hi = -Float.MAX_VALUE;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                lo = Math.min(lo, g.get(x + dx, y + dy));
                hi = Math.max(hi, g.get(x + dx, y + dy));
            }
        }
        return hi - lo;
    }

    @Test
    void replacesExactlyThePlantedHotAndDeadPixels() {
        int w = 100;
        int h = 80;
        // sharp spots (σ 1.5 px, up to 600 high) on a halo with noise σ = 5: the spot peaks deviate
        // from their 3 x 3 median by far more than 5 noise MADs, but so do their neighbours
        GrayImage clean = SyntheticPatterns.spots(w, h, 11);
        GrayImage g = clean.copy();
        Random rnd = new Random(12);
        Set<Integer> planted = new HashSet<>();
        while (planted.size() < 30) {
            int x = 2 + rnd.nextInt(w - 4);
            int y = 2 + rnd.nextInt(h - 4);
            // isolated: no other planted pixel in the 5 x 5 around
            boolean free = true;
            for (int p : planted) {
                free &= Math.abs(p % w - x) > 2 || Math.abs(p / w - y) > 2;
            }
            // dead pixels off the spots: inside a bright spot the neighbourhood varies too much (see the class doc)
            if (free && (planted.size() < 25 || spread(clean, x, y) < 40)) {
                planted.add(y * w + x);
                g.set(x, y, planted.size() <= 25 ? g.get(x, y) + 3000 : 0);
            }
        }
        HotPixelFilter.Result r = new HotPixelFilter(5).filter(g);
        assertEquals(30, r.replaced());
        assertEquals(0, new HotPixelFilter(5).filter(clean).replaced(), "no spot or noise pixel of the clean pattern is hot");
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float expected = planted.contains(y * w + x) ? median3x3(g, x, y) : g.get(x, y);
                assertEquals(expected, r.image().get(x, y), 0f, "(" + x + ", " + y + ")");
            }
        }
        assertEquals(g, g.copy(), "the input is not changed");
    }

    @Test
    void usesTheMeanDeviationWhenMostPixelsAreFlat() {
        GrayImage g = GrayImage.blank(40, 30, ImageCalibration.NONE);
        g.set(5, 5, 1000);
        g.set(20, 10, 500);
        g.set(39, 29, 800);
        HotPixelFilter.Result r = new HotPixelFilter(5).filter(g);
        assertEquals(0.0, Quantiles.median(new float[] {0, 0, 0}, 3), 0.0);
        assertEquals(3, r.replaced());
        assertEquals(2300.0 / 1200, r.mad(), 1e-9, "mean absolute deviation");
        assertEquals(0.0, r.image().range()[1], 0.0);
        assertEquals(0, new HotPixelFilter(5).filter(GrayImage.blank(10, 10, null)).replaced(), "a flat image has none");
    }

    @Test
    void refusesBadThresholdsAndNaN() {
        assertEquals("hot pixel threshold k must be a positive number, got 0",
                assertThrows(IllegalArgumentException.class, () -> new HotPixelFilter(0)).getMessage());
        GrayImage g = GrayImage.blank(10, 10, null);
        g.set(3, 4, Float.NaN);
        ImageException ex = assertThrows(ImageException.class, () -> new HotPixelFilter(5).apply(g));
        assertTrue(ex.getMessage().contains("pixel (3, 4) is NaN"), ex.getMessage());
    }
}
