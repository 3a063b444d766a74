package org.matinf.core.dataset;

/**
 * The settings a dataset gives its simulator: the pattern size and the accelerating voltage.
 * (Simulator-specific detector settings are the simulator's defaults.)
 *
 * @param size width and height of the patterns in pixels
 * @param voltage accelerating voltage in kV
 */
public record SourceSettings(int size, double voltage) {
    /** Largest pattern size accepted, in pixels. */
    public static final int MAX_SIZE = 4096;

    /** @throws IllegalArgumentException for a size outside 1–4096 or a voltage that is not positive */
    public SourceSettings {
        if (size <= 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE + " pixels, got " + size);
        }
        if (!(voltage > 0) || Double.isInfinite(voltage)) {
            throw new IllegalArgumentException("voltage must be a positive number of kV, got " + voltage);
        }
    }
}
