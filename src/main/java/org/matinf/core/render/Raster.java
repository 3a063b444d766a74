package org.matinf.core.render;

import java.util.Arrays;

/** The supersampled drawing surface: colours and the depth of what each sample shows. */
final class Raster {
    final int width;
    final int height;
    final int samplesPerPixel;
    final int[] rgb;
    final double[] depth;

    Raster(int width, int height, int samplesPerPixel, int background) {
        this.width = width;
        this.height = height;
        this.samplesPerPixel = samplesPerPixel;
        this.rgb = new int[width * height];
        this.depth = new double[width * height];
        Arrays.fill(rgb, background);
        Arrays.fill(depth, Double.POSITIVE_INFINITY);
    }

    /** The picture: each pixel the mean of its samplesPerPixel² samples. */
    RgbImage downsampled(int k) {
        int w = width / k;
        int h = height / k;
        int[] out = new int[w * h];
        int n = k * k;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int sy = 0; sy < k; sy++) {
                    for (int sx = 0; sx < k; sx++) {
                        int c = rgb[(y * k + sy) * width + x * k + sx];
                        r += c >> 16 & 0xFF;
                        g += c >> 8 & 0xFF;
                        b += c & 0xFF;
                    }
                }
                out[y * w + x] = 0xFF000000 | (r + n / 2) / n << 16 | (g + n / 2) / n << 8 | (b + n / 2) / n;
            }
        }
        return new RgbImage(w, h, out);
    }
}
