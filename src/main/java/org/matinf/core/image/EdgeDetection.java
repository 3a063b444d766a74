package org.matinf.core.image;

import java.util.ArrayDeque;

/**
 * Edges of diffraction discs, Laue zones, shadows and particles.
 * <ul>
 * <li>Sobel: the gradient magnitude √(gx² + gy²), with the Sobel sums divided by 8 so that it is
 *     the intensity change per pixel (a ramp 3x + 4y gives 5); pixels outside the image repeat the
 *     edge. {@link #sobelEdges} thresholds it into a binary map.</li>
 * <li>Canny: Gaussian smoothing ({@link GaussianFilter}, sigma in pixels, 0 = none), Sobel
 *     gradient, non-maximum suppression along the gradient direction (magnitudes interpolated
 *     between neighbours), then hysteresis: pixels at or above {@code high} start edges, which
 *     grow through 8-connected pixels at or above {@code low}. The result is a one-pixel-wide
 *     boundary map.</li>
 * </ul>
 * Binary maps hold 0 and 255. Thresholds are either absolute (intensity per pixel) or fractions of
 * the image's largest gradient magnitude. NaN or infinite pixels are refused.
 */
public final class EdgeDetection {
    private static final float EDGE = 255f;

    private EdgeDetection() {
    }

    /** The Sobel gradient of an image: x and y components and the magnitude. */
    record Gradient(float[] gx, float[] gy, float[] magnitude, float max) {
    }

    /** The Sobel gradient magnitude, intensity per pixel. */
    public static GrayImage sobel(GrayImage image) {
        image.requireFinite(null, 0);
        return image.withPixels(gradient(image).magnitude());
    }

    /**
     * Pixels whose Sobel gradient magnitude reaches the threshold (255), the others 0.
     *
     * @param threshold absolute (intensity per pixel) or, if {@code relative}, a fraction 0–1 of
     *     the largest magnitude
     */
    public static GrayImage sobelEdges(GrayImage image, double threshold, boolean relative) {
        image.requireFinite(null, 0);
        checkThresholds(threshold, threshold, relative);
        Gradient g = gradient(image);
        double t = relative ? threshold * g.max() : threshold;
        float[] m = g.magnitude();
        float[] out = new float[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i] >= t && m[i] > 0 ? EDGE : 0f;
        }
        return image.withPixels(out);
    }

    /**
     * Canny edge detection.
     *
     * @param sigma Gaussian smoothing in pixels (0 = none)
     * @param low lower hysteresis threshold
     * @param high upper hysteresis threshold, at least {@code low}
     * @param relative true if the thresholds are fractions (0–1) of the largest gradient magnitude
     * @throws IllegalArgumentException for negative or unordered thresholds, a negative sigma or
     *     one larger than the image
     */
    public static GrayImage canny(GrayImage image, double sigma, double low, double high, boolean relative) {
        image.requireFinite(null, 0);
        checkThresholds(low, high, relative);
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("canny sigma must be 0 or positive, got " + sigma);
        }
        GrayImage smooth = sigma > 0 ? new GaussianFilter(sigma).apply(image) : image;
        Gradient g = gradient(smooth);
        float[] thin = suppressNonMaxima(g, image.width(), image.height());
        double scale = relative ? g.max() : 1;
        return image.withPixels(hysteresis(thin, image.width(), image.height(), low * scale, high * scale));
    }

    private static void checkThresholds(double low, double high, boolean relative) {
        if (!(low >= 0) || !(high >= low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("edge thresholds must satisfy 0 <= low <= high, got low=" + low + ", high=" + high);
        }
        if (relative && high > 1) {
            throw new IllegalArgumentException("relative edge thresholds are fractions of the largest gradient (0 to 1), got high="
                    + high);
        }
    }

    static Gradient gradient(GrayImage image) {
        int width = image.width();
        int height = image.height();
        float[] p = image.pixels();
        float[] gx = new float[p.length];
        float[] gy = new float[p.length];
        float[] mag = new float[p.length];
        ImageRows.forEach(height, (long) p.length * 12, y -> {
            int up = Math.max(y - 1, 0) * width;
            int mid = y * width;
            int down = Math.min(y + 1, height - 1) * width;
            for (int x = 0; x < width; x++) {
                int l = Math.max(x - 1, 0);
                int r = Math.min(x + 1, width - 1);
                double dx = (p[up + r] - (double) p[up + l]) + 2 * (p[mid + r] - (double) p[mid + l]) + (p[down + r] - (double) p[down + l]);
                double dy = (p[down + l] - (double) p[up + l]) + 2 * (p[down + x] - (double) p[up + x]) + (p[down + r] - (double) p[up + r]);
                gx[mid + x] = (float) (dx / 8);
                gy[mid + x] = (float) (dy / 8);
                mag[mid + x] = (float) (Math.hypot(dx, dy) / 8);
            }
        });
        float max = 0;
        for (float m : mag) {
            max = Math.max(max, m);
        }
        return new Gradient(gx, gy, mag, max);
    }

    /**
     * Keeps a pixel if its magnitude is a maximum along the gradient direction: not below the
     * interpolated magnitude one pixel ahead and above the one a pixel behind (so of two equal
     * neighbours exactly one stays).
     */
    private static float[] suppressNonMaxima(Gradient g, int width, int height) {
        float[] m = g.magnitude();
        float[] out = new float[m.length];
        ImageRows.forEach(height, (long) m.length * 20, y -> {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                float v = m[i];
                if (v <= 0) {
                    continue;
                }
                double ux = g.gx()[i] / v;
                double uy = g.gy()[i] / v;
                double ahead = sample(m, width, height, x + ux, y + uy);
                double behind = sample(m, width, height, x - ux, y - uy);
                if (v >= ahead && v > behind) {
                    out[i] = v;
                }
            }
        });
        return out;
    }

    /** Bilinear interpolation of m at (x, y), coordinates clamped to the image. */
    private static double sample(float[] m, int width, int height, double x, double y) {
        double cx = Math.min(Math.max(x, 0), width - 1);
        double cy = Math.min(Math.max(y, 0), height - 1);
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(x0 + 1, width - 1);
        int y1 = Math.min(y0 + 1, height - 1);
        double tx = cx - x0;
        double ty = cy - y0;
        double top = m[y0 * width + x0] * (1 - tx) + m[y0 * width + x1] * tx;
        double bottom = m[y1 * width + x0] * (1 - tx) + m[y1 * width + x1] * tx;
        return top * (1 - ty) + bottom * ty;
    }

    private static float[] hysteresis(float[] thin, int width, int height, double low, double high) {
        float[] out = new float[thin.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < thin.length; i++) {
            if (thin[i] > 0 && thin[i] >= high) {
                out[i] = EDGE;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            int x = i % width;
            int y = i / width;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= width || ny >= height) {
                        continue;
                    }
                    int n = ny * width + nx;
                    if (out[n] == 0 && thin[n] > 0 && thin[n] >= low) {
                        out[n] = EDGE;
                        queue.add(n);
                    }
                }
            }
        }
        return out;
    }
}
