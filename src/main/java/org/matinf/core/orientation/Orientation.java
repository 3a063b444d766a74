package org.matinf.core.orientation;

import java.util.Locale;

/**
 * A crystal orientation: the rotation that takes the sample reference frame onto the crystal frame,
 * stored as a unit quaternion (q0, q1, q2, q3) with the scalar part first and q0 ≥ 0.
 *
 * <p>Conventions follow Rowenhorst et al., Modelling Simul. Mater. Sci. Eng. 23 (2015) 083501 with
 * P = −1 (as EMsoft): Bunge Euler angles (φ1, Φ, φ2) are applied as z–x–z passive rotations,
 * {@link #matrix()} is the Bunge matrix g with v_crystal = g · v_sample, and the quaternion is the
 * one of the active rotation gᵀ (crystal to sample): the same numbers as SciPy's
 * {@code Rotation.from_euler("ZXZ", [φ1, Φ, φ2], degrees=True)}. Angles in the API are in degrees.
 *
 * <p>The axis–angle pair ({@link #fromAxisAngle}, {@link #axisAngle()}) is that of the same
 * rotation: turning the sample axes by the angle about the axis (right-handed) brings them onto the
 * crystal axes; the axis has the same components in both frames. So {@code fromBunge(30, 0, 0)} is
 * 30° about [001]. Products follow the Hamilton rule, {@link #multiply} documents the order, and
 * crystal symmetry is in {@link LaueGroup}, misorientations in {@link Misorientation}.
 */
public final class Orientation {
    private final double q0;
    private final double q1;
    private final double q2;
    private final double q3;

    private Orientation(double q0, double q1, double q2, double q3) {
        double n = Math.sqrt(q0 * q0 + q1 * q1 + q2 * q2 + q3 * q3);
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new IllegalArgumentException("not a rotation: quaternion (" + q0 + ", " + q1 + ", " + q2 + ", " + q3 + ")");
        }
        double sign = q0 < 0 ? -1 : 1;
        this.q0 = sign * q0 / n;
        this.q1 = sign * q1 / n;
        this.q2 = sign * q2 / n;
        this.q3 = sign * q3 / n;
    }

    /** The identity: crystal axes parallel to the sample axes. */
    public static Orientation identity() {
        return new Orientation(1, 0, 0, 0);
    }

    /** From a quaternion, scalar first; normalised, and negated if q0 &lt; 0. */
    public static Orientation fromQuaternion(double q0, double q1, double q2, double q3) {
        return new Orientation(q0, q1, q2, q3);
    }

    /**
     * From Bunge Euler angles in degrees.
     *
     * @throws IllegalArgumentException if an angle is not finite
     */
    public static Orientation fromBunge(double phi1, double Phi, double phi2) {
        if (!Double.isFinite(phi1) || !Double.isFinite(Phi) || !Double.isFinite(phi2)) {
            throw new IllegalArgumentException("Euler angles must be finite numbers of degrees, got (" + phi1 + ", " + Phi + ", " + phi2 + ")");
        }
        double p1 = Math.toRadians(phi1);
        double p = Math.toRadians(Phi);
        double p2 = Math.toRadians(phi2);
        double sigma = 0.5 * (p1 + p2);
        double delta = 0.5 * (p1 - p2);
        double c = Math.cos(0.5 * p);
        double s = Math.sin(0.5 * p);
        return new Orientation(c * Math.cos(sigma), s * Math.cos(delta), s * Math.sin(delta), c * Math.sin(sigma));
    }

    /**
     * From a Bunge orientation matrix g (rows: crystal axes in sample coordinates), which must be a
     * proper rotation to within 1e-6.
     */
    public static Orientation fromMatrix(double[][] g) {
        double det = g[0][0] * (g[1][1] * g[2][2] - g[1][2] * g[2][1]) - g[0][1] * (g[1][0] * g[2][2] - g[1][2] * g[2][0])
                + g[0][2] * (g[1][0] * g[2][1] - g[1][1] * g[2][0]);
        if (Math.abs(det - 1) > 1e-6) {
            throw new IllegalArgumentException("not a proper rotation matrix (determinant " + det + ")");
        }
        // R = g^T is the active rotation of the quaternion; Shepperd's method on R.
        double r00 = g[0][0];
        double r11 = g[1][1];
        double r22 = g[2][2];
        double r10 = g[0][1];
        double r01 = g[1][0];
        double r20 = g[0][2];
        double r02 = g[2][0];
        double r21 = g[1][2];
        double r12 = g[2][1];
        double trace = r00 + r11 + r22;
        if (trace > 0) {
            double w = Math.sqrt(1 + trace) * 2;
            return new Orientation(0.25 * w, (r21 - r12) / w, (r02 - r20) / w, (r10 - r01) / w);
        } else if (r00 > r11 && r00 > r22) {
            double w = Math.sqrt(1 + r00 - r11 - r22) * 2;
            return new Orientation((r21 - r12) / w, 0.25 * w, (r01 + r10) / w, (r02 + r20) / w);
        } else if (r11 > r22) {
            double w = Math.sqrt(1 + r11 - r00 - r22) * 2;
            return new Orientation((r02 - r20) / w, (r01 + r10) / w, 0.25 * w, (r12 + r21) / w);
        } else {
            double w = Math.sqrt(1 + r22 - r00 - r11) * 2;
            return new Orientation((r10 - r01) / w, (r02 + r20) / w, (r12 + r21) / w, 0.25 * w);
        }
    }

    /**
     * The rotation by {@code degrees} (right-handed) about {@code axis}, which need not be a unit
     * vector: the sample axes turned this way fall on the crystal axes.
     *
     * @throws IllegalArgumentException if the axis is not three finite numbers, is zero, or the angle is not finite
     */
    public static Orientation fromAxisAngle(double[] axis, double degrees) {
        if (axis == null || axis.length != 3) {
            throw new IllegalArgumentException("a rotation axis needs three components, got "
                    + (axis == null ? "none" : java.util.Arrays.toString(axis)));
        }
        if (!Double.isFinite(axis[0]) || !Double.isFinite(axis[1]) || !Double.isFinite(axis[2])) {
            throw new IllegalArgumentException("rotation axis must be finite numbers, got " + java.util.Arrays.toString(axis));
        }
        if (!Double.isFinite(degrees)) {
            throw new IllegalArgumentException("rotation angle must be a finite number of degrees, got " + degrees);
        }
        double n = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        if (!(n > 0)) {
            throw new IllegalArgumentException("rotation axis must not be the zero vector");
        }
        double half = 0.5 * Math.toRadians(degrees);
        double s = Math.sin(half) / n;
        return new Orientation(Math.cos(half), s * axis[0], s * axis[1], s * axis[2]);
    }

    /** This rotation as an axis (unit vector) and an angle in [0°, 180°]; see {@link AxisAngle}. */
    public AxisAngle axisAngle() {
        return AxisAngle.ofQuaternion(q0, q1, q2, q3);
    }

    /**
     * The Hamilton product {@code this ⊗ other} (SciPy: {@code this * other}): {@code other} acts
     * first, then {@code this}. In matrices: {@code crystalToSample()} of the product is
     * {@code this.crystalToSample() · other.crystalToSample()}, and its Bunge matrix is
     * {@code other.matrix() · this.matrix()}. For example, the orientation g of a crystal and a
     * crystal-frame symmetry operation S ({@link LaueGroup#rotations()}) give the equivalent
     * orientation S·g as {@code g.multiply(S.inverse())}.
     */
    public Orientation multiply(Orientation other) {
        return new Orientation(q0 * other.q0 - q1 * other.q1 - q2 * other.q2 - q3 * other.q3,
                q0 * other.q1 + q1 * other.q0 + q2 * other.q3 - q3 * other.q2,
                q0 * other.q2 - q1 * other.q3 + q2 * other.q0 + q3 * other.q1,
                q0 * other.q3 + q1 * other.q2 - q2 * other.q1 + q3 * other.q0);
    }

    /** The inverse rotation (the conjugate quaternion): its Bunge matrix is gᵀ. */
    public Orientation inverse() {
        return new Orientation(q0, -q1, -q2, -q3);
    }

    /** A vector given in sample coordinates, expressed in crystal coordinates: g · v. */
    public double[] toCrystal(double[] sampleVector) {
        return rotate(sampleVector, -1);
    }

    /** A vector given in crystal coordinates, expressed in sample coordinates: gᵀ · v (SciPy: {@code apply(v)}). */
    public double[] toSample(double[] crystalVector) {
        return rotate(crystalVector, 1);
    }

    /** v rotated by the quaternion (sign 1) or by its inverse (sign −1): v + 2w(u×v) + 2u×(u×v). */
    private double[] rotate(double[] v, int sign) {
        if (v == null || v.length != 3) {
            throw new IllegalArgumentException("a vector needs three components");
        }
        double x = sign * q1;
        double y = sign * q2;
        double z = sign * q3;
        double tx = 2 * (y * v[2] - z * v[1]);
        double ty = 2 * (z * v[0] - x * v[2]);
        double tz = 2 * (x * v[1] - y * v[0]);
        return new double[] {v[0] + q0 * tx + y * tz - z * ty, v[1] + q0 * ty + z * tx - x * tz, v[2] + q0 * tz + x * ty - y * tx};
    }

    /** Scalar part (package access for the symmetry loops, which must not allocate). */
    double q0() {
        return q0;
    }

    double q1() {
        return q1;
    }

    double q2() {
        return q2;
    }

    double q3() {
        return q3;
    }

    /** The quaternion {q0, q1, q2, q3}, scalar first, q0 ≥ 0. */
    public double[] quaternion() {
        return new double[] {q0, q1, q2, q3};
    }

    /** The Bunge matrix g: v_crystal = g · v_sample. */
    public double[][] matrix() {
        double[][] r = crystalToSample();
        return new double[][] {{r[0][0], r[1][0], r[2][0]}, {r[0][1], r[1][1], r[2][1]}, {r[0][2], r[1][2], r[2][2]}};
    }

    /** gᵀ: v_sample = gᵀ · v_crystal (the active rotation of the quaternion). */
    public double[][] crystalToSample() {
        return new double[][] {
            {1 - 2 * (q2 * q2 + q3 * q3), 2 * (q1 * q2 - q0 * q3), 2 * (q1 * q3 + q0 * q2)},
            {2 * (q1 * q2 + q0 * q3), 1 - 2 * (q1 * q1 + q3 * q3), 2 * (q2 * q3 - q0 * q1)},
            {2 * (q1 * q3 - q0 * q2), 2 * (q2 * q3 + q0 * q1), 1 - 2 * (q1 * q1 + q2 * q2)}};
    }

    /** Bunge Euler angles {φ1, Φ, φ2} in degrees, φ1 and φ2 in [0, 360), Φ in [0, 180]. */
    public double[] bunge() {
        double chi = Math.sqrt((q0 * q0 + q3 * q3) * (q1 * q1 + q2 * q2));
        double phi1;
        double phi;
        double phi2;
        if (chi < 1e-12) {
            if (q1 * q1 + q2 * q2 < 1e-12) {
                phi = 0;
                phi1 = Math.atan2(2 * q0 * q3, q0 * q0 - q3 * q3);
            } else {
                phi = Math.PI;
                phi1 = Math.atan2(2 * q1 * q2, q1 * q1 - q2 * q2);
            }
            phi2 = 0;
        } else {
            phi = Math.atan2(2 * chi, q0 * q0 + q3 * q3 - q1 * q1 - q2 * q2);
            phi1 = Math.atan2((q1 * q3 + q0 * q2) / chi, (q0 * q1 - q2 * q3) / chi);
            phi2 = Math.atan2((q1 * q3 - q0 * q2) / chi, (q0 * q1 + q2 * q3) / chi);
        }
        return new double[] {degrees0To360(phi1), Math.toDegrees(phi), degrees0To360(phi2)};
    }

    private static double degrees0To360(double radians) {
        double d = Math.toDegrees(radians) % 360.0;
        if (d < 0) {
            d += 360.0;
        }
        return d >= 360.0 - 1e-12 ? 0.0 : d;
    }

    /** Angle of the rotation in degrees, in [0, 180]. */
    public double angle() {
        return Math.toDegrees(2 * Math.atan2(Math.sqrt(q1 * q1 + q2 * q2 + q3 * q3), q0));
    }

    /** True if both describe the same rotation to within {@code degrees}. */
    public boolean equalsWithin(Orientation other, double degrees) {
        // angle of this⁻¹ ⊗ other from atan2, which stays accurate near 0 where acos does not
        double dot = Math.abs(q0 * other.q0 + q1 * other.q1 + q2 * other.q2 + q3 * other.q3);
        double x = q0 * other.q1 - q1 * other.q0 - q2 * other.q3 + q3 * other.q2;
        double y = q0 * other.q2 + q1 * other.q3 - q2 * other.q0 - q3 * other.q1;
        double z = q0 * other.q3 - q1 * other.q2 + q2 * other.q1 - q3 * other.q0;
        return Math.toDegrees(2 * Math.atan2(Math.sqrt(x * x + y * y + z * z), dot)) <= degrees;
    }

    @Override
    public String toString() {
        double[] e = bunge();
        return String.format(Locale.ROOT, "Orientation(phi1=%.4f, Phi=%.4f, phi2=%.4f)", e[0], e[1], e[2]);
    }
}
