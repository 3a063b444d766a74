package org.matinf.core.structure;

/** Small helpers on 3-vectors stored as double[3]. */
public final class Vec3 {
    private Vec3() {
    }

    public static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    public static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    public static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    public static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    public static double[] scale(double[] a, double s) {
        return new double[] {a[0] * s, a[1] * s, a[2] * s};
    }

    public static double[] unit(double[] a) {
        return scale(a, 1.0 / norm(a));
    }

    /** Angle between two vectors in degrees, robust near 0 and 180. */
    public static double angleDegrees(double[] a, double[] b) {
        double c = dot(a, b) / (norm(a) * norm(b));
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
    }

    public static double distance(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
