package org.matinf.core.dataset;

import java.util.SplittableRandom;
import org.matinf.core.orientation.Orientation;

/**
 * Draws the orientations of a dataset. {@link DiffractionDataset} gives every pattern its own
 * random generator derived from (seed, pattern index), so an implementation must take all its
 * randomness from {@code rng} and be thread-safe (no state between calls).
 */
public interface OrientationSampler {

    /** The next orientation, from {@code rng} only. */
    Orientation next(SplittableRandom rng);

    /** Name of the sampling, as written to {@code dataset.json}: "uniform", "fundamental-zone", ... */
    String name();
}
