package org.matinf.core.orientation;

/**
 * The rotation between two crystal orientations g_A and g_B: Δg = g_B·g_Aᵀ takes coordinates in
 * crystal A to coordinates in crystal B. As an {@link Orientation} its quaternion is q_A⁻¹ ⊗ q_B,
 * and its axis–angle pair is the axis, in crystal-A coordinates, about which crystal A turns by the
 * angle to become crystal B.
 *
 * <p>With crystal symmetry (both crystals of the same phase and Laue class), S_i·Δg·S_jᵀ describe
 * the same boundary for all rotations S_i, S_j of the class, and so does Δgᵀ (exchanging the two
 * crystals). The <em>disorientation</em> is the one of these with the smallest angle; among those,
 * the one whose axis lies in the class's {@link StandardTriangle} (for cubic crystals [uvw] with
 * w ≥ u ≥ v ≥ 0). A Σ3 twin in a cubic crystal is 60° about [111]; no cubic (m-3m) disorientation
 * exceeds 2·arccos((2 + √2)/4) = 62.80°.
 */
public final class Misorientation {
    private final Orientation rotation;

    private Misorientation(Orientation rotation) {
        this.rotation = rotation;
    }

    /** The misorientation from a to b without symmetry: Δg = g_b·g_aᵀ. */
    public static Misorientation between(Orientation a, Orientation b) {
        return new Misorientation(a.inverse().multiply(b));
    }

    /** The disorientation from a to b in the given Laue class (see the class description). */
    public static Misorientation disorientation(Orientation a, Orientation b, LaueGroup group) {
        double[] d = a.inverse().multiply(b).quaternion();
        double[][] sym = group.quaternions();
        double best = -1;
        for (double[] s : sym) {
            best = Math.max(best, Math.abs(scalarOfProduct(d, s)));
        }
        StandardTriangle triangle = group.standardTriangle();
        double[] chosen = null;
        for (double[] s : sym) {
            if (Math.abs(scalarOfProduct(d, s)) < best - 1e-12) {
                continue;
            }
            double[] c = LaueGroup.times(Orientation.fromQuaternion(d[0], d[1], d[2], d[3]), s[0], s[1], s[2], s[3]);
            double[] v = {c[1], c[2], c[3]};
            double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            if (len < 1e-14) {
                return new Misorientation(Orientation.identity());
            }
            double[] u = {v[0] / len, v[1] / len, v[2] / len};
            double[] axis = triangle.image(triangle.reduceIndex(u), u);
            double[] candidate = {c[0], len * axis[0], len * axis[1], len * axis[2]};
            if (chosen == null || preferred(candidate, chosen)) {
                chosen = candidate;
            }
        }
        return new Misorientation(Orientation.fromQuaternion(chosen[0], chosen[1], chosen[2], chosen[3]));
    }

    /** Among equally small angles (ties are rare: special boundaries), the larger z, y, x of the axis. */
    private static boolean preferred(double[] c, double[] chosen) {
        if (Math.abs(c[0] - chosen[0]) > 1e-12) {
            return c[0] > chosen[0];
        }
        for (int i = 3; i >= 1; i--) {
            if (Math.abs(c[i] - chosen[i]) > 1e-12) {
                return c[i] > chosen[i];
            }
        }
        return false;
    }

    /**
     * Only the disorientation angle in degrees, without the axis: the smallest angle of Δg·S over the
     * class's rotations (exchanging sides or symmetrising on both sides does not lower it further,
     * since S_i·Δg·S_j has the angle of Δg·S_j·S_i). Allocation-free; for statistics over many pairs.
     */
    public static double disorientationAngle(Orientation a, Orientation b, LaueGroup group) {
        // d = a⁻¹ ⊗ b
        double a0 = a.q0();
        double a1 = -a.q1();
        double a2 = -a.q2();
        double a3 = -a.q3();
        double d0 = a0 * b.q0() - a1 * b.q1() - a2 * b.q2() - a3 * b.q3();
        double d1 = a0 * b.q1() + a1 * b.q0() + a2 * b.q3() - a3 * b.q2();
        double d2 = a0 * b.q2() - a1 * b.q3() + a2 * b.q0() + a3 * b.q1();
        double d3 = a0 * b.q3() + a1 * b.q2() - a2 * b.q1() + a3 * b.q0();
        double best = 0;
        for (double[] s : group.quaternions()) {
            best = Math.max(best, Math.abs(d0 * s[0] - d1 * s[1] - d2 * s[2] - d3 * s[3]));
        }
        return Math.toDegrees(2 * Math.acos(Math.min(1, best)));
    }

    private static double scalarOfProduct(double[] d, double[] s) {
        return d[0] * s[0] - d[1] * s[1] - d[2] * s[2] - d[3] * s[3];
    }

    /** The rotation Δg as an orientation: {@code rotation().matrix()} is g_B·g_Aᵀ. */
    public Orientation rotation() {
        return rotation;
    }

    /** The angle in degrees, in [0, 180]. */
    public double angle() {
        return rotation.axisAngle().angle();
    }

    /** The unit axis in crystal coordinates ([001] for no rotation). */
    public double[] axis() {
        return rotation.axisAngle().axis();
    }

    /** Δg as Bunge Euler angles in degrees (crystal B described in the frame of crystal A). */
    public double[] bunge() {
        return rotation.bunge();
    }

    @Override
    public String toString() {
        return "Misorientation(" + rotation.axisAngle() + ")";
    }
}
