package org.matinf.core.dataset;

import java.util.SplittableRandom;
import org.matinf.core.orientation.Orientation;

/**
 * Orientations uniformly distributed over all rotations (the Haar measure of SO(3)), drawn with
 * Shoemake's method (K. Shoemake, "Uniform random rotations", Graphics Gems III, 1992): three
 * uniform numbers give a unit quaternion uniform on the 3-sphere. The rotation angle ω then has
 * the density (2/π) sin²(ω/2) on [0, π]. No crystal symmetry is used: every orientation of the
 * sample frame is equally likely.
 */
public final class UniformOrientations implements OrientationSampler {

    @Override
    public Orientation next(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = 2 * Math.PI * rng.nextDouble();
        double u3 = 2 * Math.PI * rng.nextDouble();
        double a = StrictMath.sqrt(1 - u1);
        double b = StrictMath.sqrt(u1);
        return Orientation.fromQuaternion(b * StrictMath.cos(u3), a * StrictMath.sin(u2), a * StrictMath.cos(u2), b * StrictMath.sin(u3));
    }

    @Override
    public String name() {
        return "uniform";
    }
}
