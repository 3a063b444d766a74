package org.matinf.core.image;

import java.util.Random;

/** Deterministic synthetic diffraction-like images for the image tests. */
final class SyntheticPatterns {
    private SyntheticPatterns() {
    }

    /**
     * A spot pattern: a diffuse halo exp(−r/40)·800 about the centre, a 7 × 7 lattice of Gaussian
     * spots (σ 1.5 px, heights 100–600), a gentle tilt and Gaussian noise σ = 5; seeded.
     */
    static GrayImage spots(int width, int height, long seed) {
        Random rnd = new Random(seed);
        float[] p = new float[width * height];
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        double step = Math.min(width, height) / 8.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double r = Math.hypot(x - cx, y - cy);
                double v = 800 * Math.exp(-r / 40) + 0.2 * x + 0.1 * y + 50;
                p[y * width + x] = (float) (v + 5 * rnd.nextGaussian());
            }
        }
        for (int j = -3; j <= 3; j++) {
            for (int i = -3; i <= 3; i++) {
                double sx = cx + i * step + 0.3 * j;
                double sy = cy + j * step - 0.2 * i;
                double h = 100 + 500 * rnd.nextDouble();
                addSpot(p, width, height, sx, sy, 1.5, h);
            }
        }
        return new GrayImage(width, height, p, ImageCalibration.NONE);
    }

    static void addSpot(float[] p, int width, int height, double sx, double sy, double sigma, double h) {
        int r = (int) Math.ceil(5 * sigma);
        for (int y = Math.max(0, (int) sy - r); y <= Math.min(height - 1, (int) sy + r); y++) {
            for (int x = Math.max(0, (int) sx - r); x <= Math.min(width - 1, (int) sx + r); x++) {
                double d2 = (x - sx) * (x - sx) + (y - sy) * (y - sy);
                p[y * width + x] += (float) (h * Math.exp(-d2 / (2 * sigma * sigma)));
            }
        }
    }

    /** Uniform noise in [0, 100), seeded: the hardest case for rank and smoothing filters. */
    static GrayImage noise(int width, int height, long seed) {
        Random rnd = new Random(seed);
        float[] p = new float[width * height];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (100 * rnd.nextDouble());
        }
        return new GrayImage(width, height, p, ImageCalibration.NONE);
    }

    /** max |a − b| over the pixels. */
    static double maxDifference(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    /** max − min of the pixels. */
    static double range(GrayImage g) {
        double[] r = g.range();
        return r[1] - r[0];
    }
}
