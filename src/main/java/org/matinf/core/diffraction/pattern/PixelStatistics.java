package org.matinf.core.diffraction.pattern;

import java.util.Arrays;
import org.matinf.core.image.GrayImage;

/** Gaussian smoothing, medians and the noise level of images, for the pattern measurements. */
final class PixelStatistics {
    /** 1.4826 turns a median absolute deviation into a normal standard deviation. */
    private static final double MAD_TO_SIGMA = 1.4826;

    private PixelStatistics() {
    }

    /**
     * The image convolved with a normalised Gaussian of standard deviation {@code sigma} pixels
     * (separable, ±3σ). At the borders the kernel is renormalised over the pixels inside the image,
     * so a constant image stays constant and nothing is shifted.
     */
    static float[] gaussian(GrayImage image, double sigma) {
        int w = image.width();
        int h = image.height();
        int radius = Math.max(1, (int) Math.ceil(3 * sigma));
        double[] kernel = new double[2 * radius + 1];
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-0.5 * i * i / (sigma * sigma));
        }
        float[] src = image.pixels();
        float[] rows = new float[src.length];
        for (int y = 0; y < h; y++) {
            convolveLine(src, y * w, 1, w, kernel, radius, rows);
        }
        float[] out = new float[src.length];
        for (int x = 0; x < w; x++) {
            convolveLine(rows, x, w, h, kernel, radius, out);
        }
        return out;
    }

    private static void convolveLine(float[] in, int start, int stride, int n, double[] kernel, int radius, float[] out) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double weight = 0;
            for (int j = Math.max(0, i - radius), end = Math.min(n - 1, i + radius); j <= end; j++) {
                double k = kernel[j - i + radius];
                sum += k * in[start + j * stride];
                weight += k;
            }
            out[start + i * stride] = (float) (sum / weight);
        }
    }

    /** The median of the values (not changed). */
    static double median(float[] values) {
        float[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    /** The median of the first {@code n} values (sorted in place). */
    static double median(double[] values, int n) {
        Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    }

    /**
     * The standard deviation of the pixel noise, robust against the pattern itself: the median
     * absolute difference of horizontally neighbouring pixels, × 1.4826 / √2.
     */
    static double noise(GrayImage image) {
        int w = image.width();
        int h = image.height();
        if (w < 2) {
            return 0;
        }
        float[] p = image.pixels();
        float[] diff = new float[(w - 1) * h];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w - 1; x++) {
                diff[n++] = Math.abs(p[y * w + x + 1] - p[y * w + x]);
            }
        }
        return median(diff) * MAD_TO_SIGMA / Math.sqrt(2);
    }
}
