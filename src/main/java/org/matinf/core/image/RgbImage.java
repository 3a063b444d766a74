package org.matinf.core.image;

/**
 * A colour image: packed 0xRRGGBB ints in row-major order (x fastest), as ImageJ's ColorProcessor
 * holds them. The pixel array is shared, not copied.
 */
public final class RgbImage {
    private final int width;
    private final int height;
    private final int[] pixels;

    /**
     * @throws IllegalArgumentException if a dimension is not positive or the array has the wrong size
     */
    public RgbImage(int width, int height, int[] pixels) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty image (" + width + " x " + height + " pixels)");
        }
        if (pixels.length != (long) width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels do not make a " + width + " x " + height + " image");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel array itself (not a copy), 0xRRGGBB, row-major. */
    public int[] pixels() {
        return pixels;
    }

    /** The colour 0xRRGGBB at (x, y). */
    public int get(int x, int y) {
        return pixels[y * width + x];
    }
}
