package org.matinf.core.image;

/**
 * Intensity normalisation over the finite pixels (NaN stays NaN):
 * <ul>
 * <li>{@code MIN_MAX}: linear map of [min, max] onto [0, 1];</li>
 * <li>{@code Z_SCORE}: subtract the mean, divide by the (population) standard deviation;</li>
 * <li>{@code PERCENTILE}: clip to the p_low-th and p_high-th percentiles (linear interpolation
 *     between order statistics, as NumPy) and map that range onto [0, 1] — robust to the direct
 *     beam and hot pixels.</li>
 * </ul>
 * A constant image (zero range or deviation) becomes all 0.
 *
 * @param kind which normalisation
 * @param pLow lower percentile (0–100), used by {@code PERCENTILE} only
 * @param pHigh upper percentile (0–100), above {@code pLow}, used by {@code PERCENTILE} only
 */
public record Normalisation(Kind kind, double pLow, double pHigh) implements PreprocessingStep {

    /** The normalisations. */
    public enum Kind {
        MIN_MAX("min-max"), Z_SCORE("z-score"), PERCENTILE("percentile");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** The name in recipes and macros: min-max, z-score, percentile. */
        public String text() {
            return text;
        }
    }

    /** @throws IllegalArgumentException for percentiles outside 0–100 or not increasing */
    public Normalisation {
        if (kind == null) {
            throw new IllegalArgumentException("no normalisation kind given");
        }
        if (kind != Kind.PERCENTILE) {
            pLow = 0;
            pHigh = 100;
        } else if (!(pLow >= 0 && pHigh <= 100 && pLow < pHigh)) {
            throw new IllegalArgumentException("percentiles must satisfy 0 <= p_low < p_high <= 100, got p_low=" + pLow
                    + ", p_high=" + pHigh);
        }
    }

    /** Min–max to [0, 1]. */
    public static Normalisation minMax() {
        return new Normalisation(Kind.MIN_MAX, 0, 100);
    }

    /** Mean 0, standard deviation 1. */
    public static Normalisation zScore() {
        return new Normalisation(Kind.Z_SCORE, 0, 100);
    }

    /** Clip to the percentiles and map to [0, 1]. */
    public static Normalisation percentile(double pLow, double pHigh) {
        return new Normalisation(Kind.PERCENTILE, pLow, pHigh);
    }

    @Override
    public Stage stage() {
        return Stage.NORMALISE;
    }

    @Override
    public GrayImage apply(GrayImage image) {
        float[] in = image.pixels();
        double offset;
        double scale;
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        switch (kind) {
            case MIN_MAX -> {
                double[] range = image.range();
                offset = range[0];
                scale = range[1] - range[0];
            }
            case Z_SCORE -> {
                double sum = 0;
                long n = 0;
                for (float v : in) {
                    if (Float.isFinite(v)) {
                        sum += v;
                        n++;
                    }
                }
                double mean = sum / n;
                double ss = 0;
                for (float v : in) {
                    if (Float.isFinite(v)) {
                        ss += (v - mean) * (v - mean);
                    }
                }
                offset = mean;
                scale = Math.sqrt(ss / n);
            }
            default -> {
                float[] sorted = Quantiles.sortedFinite(in);
                lo = Quantiles.percentile(sorted, pLow);
                hi = Quantiles.percentile(sorted, pHigh);
                offset = lo;
                scale = hi - lo;
            }
        }
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            float v = in[i];
            if (Float.isNaN(v)) {
                out[i] = Float.NaN;
            } else if (!(scale > 0)) {
                out[i] = 0;
            } else {
                out[i] = (float) ((Math.min(Math.max(v, lo), hi) - offset) / scale);
            }
        }
        return image.withPixels(out);
    }

    @Override
    public String describe() {
        return "normalise " + kind.text()
                + (kind == Kind.PERCENTILE ? " " + RecipeNumbers.format(pLow) + "-" + RecipeNumbers.format(pHigh) : "");
    }
}
