package org.matinf.core.dataset;

/**
 * A separable Gaussian blur of a row-major float image: a kernel sampled at whole pixels out to
 * 4σ, normalised to sum 1, with the edge pixels repeated beyond the border (as ImageJ's Gaussian
 * Blur), so the mean intensity of a flat image is kept.
 */
final class GaussianSmoothing {
    private final double[] kernel;
    private final int radius;

    /** @param sigma standard deviation in pixels, &gt; 0 */
    GaussianSmoothing(double sigma) {
        radius = Math.max(1, (int) Math.ceil(4 * sigma));
        kernel = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = StrictMath.exp(-0.5 * i * i / (sigma * sigma));
            sum += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= sum;
        }
    }

    /** The blurred image, as a new array. */
    float[] blur(float[] pixels, int width, int height) {
        double[] line = new double[Math.max(width, height) + 2 * radius];
        float[] rows = new float[pixels.length];
        for (int y = 0; y < height; y++) {
            pass(pixels, rows, y * width, 1, width, line);
        }
        float[] out = new float[pixels.length];
        for (int x = 0; x < width; x++) {
            pass(rows, out, x, width, height, line);
        }
        return out;
    }

    /**
     * Convolves one line of {@code n} pixels starting at {@code start} with stride {@code step},
     * through {@code line}, a copy padded with the edge values.
     */
    private void pass(float[] in, float[] out, int start, int step, int n, double[] line) {
        for (int i = -radius; i < n + radius; i++) {
            line[i + radius] = in[start + Math.min(n - 1, Math.max(0, i)) * step];
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < kernel.length; k++) {
                s += kernel[k] * line[i + k];
            }
            out[start + i * step] = (float) s;
        }
    }
}
