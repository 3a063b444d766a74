package org.matinf.core.orientation;

import java.util.Locale;

/**
 * A rotation written as a unit axis and a right-handed angle in degrees, 0 ≤ angle ≤ 180. The
 * identity has the axis [001]; for a 180° rotation, where the axis and its negative describe the same
 * rotation, the axis is the one whose first non-zero component is positive. Immutable.
 */
public final class AxisAngle {
    private final double[] axis;
    private final double angle;

    private AxisAngle(double[] axis, double angle) {
        this.axis = axis;
        this.angle = angle;
    }

    /** From a unit quaternion with q0 ≥ 0 (scalar first). */
    static AxisAngle ofQuaternion(double q0, double q1, double q2, double q3) {
        double s = Math.sqrt(q1 * q1 + q2 * q2 + q3 * q3);
        if (s < 1e-15) {
            return new AxisAngle(new double[] {0, 0, 1}, 0);
        }
        double[] u = {q1 / s, q2 / s, q3 / s};
        if (q0 < 1e-15 && firstNonZero(u) < 0) {
            u[0] = -u[0];
            u[1] = -u[1];
            u[2] = -u[2];
        }
        return new AxisAngle(u, Math.toDegrees(2 * Math.atan2(s, q0)));
    }

    private static double firstNonZero(double[] u) {
        for (double c : u) {
            if (Math.abs(c) > 1e-12) {
                return c;
            }
        }
        return 0;
    }

    /** The unit axis (a copy). */
    public double[] axis() {
        return axis.clone();
    }

    /** The angle in degrees, in [0, 180]. */
    public double angle() {
        return angle;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4f° about [%.4f %.4f %.4f]", angle, axis[0], axis[1], axis[2]);
    }
}
