package org.matinf.core.orientation;

import org.matinf.core.image.RgbImage;

/**
 * A map of crystal orientations on a rectangular grid (EBSD scan, simulation), row-major with x
 * fastest; pixels without an orientation are null. Read from CSV by {@link OrientationCsv}.
 */
public final class OrientationMap {
    private final int width;
    private final int height;
    private final Orientation[] pixels;

    /**
     * @throws IllegalArgumentException if the array does not have width × height entries
     */
    public OrientationMap(int width, int height, Orientation[] pixels) {
        if (width <= 0 || height <= 0 || pixels.length != (long) width * height) {
            throw new IllegalArgumentException(pixels.length + " orientations do not make a " + width + " x " + height + " map");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The orientation at (x, y), or null where the map has none. */
    public Orientation get(int x, int y) {
        return pixels[y * width + x];
    }

    /** Number of pixels that hold an orientation. */
    public int count() {
        int n = 0;
        for (Orientation o : pixels) {
            n += o == null ? 0 : 1;
        }
        return n;
    }

    /** The inverse pole figure map for a sample direction (see {@link IpfColourKey}); black where there is no orientation. */
    public RgbImage ipf(IpfColourKey key, double[] sampleDirection) {
        int[] rgb = new int[pixels.length];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = pixels[i] == null ? 0 : key.rgb(pixels[i], sampleDirection);
        }
        return new RgbImage(width, height, rgb);
    }
}
