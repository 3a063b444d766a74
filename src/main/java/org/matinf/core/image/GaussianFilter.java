package org.matinf.core.image;

/**
 * Gaussian blur, separable (rows, then columns), like ImageJ's <i>Process › Filters › Gaussian
 * Blur</i>: sigma in pixels (not calibrated units), pixels outside the image count as the nearest
 * edge pixel, and the kernel is cut where it falls below 10⁻⁴ of its peak (ImageJ: 2·10⁻⁴ for
 * 16- and 32-bit images) and normalised to sum 1. ImageJ smooths the cut-off of its kernel and
 * computes sigmas above 8.5 on a downscaled line; the results agree with ImageJ's to 2·10⁻⁵ of
 * the image range or better (σ 0.5–12, see ImageJFiltersTest).
 *
 * @param sigma standard deviation in pixels, positive
 */
public record GaussianFilter(double sigma) implements PreprocessingStep {

    /** Relative kernel value at which the kernel is cut. */
    static final double ACCURACY = 1e-4;

    /** @throws IllegalArgumentException if sigma is not positive and finite */
    public GaussianFilter {
        RecipeNumbers.positive("gaussian sigma", sigma);
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
        if (sigma > Math.max(image.width(), image.height())) {
            throw new IllegalArgumentException("gaussian sigma " + RecipeNumbers.format(sigma) + " is larger than the image ("
                    + RecipeNumbers.size(image) + ")");
        }
    }

    /** One half of the normalised kernel: k[0] is the centre, k[i] the weight at distance i. */
    float[] kernel() {
        int radius = (int) Math.ceil(sigma * Math.sqrt(-2 * Math.log(ACCURACY))) + 1;
        double[] k = new double[radius];
        double sum = 0;
        for (int i = 0; i < radius; i++) {
            k[i] = Math.exp(-0.5 * i * i / (sigma * sigma));
            sum += i == 0 ? k[i] : 2 * k[i];
        }
        float[] out = new float[radius];
        for (int i = 0; i < radius; i++) {
            out[i] = (float) (k[i] / sum);
        }
        return out;
    }

    @Override
    public GrayImage apply(GrayImage image) {
        check(image);
        image.requireFinite(null, 0);
        int width = image.width();
        int height = image.height();
        float[] k = kernel();
        float[] rows = new float[width * height];
        float[] in = image.pixels();
        long work = (long) in.length * k.length;
        ImageRows.forEach(height, work, y -> convolve(in, y * width, 1, width, k, rows));
        float[] out = new float[width * height];
        ImageRows.forEach(width, work, x -> convolve(rows, x, width, height, k, out));
        return image.withPixels(out);
    }

    /** Convolves one line (start, step, length) of {@code in} into the same places of {@code out}. */
    private static void convolve(float[] in, int start, int step, int length, float[] k, float[] out) {
        float[] line = new float[length];
        for (int i = 0; i < length; i++) {
            line[i] = in[start + i * step];
        }
        int last = length - 1;
        for (int i = 0; i < length; i++) {
            double sum = k[0] * line[i];
            for (int j = 1; j < k.length; j++) {
                int left = i - j < 0 ? 0 : i - j;
                int right = i + j > last ? last : i + j;
                sum += k[j] * ((double) line[left] + line[right]);
            }
            out[start + i * step] = (float) sum;
        }
    }

    @Override
    public String describe() {
        return "gaussian sigma=" + RecipeNumbers.format(sigma);
    }
}
