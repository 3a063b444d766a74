package org.matinf.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResamplingTest {
    private static final ImageCalibration RECIPROCAL = new ImageCalibration(0.05, "1/nm");

    private static double sum(GrayImage g) {
        double s = 0;
        for (float v : g.pixels()) {
            s += v;
        }
        return s;
    }

    private static GrayImage pattern(int w, int h) {
        return SyntheticPatterns.spots(w, h, 9).withCalibration(RECIPROCAL);
    }

    @Test
    void binningBySummingKeepsTheTotal() {
        GrayImage g = pattern(64, 48);
        GrayImage b = Resampling.bin(2, true).apply(g);
        assertEquals(32, b.width());
        assertEquals(24, b.height());
        assertEquals(sum(g), sum(b), 1e-6 * sum(g));
        assertEquals(g.get(6, 8) + g.get(7, 8) + g.get(6, 9) + g.get(7, 9), b.get(3, 4), 1e-3);
        assertEquals(new ImageCalibration(0.1, "1/nm"), b.calibration());
    }

    @Test
    void binningByAveragingKeepsTheMean() {
        GrayImage g = pattern(64, 48);
        GrayImage b = Resampling.bin(4, false).apply(g);
        assertEquals(16, b.width());
        assertEquals(12, b.height());
        assertEquals(sum(g) / g.pixels().length, sum(b) / b.pixels().length, 1e-5 * sum(g) / g.pixels().length);
        assertEquals(0.2, b.calibration().pixelSize(), 1e-15);
    }

    @Test
    void binningDropsTheLeftOverEdge() {
        GrayImage b = Resampling.bin(2, true).apply(pattern(65, 49));
        assertEquals(32, b.width());
        assertEquals(24, b.height());
        assertEquals("binning by 4 needs an image of at least 4 x 4 pixels (this one has 3 x 10 pixels)",
                assertThrows(IllegalArgumentException.class, () -> Resampling.bin(4, false).apply(GrayImage.blank(3, 10, null)))
                        .getMessage());
        assertEquals("binning factor must be 2 to 64, got 1",
                assertThrows(IllegalArgumentException.class, () -> Resampling.bin(1, false)).getMessage());
    }

    @Test
    void areaAveragingKeepsTheMeanAndScalesTheCalibration() {
        GrayImage g = pattern(120, 90);
        GrayImage r = Resampling.resize(48, 36, true).apply(g);
        assertEquals(sum(g) / g.pixels().length, sum(r) / r.pixels().length, 1e-5 * sum(g) / g.pixels().length);
        assertEquals(0.05 * 2.5, r.calibration().pixelSize(), 1e-15);
        assertEquals("1/nm", r.calibration().unit());
        // an integer factor is binning by averaging
        GrayImage half = Resampling.resize(60, 45, true).apply(g);
        GrayImage binned = Resampling.bin(2, false).apply(g);
        assertEquals(0, SyntheticPatterns.maxDifference(half.pixels(), binned.pixels()), 1e-3);
    }

    @Test
    void bilinearReproducesARamp() {
        float[] p = new float[40 * 30];
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                p[y * 40 + x] = 2 * x + 3 * y;
            }
        }
        GrayImage g = new GrayImage(40, 30, p, ImageCalibration.NONE);
        GrayImage r = Resampling.resize(80, 60, false).apply(g);
        // new pixel centre x' maps to (x' + 0.5)/2 − 0.5 in the old image
        for (int y = 2; y < 58; y++) {
            for (int x = 2; x < 78; x++) {
                assertEquals(2 * ((x + 0.5) / 2 - 0.5) + 3 * ((y + 0.5) / 2 - 0.5), r.get(x, y), 1e-4);
            }
        }
        assertEquals(ImageCalibration.NONE, r.calibration());
        // uncalibrated images may change their aspect ratio
        assertEquals(17, Resampling.resize(10, 17, false).apply(g).height());
    }

    @Test
    void calibratedPixelsStaySquare() {
        assertEquals("resizing 64 x 48 pixels to 64 x 64 would make the calibrated pixels non-square; keep the aspect ratio or bin instead",
                assertThrows(IllegalArgumentException.class, () -> Resampling.resize(64, 64, true).apply(pattern(64, 48))).getMessage());
        assertEquals("new size must be 1 to 16384 pixels a side, got 0 x 10",
                assertThrows(IllegalArgumentException.class, () -> Resampling.resize(0, 10, true)).getMessage());
    }
}
