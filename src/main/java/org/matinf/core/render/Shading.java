package org.matinf.core.render;

/**
 * Blinn–Phong shading of a surface point under one white light from the upper left front, in
 * view coordinates (x right, y up, z towards the viewer): ambient {@value #AMBIENT}, diffuse
 * {@value #DIFFUSE}, specular {@value #SPECULAR} with exponent 32.
 */
public final class Shading {
    /** Ambient share of the base colour. */
    public static final double AMBIENT = 0.35;
    /** Diffuse share of the base colour. */
    public static final double DIFFUSE = 0.65;
    /** Weight of the white highlight. */
    public static final double SPECULAR = 0.35;
    private static final double[] LIGHT = unit(-0.35, 0.45, 0.82);

    private Shading() {
    }

    /**
     * The colour of a surface point of base colour {@code argb} with unit normal n, seen from the
     * unit direction v (from the point towards the eye); both sides of a surface are lit alike.
     */
    public static int shade(int argb, double[] n, double[] v) {
        double nx = n[0];
        double ny = n[1];
        double nz = n[2];
        if (nx * v[0] + ny * v[1] + nz * v[2] < 0) {
            nx = -nx;
            ny = -ny;
            nz = -nz;
        }
        double diffuse = Math.max(0, nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]);
        double[] h = unit(LIGHT[0] + v[0], LIGHT[1] + v[1], LIGHT[2] + v[2]);
        double s = Math.max(0, nx * h[0] + ny * h[1] + nz * h[2]);
        s *= s; // s^32 by squaring
        s *= s;
        s *= s;
        s *= s;
        s *= s;
        double light = AMBIENT + DIFFUSE * diffuse;
        double white = 255 * SPECULAR * s;
        return argb & 0xFF000000 | channel(argb >> 16, light, white) << 16 | channel(argb >> 8, light, white) << 8
                | channel(argb, light, white);
    }

    /** The colour with its red, green and blue scaled by {@code factor} (alpha kept). */
    public static int darker(int argb, double factor) {
        return argb & 0xFF000000 | channel(argb >> 16, factor, 0) << 16 | channel(argb >> 8, factor, 0) << 8
                | channel(argb, factor, 0);
    }

    private static int channel(int c, double light, double white) {
        return (int) Math.min(255, Math.round((c & 0xFF) * light + white));
    }

    private static double[] unit(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }
}
