package org.matinf.core.image;

import java.util.Arrays;

/**
 * A single-channel image of floats in row-major order (x fastest), with its pixel calibration.
 * The pixel array is shared, not copied: operations that change pixels say so, the others return
 * a new image.
 */
public final class GrayImage {
    private final int width;
    private final int height;
    private final float[] pixels;
    private final ImageCalibration calibration;

    /**
     * @throws IllegalArgumentException if a dimension is not positive or the array has the wrong size
     */
    public GrayImage(int width, int height, float[] pixels, ImageCalibration calibration) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty image (" + width + " x " + height + " pixels)");
        }
        if (pixels.length != (long) width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels do not make a " + width + " x " + height + " image");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.calibration = calibration == null ? ImageCalibration.NONE : calibration;
    }

    /** A new zero-filled image. */
    public static GrayImage blank(int width, int height, ImageCalibration calibration) {
        return new GrayImage(width, height, new float[width * height], calibration);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel array itself (not a copy), row-major. */
    public float[] pixels() {
        return pixels;
    }

    public ImageCalibration calibration() {
        return calibration;
    }

    /** The value at (x, y). */
    public float get(int x, int y) {
        return pixels[y * width + x];
    }

    /** Sets the value at (x, y). */
    public void set(int x, int y, float value) {
        pixels[y * width + x] = value;
    }

    /** A deep copy. */
    public GrayImage copy() {
        return new GrayImage(width, height, pixels.clone(), calibration);
    }

    /** The same pixels with another calibration. */
    public GrayImage withCalibration(ImageCalibration newCalibration) {
        return new GrayImage(width, height, pixels, newCalibration);
    }

    /** An image of the same size and calibration with new pixels. */
    public GrayImage withPixels(float[] newPixels) {
        return new GrayImage(width, height, newPixels, calibration);
    }

    /** {min, max} over the finite pixels; {NaN, NaN} if there are none. */
    public double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float v : pixels) {
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min > max ? new double[] {Double.NaN, Double.NaN} : new double[] {min, max};
    }

    /** Index of the first pixel that is NaN or infinite, or −1. */
    public int firstNonFinite() {
        for (int i = 0; i < pixels.length; i++) {
            if (!Float.isFinite(pixels[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Throws an {@link ImageException} naming the first non-finite pixel, for operations that
     * cannot skip them.
     */
    public void requireFinite(String title, int slice) {
        int i = firstNonFinite();
        if (i >= 0) {
            throw new ImageException(title, slice, "pixel (" + i % width + ", " + i / width + ") is " + pixels[i]
                    + "; replace NaN/infinite pixels first (e.g. Process>Math>Remove NaNs)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrayImage g && g.width == width && g.height == height && Arrays.equals(g.pixels, pixels)
                && g.calibration.equals(calibration);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "GrayImage(" + width + " x " + height + ", " + calibration + ")";
    }
}
