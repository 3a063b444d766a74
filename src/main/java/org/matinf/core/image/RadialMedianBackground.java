package org.matinf.core.image;

/**
 * Background of a pattern with rotational symmetry about its centre (the diffuse halo of a
 * diffraction pattern): pixels are grouped into rings of the given width by their distance from
 * the centre; each ring's background is the median of its intensities, placed at the median
 * distance of its pixels; the background at a pixel is interpolated linearly in distance between
 * the rings (constant beyond the first and last). Sharp spots and rings narrower than half a ring
 * barely move the median. NaN pixels are treated as missing: left out of the medians and left NaN.
 *
 * @param centre the pattern centre, or null for the image centre
 * @param ringWidth width of a ring in pixels, positive (1 = one ring per pixel of radius)
 */
public record RadialMedianBackground(PixelPoint centre, double ringWidth) implements BackgroundSubtraction {

    /** @throws IllegalArgumentException if the ring width is not positive and finite */
    public RadialMedianBackground {
        RecipeNumbers.positive("ring width", ringWidth);
    }

    /** Rings one pixel wide about {@code centre} (null: the image centre). */
    public RadialMedianBackground(PixelPoint centre) {
        this(centre, 1);
    }

    /** The radial background itself. */
    @Override
    public GrayImage background(GrayImage image) {
        PixelPoint c = PixelPoint.orImageCentre(centre, image);
        int width = image.width();
        int height = image.height();
        float[] in = image.pixels();
        double[] r = new double[in.length];
        double rMax = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                r[y * width + x] = Math.hypot(x - c.x(), y - c.y());
                rMax = Math.max(rMax, r[y * width + x]);
            }
        }
        int rings = (int) (rMax / ringWidth) + 1;
        int[] count = new int[rings];
        for (int i = 0; i < in.length; i++) {
            if (Float.isFinite(in[i])) {
                count[ring(r[i], rings)]++;
            }
        }
        int[] start = new int[rings + 1];
        for (int k = 0; k < rings; k++) {
            start[k + 1] = start[k] + count[k];
        }
        float[] values = new float[start[rings]];
        float[] distances = new float[start[rings]];
        int[] fill = start.clone();
        for (int i = 0; i < in.length; i++) {
            if (Float.isFinite(in[i])) {
                int k = ring(r[i], rings);
                values[fill[k]] = in[i];
                distances[fill[k]++] = (float) r[i];
            }
        }
        // ring medians at their median distances, empty rings skipped
        double[] at = new double[rings];
        double[] level = new double[rings];
        int n = 0;
        for (int k = 0; k < rings; k++) {
            int len = count[k];
            if (len == 0) {
                continue;
            }
            float[] v = java.util.Arrays.copyOfRange(values, start[k], start[k] + len);
            float[] d = java.util.Arrays.copyOfRange(distances, start[k], start[k] + len);
            level[n] = Quantiles.median(v, len);
            at[n++] = Quantiles.median(d, len);
        }
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) interpolate(at, level, n, r[i]);
        }
        return image.withPixels(out);
    }

    private int ring(double r, int rings) {
        return Math.min((int) (r / ringWidth), rings - 1);
    }

    private static double interpolate(double[] x, double[] y, int n, double at) {
        if (n == 0) {
            return Double.NaN;
        }
        if (at <= x[0]) {
            return y[0];
        }
        if (at >= x[n - 1]) {
            return y[n - 1];
        }
        int i = java.util.Arrays.binarySearch(x, 0, n, at);
        if (i >= 0) {
            return y[i];
        }
        int hi = -i - 1;
        double t = (at - x[hi - 1]) / (x[hi] - x[hi - 1]);
        return y[hi - 1] + t * (y[hi] - y[hi - 1]);
    }

    @Override
    public String describe() {
        return "background radial-median" + (centre == null ? "" : " centre=" + centre.text())
                + (ringWidth == 1 ? "" : " width=" + RecipeNumbers.format(ringWidth));
    }
}
