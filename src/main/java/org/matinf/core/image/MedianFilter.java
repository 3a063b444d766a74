package org.matinf.core.image;

/**
 * Median filter with a circular neighbourhood, the same kernel as ImageJ's
 * <i>Process › Filters › Median</i> (RankFilters): radius 1 is the 3 × 3 square, radius 2 a
 * 5 × 5 disc of 21 pixels, and so on; pixels outside the image count as the nearest edge pixel.
 * For finite pixels the result equals ImageJ's exactly.
 *
 * @param radius kernel radius in pixels, 0.5 to 100
 */
public record MedianFilter(double radius) implements PreprocessingStep {

    /** Largest radius accepted (about 31,000 pixels per median). */
    public static final double MAX_RADIUS = 100;

    /** @throws IllegalArgumentException for a radius below 0.5, above 100 or not a number */
    public MedianFilter {
        if (!(radius >= 0.5 && radius <= MAX_RADIUS)) {
            throw new IllegalArgumentException("median radius must be between 0.5 and " + RecipeNumbers.format(MAX_RADIUS)
                    + " pixels, got " + radius);
        }
    }

    @Override
    public Stage stage() {
        return Stage.DENOISE;
    }

    @Override
    public boolean needsFinitePixels() {
        return true;
    }

    @Override
    public void check(GrayImage image) {
        if (halfWidths().length / 2 >= Math.max(image.width(), image.height())) {
            throw new IllegalArgumentException("median radius " + RecipeNumbers.format(radius) + " is larger than the image ("
                    + RecipeNumbers.size(image) + ")");
        }
    }

    /**
     * The kernel as half-widths of its rows: row dy (from −r to r, index dy + r) covers dx from
     * −w to w. Same rounding as ImageJ (radii just above 1.5 and 2.5 give the sizes of its older
     * filters).
     */
    int[] halfWidths() {
        double r = radius;
        if (r >= 1.5 && r < 1.75) {
            r = 1.75;
        } else if (r >= 2.5 && r < 2.85) {
            r = 2.85;
        }
        int r2 = (int) (r * r) + 1;
        int kr = (int) Math.sqrt(r2 + 1e-10);
        int[] w = new int[2 * kr + 1];
        for (int dy = -kr; dy <= kr; dy++) {
            w[dy + kr] = (int) Math.sqrt(r2 - dy * dy + 1e-10);
        }
        return w;
    }

    @Override
    public GrayImage apply(GrayImage image) {
        check(image);
        image.requireFinite(null, 0);
        int width = image.width();
        int height = image.height();
        int[] w = halfWidths();
        int kr = w.length / 2;
        int n = 0;
        for (int hw : w) {
            n += 2 * hw + 1;
        }
        int count = n;
        float[] in = image.pixels();
        float[] out = new float[in.length];
        ImageRows.forEach(height, (long) in.length * count, y -> {
            float[] buffer = new float[count];
            for (int x = 0; x < width; x++) {
                int k = 0;
                for (int dy = -kr; dy <= kr; dy++) {
                    int row = Math.min(Math.max(y + dy, 0), height - 1) * width;
                    int hw = w[dy + kr];
                    for (int dx = -hw; dx <= hw; dx++) {
                        buffer[k++] = in[row + Math.min(Math.max(x + dx, 0), width - 1)];
                    }
                }
                out[y * width + x] = Quantiles.median(buffer, count);
            }
        });
        return image.withPixels(out);
    }

    @Override
    public String describe() {
        return "median r=" + RecipeNumbers.format(radius);
    }
}
