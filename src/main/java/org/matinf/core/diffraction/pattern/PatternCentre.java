package org.matinf.core.diffraction.pattern;

import java.util.Locale;
import org.matinf.core.image.GrayImage;

/**
 * The centre of a diffraction pattern, where the undiffracted beam meets the detector, in pixel
 * coordinates with the centre of the first pixel at (0, 0) and y downwards (as the pixel numbers
 * of ImageJ's status bar; ImageJ's Measure reports such coordinates + 0.5).
 *
 * @param x column coordinate in pixels (sub-pixel)
 * @param y row coordinate in pixels (sub-pixel)
 * @param score the correlation (−1 … 1) of the image with itself turned by 180° about the
 *     centre: near 1 for a clean centrosymmetric pattern, low when the centre or the pattern is poor
 * @param method how it was found
 */
public record PatternCentre(double x, double y, double score, Method method) {

    /** How the centre is found. */
    public enum Method {
        /** Centroid of the brightest blob, the direct beam ({@link DirectBeamCentre}). */
        DIRECT_BEAM("direct-beam"),
        /** Best 180° rotational (Friedel) symmetry ({@link FriedelCentre}). */
        FRIEDEL("friedel");

        private final String key;

        Method(String key) {
            this.key = key;
        }

        /** The name used in macros: "direct-beam" or "friedel". */
        public String key() {
            return key;
        }

        /** Parses "direct-beam" or "friedel" (case-insensitive; '_' or ' ' for '-'). */
        public static Method parse(String text) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            for (Method m : values()) {
                if (m.key.equals(t)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown centre method '" + text + "' (use direct-beam or friedel)");
        }
    }

    /**
     * Finds the centre of a pattern by the given method.
     *
     * @throws IllegalArgumentException for NaN pixels, a flat image or an image too small
     */
    public static PatternCentre find(GrayImage image, Method method) {
        return method == Method.DIRECT_BEAM ? DirectBeamCentre.find(image) : FriedelCentre.find(image);
    }

    /** The Friedel correlation of an image about a centre (the {@link #score}), on the half-pixel grid. */
    public static double score(GrayImage image, double x, double y) {
        FriedelCorrelation c = new FriedelCorrelation(image.width(), image.height(), image.pixels());
        return c.at((int) Math.round(2 * x), (int) Math.round(2 * y));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PatternCentre(%.3f, %.3f, score %.4f, %s)", x, y, score, method.key());
    }
}
