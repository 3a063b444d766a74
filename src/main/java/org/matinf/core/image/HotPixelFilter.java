package org.matinf.core.image;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Replaces hot (and dead) pixels by the median m of their 3 × 3 neighbourhood (edges repeated).
 * A pixel is hot when |pixel − m| exceeds k·σ, where σ = 1.4826·MAD is the noise level a median
 * absolute deviation stands for (for Gaussian noise, σ itself). The MAD is that of the pixel's
 * neighbourhood (the median of |value − m| over its 9 values), but at least the image's MAD (the
 * median over all pixels of |pixel − its m|). The local part keeps sharp Bragg spots, whose
 * neighbours are bright as well; the image-wide floor keeps flat areas, where the local MAD is 0,
 * from making every small deviation hot. Where the image's MAD is 0 (mostly empty patterns) its
 * mean absolute deviation is the floor instead; an image without any deviation is returned
 * unchanged. The price of keeping spots: a dead pixel in the middle of a sharp, bright spot is
 * found only if it deviates by more than k times the spread of the spot's own 3 × 3 values.
 *
 * @param k threshold in noise σ (1.4826 MAD), positive; 5 is a good start
 */
public record HotPixelFilter(double k) implements PreprocessingStep {

    /** σ of Gaussian noise per MAD. */
    public static final double SIGMA_PER_MAD = 1.4826;

    /** The filtered image, how many pixels were replaced, and the image-wide MAD (or its fallback). */
    public record Result(GrayImage image, int replaced, double mad) {
    }

    /** @throws IllegalArgumentException if k is not positive and finite */
    public HotPixelFilter {
        RecipeNumbers.positive("hot pixel threshold k", k);
    }

    @Override
    public Stage stage() {
        return Stage.HOT_PIXELS;
    }

    @Override
    public boolean needsFinitePixels() {
        return true;
    }

    /** Removes the hot pixels. */
    public Result filter(GrayImage image) {
        image.requireFinite(null, 0);
        int width = image.width();
        int height = image.height();
        float[] in = image.pixels();
        float[] median = new float[in.length];
        float[] localMad = new float[in.length];
        ImageRows.forEach(height, (long) in.length * 40, y -> {
            float[] window = new float[9];
            for (int x = 0; x < width; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int row = Math.min(Math.max(y + dy, 0), height - 1) * width;
                    for (int dx = -1; dx <= 1; dx++) {
                        window[k++] = in[row + Math.min(Math.max(x + dx, 0), width - 1)];
                    }
                }
                float m = Quantiles.median(window, 9);
                for (int j = 0; j < 9; j++) {
                    window[j] = Math.abs(window[j] - m);
                }
                median[y * width + x] = m;
                localMad[y * width + x] = Quantiles.median(window, 9);
            }
        });
        float[] deviation = new float[in.length];
        double sum = 0;
        for (int i = 0; i < in.length; i++) {
            deviation[i] = Math.abs(in[i] - median[i]);
            sum += deviation[i];
        }
        double mad = Quantiles.median(deviation.clone(), deviation.length);
        if (mad == 0) {
            mad = sum / in.length;
        }
        float[] out = in.clone();
        int replaced = 0;
        if (mad > 0) {
            for (int i = 0; i < in.length; i++) {
                if (deviation[i] > k * SIGMA_PER_MAD * Math.max(mad, localMad[i])) {
                    out[i] = median[i];
                    replaced++;
                }
            }
        }
        return new Result(image.withPixels(out), replaced, mad);
    }

    @Override
    public GrayImage apply(GrayImage image) {
        return filter(image).image();
    }

    @Override
    public GrayImage apply(GrayImage image, Consumer<String> notes) {
        Result r = filter(image);
        notes.accept(String.format(Locale.ROOT, "hot pixels replaced: %d (deviation > %s sigma; image MAD = %.4g)", r.replaced(),
                RecipeNumbers.format(k), r.mad()));
        return r.image();
    }

    @Override
    public String describe() {
        return "hotpixels k=" + RecipeNumbers.format(k);
    }
}
