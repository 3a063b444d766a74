package org.matinf.core.diffraction.pattern;

/**
 * How well an image agrees with itself turned by 180° about a point: the Pearson correlation of
 * I(p) and I(2c − p) over the pixels p for which both lie inside the image. A diffraction pattern
 * is centrosymmetric about its centre (Friedel's law, in the kinematic approximation), so this is
 * 1 there for a perfect pattern and lower elsewhere.
 *
 * <p>The point is given doubled, s = 2c, in integers, so that the turned image falls exactly on
 * pixels (c on a half-pixel grid) and no interpolation blurs it. The pixels of the overlap are
 * the same set before and after the turn, so their sum and sum of squares are those of a
 * rectangle, read from summed-area tables; only the product sum is looped over.
 */
final class FriedelCorrelation {
    final int width;
    final int height;
    private final float[] v;
    /** Summed-area tables of v and v², (width + 1) × (height + 1). */
    private final double[] sum;
    private final double[] sumSq;

    FriedelCorrelation(int width, int height, float[] values) {
        this.width = width;
        this.height = height;
        this.v = values;
        int stride = width + 1;
        sum = new double[stride * (height + 1)];
        sumSq = new double[stride * (height + 1)];
        for (int y = 0; y < height; y++) {
            double row = 0;
            double rowSq = 0;
            for (int x = 0; x < width; x++) {
                double p = values[y * width + x];
                row += p;
                rowSq += p * p;
                sum[(y + 1) * stride + x + 1] = sum[y * stride + x + 1] + row;
                sumSq[(y + 1) * stride + x + 1] = sumSq[y * stride + x + 1] + rowSq;
            }
        }
    }

    /** This image averaged over 2 × 2 blocks (a last odd row or column is dropped). */
    FriedelCorrelation halved() {
        int w = width / 2;
        int h = height / 2;
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = 2 * y * width + 2 * x;
                out[y * w + x] = 0.25f * (v[i] + v[i + 1] + v[i + width] + v[i + width + 1]);
            }
        }
        return new FriedelCorrelation(w, h, out);
    }

    /** Pixels of the overlap along x for the doubled centre sx (0 when there is none). */
    int overlapX(int sx) {
        return Math.max(0, width - Math.abs(sx - (width - 1)));
    }

    /** Pixels of the overlap along y for the doubled centre sy. */
    int overlapY(int sy) {
        return Math.max(0, height - Math.abs(sy - (height - 1)));
    }

    /** The correlation for the centre (sx / 2, sy / 2); NaN if the overlap is empty or flat. */
    double at(int sx, int sy) {
        int x0 = Math.max(0, sx - (width - 1));
        int x1 = Math.min(width - 1, sx);
        int y0 = Math.max(0, sy - (height - 1));
        int y1 = Math.min(height - 1, sy);
        if (x1 < x0 || y1 < y0) {
            return Double.NaN;
        }
        double n = (double) (x1 - x0 + 1) * (y1 - y0 + 1);
        double s = rectangle(sum, x0, y0, x1, y1);
        double variance = rectangle(sumSq, x0, y0, x1, y1) - s * s / n;
        if (!(variance > 1e-12 * Math.abs(rectangle(sumSq, x0, y0, x1, y1)))) {
            return Double.NaN;
        }
        double cross = 0;
        for (int y = y0; y <= y1; y++) {
            int row = y * width;
            int mirror = (sy - y) * width + sx;
            double line = 0;
            for (int x = x0; x <= x1; x++) {
                line += v[row + x] * v[mirror - x];
            }
            cross += line;
        }
        return (cross - s * s / n) / variance;
    }

    private double rectangle(double[] table, int x0, int y0, int x1, int y1) {
        int stride = width + 1;
        return table[(y1 + 1) * stride + x1 + 1] - table[y0 * stride + x1 + 1] - table[(y1 + 1) * stride + x0]
                + table[y0 * stride + x0];
    }
}
