package org.matinf.core.dataset;

import java.util.SplittableRandom;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Orientation;

/**
 * Orientations uniform inside the fundamental zone of a Laue class: a uniform draw
 * ({@link UniformSampler}) reduced to the zone, which is uniform there because every
 * equivalent copy of the zone is equally likely. Labels are then unique per pattern.
 */
public final class FundamentalZoneOrientations implements OrientationSampler {
    private final UniformSampler uniform = new UniformSampler();
    private final LaueGroup group;

    public FundamentalZoneOrientations(LaueGroup group) {
        this.group = group;
    }

    @Override
    public Orientation next(SplittableRandom rng) {
        return group.toFundamentalZone(uniform.next(rng));
    }

    @Override
    public String name() {
        return DatasetSources.FUNDAMENTAL_ZONE + " (" + group.symbol() + ")";
    }

    /** The Laue class whose zone the orientations lie in. */
    public LaueGroup group() {
        return group;
    }
}
