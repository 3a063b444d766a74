package org.matinf.core.diffraction.pattern;

import java.util.Locale;
import org.matinf.core.image.GrayImage;

/** Checks of the input that the pattern measurements share, with messages that say what to do. */
final class PatternChecks {
    private PatternChecks() {
    }

    /**
     * @throws IllegalArgumentException if a pixel is NaN or infinite, or all pixels are equal
     */
    static void requirePattern(GrayImage image) {
        requireFinite(image);
        double[] range = image.range();
        if (!(range[1] > range[0])) {
            throw new IllegalArgumentException("the image is flat (every pixel is " + (float) range[0]
                    + "): there is no diffraction pattern in it");
        }
    }

    /** @throws IllegalArgumentException if a pixel is NaN or infinite */
    static void requireFinite(GrayImage image) {
        int bad = image.firstNonFinite();
        if (bad >= 0) {
            throw new IllegalArgumentException("pixel (" + bad % image.width() + ", " + bad / image.width() + ") is "
                    + image.pixels()[bad] + "; replace NaN/infinite pixels first (e.g. Process>Math>Remove NaNs)");
        }
    }

    /**
     * @throws IllegalArgumentException if the centre is not a finite point inside the image
     *     (pixel centres at integer coordinates, from −0.5 to width − 0.5)
     */
    static void requireInside(GrayImage image, double x, double y) {
        if (!(x >= -0.5 && x <= image.width() - 0.5 && y >= -0.5 && y <= image.height() - 0.5)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the centre (%.2f, %.2f) is outside the %d x %d image", x, y, image.width(), image.height()));
        }
    }

    /** @throws IllegalArgumentException unless the value is a positive finite number */
    static double positive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + value);
        }
        return value;
    }
}
