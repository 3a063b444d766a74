package org.matinf.core.deep;

import java.util.SplittableRandom;
import org.matinf.core.image.GrayImage;

/**
 * The small random changes of a pattern used for test-time ensembling ({@link OrientationEnsemble}):
 * a sub-pixel shift of up to {@value #SHIFT} pixels in x and y (bilinear, edges repeated), a
 * contrast change (gamma within 1 ± {@value #GAMMA} on the pattern scaled to [0, 1]) and Gaussian
 * noise of σ = {@value #NOISE} of the pattern's range. Intensity scale and offset do not matter:
 * the network standardises every pattern.
 */
final class PatternPerturbation {
    /** Largest shift, pixels. */
    static final double SHIFT = 1.0;
    /** Largest change of gamma. */
    static final double GAMMA = 0.1;
    /** Noise σ as a fraction of the pattern's range. */
    static final double NOISE = 0.03;

    private PatternPerturbation() {
    }

    /** A perturbed copy of the pattern, drawn from {@code rng}. */
    static GrayImage apply(GrayImage pattern, SplittableRandom rng) {
        int w = pattern.width();
        int h = pattern.height();
        float[] in = pattern.pixels();
        double dx = (2 * rng.nextDouble() - 1) * SHIFT;
        double dy = (2 * rng.nextDouble() - 1) * SHIFT;
        double gamma = 1 + (2 * rng.nextDouble() - 1) * GAMMA;
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : in) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max > min ? max - min : 1;
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = (bilinear(in, w, h, x - dx, y - dy) - min) / range;
                out[y * w + x] = (float) (Math.pow(Math.max(0, v), gamma) + NOISE * rng.nextGaussian());
            }
        }
        return new GrayImage(w, h, out, pattern.calibration());
    }

    /** The pixels interpolated at (x, y), with the edge pixels repeated outside the image. */
    private static double bilinear(float[] p, int w, int h, double x, double y) {
        double cx = Math.max(0, Math.min(w - 1, x));
        double cy = Math.max(0, Math.min(h - 1, y));
        int x0 = (int) Math.floor(cx);
        int y0 = (int) Math.floor(cy);
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        double fx = cx - x0;
        double fy = cy - y0;
        double top = p[y0 * w + x0] * (1 - fx) + p[y0 * w + x1] * fx;
        double bottom = p[y1 * w + x0] * (1 - fx) + p[y1 * w + x1] * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
