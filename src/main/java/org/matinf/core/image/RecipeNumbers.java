package org.matinf.core.image;

import java.math.BigDecimal;

/** Numbers in recipe texts: the shortest decimal that reads back as the same double. */
final class RecipeNumbers {
    private RecipeNumbers() {
    }

    static String format(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A positive, finite parameter; the message names it. */
    static double positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a positive number, got " + format0(v));
        }
        return v;
    }

    /** A finite parameter. */
    static double finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + v);
        }
        return v;
    }

    private static String format0(double v) {
        return Double.isFinite(v) ? format(v) : Double.toString(v);
    }

    /** "64 x 48 pixels", for messages. */
    static String size(GrayImage image) {
        return image.width() + " x " + image.height() + " pixels";
    }
}
