package org.matinf.core.render;

/**
 * A picture as opaque ARGB pixels, row by row from the top left.
 *
 * @param width pixels per row
 * @param height rows
 * @param argb the pixels, {@code width * height} values
 */
public record RgbImage(int width, int height, int[] argb) {

    /** Checks the size. */
    public RgbImage {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " image needs " + width * height + " pixels, got "
                    + argb.length);
        }
    }

    /** The pixel in column x, row y. */
    public int pixel(int x, int y) {
        return argb[y * width + x];
    }
}
