package org.matinf.core.image;

import java.util.Locale;

/**
 * The size of a pixel and its unit: a length ("nm", "µm") for micrographs, a reciprocal length
 * ("1/nm", "1/Å") for diffraction patterns, or "pixel" when uncalibrated. Square pixels.
 *
 * @param pixelSize size of one pixel in {@code unit}; 1 when uncalibrated
 * @param unit unit of {@code pixelSize}
 */
public record ImageCalibration(double pixelSize, String unit) {
    /** No calibration: 1 pixel per pixel. */
    public static final ImageCalibration NONE = new ImageCalibration(1.0, "pixel");

    /** @throws IllegalArgumentException for a non-positive or non-finite pixel size */
    public ImageCalibration {
        if (!(pixelSize > 0) || Double.isInfinite(pixelSize)) {
            throw new IllegalArgumentException("pixel size must be a positive number, got " + pixelSize);
        }
        unit = unit == null || unit.isBlank() ? "pixel" : unit.trim();
    }

    /** True for a reciprocal-space unit such as 1/nm or 1/Å. */
    public boolean isReciprocal() {
        return unit.startsWith("1/") || unit.endsWith("^-1") || unit.endsWith("⁻¹");
    }

    /** True when the pixel has a physical size. */
    public boolean isCalibrated() {
        return !unit.equals("pixel") && !unit.equals("pixels");
    }

    /** The calibration after binning by {@code factor}: pixels {@code factor} times larger. */
    public ImageCalibration binned(double factor) {
        return new ImageCalibration(pixelSize * factor, unit);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.6g %s/pixel", pixelSize, unit);
    }
}
