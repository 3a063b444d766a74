package org.matinf.core.dataset;

import java.util.SplittableRandom;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.orientation.UniformOrientations;

/**
 * Orientations uniformly distributed over all rotations (the Haar measure of SO(3)), each drawn
 * from the pattern's own random stream by {@link UniformOrientations#draw} (Shoemake's method).
 * The rotation angle ω then has the density (2/π) sin²(ω/2) on [0, π]. No crystal symmetry is
 * used: every orientation of the sample frame is equally likely.
 */
public final class UniformSampler implements OrientationSampler {

    @Override
    public Orientation next(SplittableRandom rng) {
        return UniformOrientations.draw(rng);
    }

    @Override
    public String name() {
        return DatasetSources.UNIFORM;
    }
}
