package org.matinf.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EdgeDetectionTest {

    /** A disc of intensity 100 on 10, anti-aliased by 8 × 8 supersampling. */
    static GrayImage disc(int size, double cx, double cy, double radius) {
        float[] p = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int inside = 0;
                for (int j = 0; j < 8; j++) {
                    for (int i = 0; i < 8; i++) {
                        double dx = x - 0.5 + (i + 0.5) / 8 - cx;
                        double dy = y - 0.5 + (j + 0.5) / 8 - cy;
                        inside += dx * dx + dy * dy <= radius * radius ? 1 : 0;
                    }
                }
                p[y * size + x] = 10 + 90 * inside / 64f;
            }
        }
        return new GrayImage(size, size, p, ImageCalibration.NONE);
    }

    @Test
    void sobelMagnitudeOfARampIsItsSlope() {
        float[] p = new float[30 * 20];
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 30; x++) {
                p[y * 30 + x] = 3 * x + 4 * y + 7;
            }
        }
        GrayImage m = EdgeDetection.sobel(new GrayImage(30, 20, p, ImageCalibration.NONE));
        for (int y = 1; y < 19; y++) {
            for (int x = 1; x < 29; x++) {
                assertEquals(5.0, m.get(x, y), 1e-6, "(" + x + ", " + y + ")");
            }
        }
        // at the edge the repeated pixel halves the difference along x: gx = 1.5, gy = 4
        assertEquals(Math.hypot(1.5, 4), m.get(0, 10), 1e-6);
    }

    @Test
    void sobelEdgesThresholdTheMagnitude() {
        GrayImage d = disc(64, 31.7, 32.2, 15);
        GrayImage e = EdgeDetection.sobelEdges(d, 0.5, true);
        GrayImage m = EdgeDetection.sobel(d);
        double max = m.range()[1];
        for (int i = 0; i < e.pixels().length; i++) {
            assertEquals(m.pixels()[i] >= 0.5 * max ? 255f : 0f, e.pixels()[i]);
        }
        assertEquals(0, EdgeDetection.sobelEdges(d, max * 1.01, false).range()[1], 0.0, "nothing above the largest gradient");
    }

    @ParameterizedTest
    @CsvSource({"30, 64.2, 63.7, 2", "30, 64.2, 63.7, 1", "17.5, 40.5, 45.3, 1.5", "45, 60, 61, 3"})
    void cannyFindsAClosedThinBoundaryAtTheRadius(double radius, double cx, double cy, double sigma) {
        int size = 128;
        GrayImage e = EdgeDetection.canny(disc(size, cx, cy, radius), sigma, 0.1, 0.3, true);
        int count = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float v = e.get(x, y);
                assertTrue(v == 0 || v == 255);
                if (v == 255) {
                    count++;
                    double r = Math.hypot(x - cx, y - cy);
                    assertEquals(radius, r, 1.0, "edge pixel (" + x + ", " + y + ") at r = " + r);
                }
                if (x > 0 && y > 0) {
                    assertFalse(v == 255 && e.get(x - 1, y) == 255 && e.get(x, y - 1) == 255 && e.get(x - 1, y - 1) == 255,
                            "2 x 2 block of edge pixels at (" + x + ", " + y + ")");
                }
            }
        }
        // closed: filling from the centre through non-edge pixels (4-connected) stays inside
        boolean[] seen = new boolean[size * size];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int start = (int) Math.round(cy) * size + (int) Math.round(cx);
        queue.add(start);
        seen[start] = true;
        int filled = 0;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            filled++;
            int x = i % size;
            int y = i / size;
            assertTrue(x > 0 && y > 0 && x < size - 1 && y < size - 1, "the fill escaped through a gap to (" + x + ", " + y + ")");
            for (int n : new int[] {i - 1, i + 1, i - size, i + size}) {
                if (!seen[n] && e.pixels()[n] == 0) {
                    seen[n] = true;
                    queue.add(n);
                }
            }
        }
        assertEquals(Math.PI * radius * radius, filled, 2 * Math.PI * radius, "area inside the boundary");
        // one pixel wide: about as many pixels as an 8-connected circle has (between 4√2 r and 8 r)
        assertTrue(count >= 4 * Math.sqrt(2) * radius && count <= 8 * radius, count + " edge pixels");
    }

    @Test
    void cannyThresholdsAbsoluteOrRelative() {
        GrayImage d = disc(64, 31.7, 32.2, 15);
        double max = EdgeDetection.sobel(new GaussianFilter(1.5).apply(d)).range()[1];
        assertEquals(EdgeDetection.canny(d, 1.5, 0.1, 0.3, true), EdgeDetection.canny(d, 1.5, 0.1 * max, 0.3 * max, false));
        assertEquals(0, EdgeDetection.canny(d, 1.5, max * 1.01, max * 1.01, false).range()[1], 0.0);
        assertEquals("edge thresholds must satisfy 0 <= low <= high, got low=0.5, high=0.2",
                assertThrows(IllegalArgumentException.class, () -> EdgeDetection.canny(d, 1, 0.5, 0.2, true)).getMessage());
        assertEquals("relative edge thresholds are fractions of the largest gradient (0 to 1), got high=2.0",
                assertThrows(IllegalArgumentException.class, () -> EdgeDetection.canny(d, 1, 0.5, 2, true)).getMessage());
        GrayImage nan = d.copy();
        nan.set(5, 6, Float.NaN);
        assertTrue(assertThrows(ImageException.class, () -> EdgeDetection.canny(nan, 1, 0.1, 0.2, true)).getMessage()
                .contains("pixel (5, 6) is NaN"));
    }
}
