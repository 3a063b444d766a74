package org.matinf.core.orientation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Orientations spread uniformly (Haar measure) over all rotations, so that rotation angles ω follow
 * the density (2/π)·sin²(ω/2) on [0, π]. Random ones come from a seeded
 * {@link SplittableRandom} by Shoemake's method (Graphics Gems III, 1992): three uniform numbers
 * u1, u2, u3 give q = (√u1·cos 2πu3, √(1−u1)·sin 2πu2, √(1−u1)·cos 2πu2, √u1·sin 2πu3). The same seed
 * gives the same sequence. {@link #superFibonacci} gives a deterministic, near-uniform set instead
 * (Alexa, CVPR 2022).
 */
public final class UniformOrientations {
    /** Ψ of the super-Fibonacci spiral: the real root of ψ⁴ = ψ + 4. */
    private static final double PSI = 1.533751168755204288118041;
    private static final double PHI = Math.sqrt(2);

    private final SplittableRandom random;

    /** A random sequence starting from this seed. */
    public UniformOrientations(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next random orientation. */
    public Orientation next() {
        return draw(random);
    }

    /**
     * One uniform random orientation from three numbers of {@code rng} (Shoemake's method, with
     * {@link StrictMath} so the same numbers give the same orientation on every machine).
     */
    public static Orientation draw(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = 2 * Math.PI * rng.nextDouble();
        double u3 = 2 * Math.PI * rng.nextDouble();
        double a = StrictMath.sqrt(1 - u1);
        double b = StrictMath.sqrt(u1);
        return Orientation.fromQuaternion(b * StrictMath.cos(u3), a * StrictMath.sin(u2), a * StrictMath.cos(u2), b * StrictMath.sin(u3));
    }

    /** The next n random orientations. */
    public List<Orientation> next(int n) {
        List<Orientation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    /**
     * The next random orientation, uniform inside the fundamental zone of a Laue class: a uniform
     * orientation reduced to the zone ({@link LaueGroup#toFundamentalZone}), which is uniform there
     * because each of the class's equivalent copies of the zone is equally likely.
     */
    public Orientation nextInFundamentalZone(LaueGroup group) {
        return group.toFundamentalZone(next());
    }

    /**
     * n deterministic orientations, evenly spread over all rotations, from the super-Fibonacci
     * spiral: for i = 0..n−1, s = i + ½, r = √(s/n), R = √(1 − s/n), α = 2πs/√2, β = 2πs/ψ, and
     * q = (r·sin α, r·cos α, R·sin β, R·cos β).
     */
    public static List<Orientation> superFibonacci(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of orientations must be positive, got " + n);
        }
        List<Orientation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double s = i + 0.5;
            double r = Math.sqrt(s / n);
            double big = Math.sqrt(1 - s / n);
            double alpha = 2 * Math.PI * s / PHI;
            double beta = 2 * Math.PI * s / PSI;
            out.add(Orientation.fromQuaternion(r * Math.sin(alpha), r * Math.cos(alpha), big * Math.sin(beta), big * Math.cos(beta)));
        }
        return out;
    }
}
