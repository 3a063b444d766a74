package org.matinf.core.orientation;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard stereographic triangle (fundamental sector) of a Laue class: one direction of each
 * set of symmetry-equivalent directions, the inversion included, lies in it. Every sector has its
 * pole at [001] ([0001]) and is bounded by two azimuths η (angle about z from x) and by great
 * circles, below the polar angle {@link #maxPolarAngle}:
 *
 * <table>
 * <caption>Sectors (η in degrees)</caption>
 * <tr><th>Laue class</th><th>η</th><th>corners</th></tr>
 * <tr><td>m-3m</td><td>0–45, z ≥ x</td><td>[001], [101], [111]</td></tr>
 * <tr><td>m-3</td><td>0–90, z ≥ x, z ≥ y</td><td>[001], [101], [111], [011]</td></tr>
 * <tr><td>6/mmm</td><td>0–30</td><td>[0001], [2-1-10], [10-10]</td></tr>
 * <tr><td>6/m</td><td>0–60</td><td>[0001], [2-1-10], [11-20]</td></tr>
 * <tr><td>-3m</td><td>−30–30</td><td>[0001], [1-100], [10-10]</td></tr>
 * <tr><td>-3</td><td>0–120</td><td>[0001], [2-1-10], [-12-10]</td></tr>
 * <tr><td>4/mmm</td><td>0–45</td><td>[001], [100], [110]</td></tr>
 * <tr><td>4/m, mmm</td><td>0–90</td><td>[001], [100], [010]</td></tr>
 * <tr><td>2/m</td><td>0–180</td><td>the quarter sphere z ≥ 0, y ≥ 0</td></tr>
 * <tr><td>-1</td><td>0–360</td><td>the hemisphere z ≥ 0</td></tr>
 * </table>
 *
 * <p>Membership is a set of half-spaces n·d ≥ 0, so reducing a direction only needs dot products.
 */
public final class StandardTriangle {
    private static final double R2 = Math.sqrt(0.5);

    private final double etaMin;
    private final double etaMax;
    private final double etaGreen;
    private final double[][] normals;
    private final double[][][] images;

    private StandardTriangle(LaueGroup group, double etaMin, double etaMax, double etaGreen, double[][] extraNormals) {
        this.etaMin = etaMin;
        this.etaMax = etaMax;
        this.etaGreen = etaGreen;
        List<double[]> n = new ArrayList<>();
        n.add(new double[] {0, 0, 1});
        if (etaMax - etaMin < 360) {
            double a = Math.toRadians(etaMin);
            n.add(new double[] {-Math.sin(a), Math.cos(a), 0});
        }
        if (etaMax - etaMin < 180) {
            double b = Math.toRadians(etaMax);
            n.add(new double[] {Math.sin(b), -Math.cos(b), 0});
        }
        for (double[] e : extraNormals) {
            n.add(e);
        }
        this.normals = n.toArray(new double[0][]);
        List<Orientation> rotations = group.rotations();
        this.images = new double[rotations.size()][][];
        for (int i = 0; i < images.length; i++) {
            images[i] = rotations.get(i).crystalToSample();
        }
    }

    static StandardTriangle of(LaueGroup g) {
        double[][] none = {};
        switch (g) {
            case BAR_1: return new StandardTriangle(g, 0, 360, 0, none);
            case TWO_OVER_M: return new StandardTriangle(g, 0, 180, 0, none);
            case MMM: case FOUR_OVER_M: return new StandardTriangle(g, 0, 90, 0, none);
            case FOUR_OVER_MMM: return new StandardTriangle(g, 0, 45, 0, none);
            case BAR_3: return new StandardTriangle(g, 0, 120, 0, none);
            case BAR_3_M: return new StandardTriangle(g, -30, 30, 30, none);
            case SIX_OVER_M: return new StandardTriangle(g, 0, 60, 60, none);
            case SIX_OVER_MMM: return new StandardTriangle(g, 0, 30, 30, none);
            case M_BAR_3: return new StandardTriangle(g, 0, 90, 0, new double[][] {{-R2, 0, R2}, {0, -R2, R2}});
            case M_BAR_3_M: return new StandardTriangle(g, 0, 45, 0, new double[][] {{-R2, 0, R2}});
            default: throw new IllegalStateException(g.toString());
        }
    }

    /** Smallest azimuth η of the sector, degrees. */
    public double minAzimuth() {
        return etaMin;
    }

    /** Largest azimuth η of the sector, degrees. */
    public double maxAzimuth() {
        return etaMax;
    }

    /** The azimuth of the edge coloured green in the IPF key (the other edge is blue). */
    double greenAzimuth() {
        return etaGreen;
    }

    /** The largest polar angle (from z, degrees) inside the sector along azimuth η (degrees): 90 but for cubic classes. */
    public double maxPolarAngle(double eta) {
        double c = Math.cos(Math.toRadians(eta));
        double s = Math.sin(Math.toRadians(eta));
        double chi = 90;
        for (double[] n : normals) {
            double h = n[0] * c + n[1] * s;
            if (n[2] > 0 && h < -1e-15) {
                chi = Math.min(chi, Math.toDegrees(Math.atan2(n[2], -h)));
            }
        }
        return chi;
    }

    /** True if the direction (any length) lies in the sector, to within 1e-9 rad. */
    public boolean contains(double[] d) {
        double len = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        return violation(d[0] / len, d[1] / len, d[2] / len) <= 1e-9;
    }

    /** How far a unit direction lies outside the sector (≤ 0 inside): the largest −n·d over the boundaries. */
    private double violation(double x, double y, double z) {
        double v = Double.NEGATIVE_INFINITY;
        for (double[] n : normals) {
            v = Math.max(v, -(n[0] * x + n[1] * y + n[2] * z));
        }
        return v;
    }

    /**
     * The symmetry-equivalent of a crystal direction that lies in the sector, as a unit vector.
     *
     * @throws IllegalArgumentException for a zero or non-finite direction
     */
    public double[] reduce(double[] direction) {
        double len = Math.sqrt(direction[0] * direction[0] + direction[1] * direction[1] + direction[2] * direction[2]);
        if (!(len > 0) || !Double.isFinite(len)) {
            throw new IllegalArgumentException("a direction must be a non-zero vector of finite numbers");
        }
        double[] u = {direction[0] / len, direction[1] / len, direction[2] / len};
        int k = reduceIndex(u);
        return image(k, u);
    }

    /**
     * The image of a unit vector that lies in the sector, encoded as 2·i + (1 if negated): the
     * equivalent ±S_i·u with the smallest violation; ties (boundary points) go to the larger z, then
     * y, then x, so the choice is deterministic.
     */
    int reduceIndex(double[] u) {
        int best = -1;
        double bestV = Double.POSITIVE_INFINITY;
        double[] bestD = null;
        for (int i = 0; i < images.length; i++) {
            double[][] m = images[i];
            double x = m[0][0] * u[0] + m[0][1] * u[1] + m[0][2] * u[2];
            double y = m[1][0] * u[0] + m[1][1] * u[1] + m[1][2] * u[2];
            double z = m[2][0] * u[0] + m[2][1] * u[1] + m[2][2] * u[2];
            for (int sign = 0; sign < 2; sign++) {
                double v = violation(x, y, z);
                if (v < bestV - 1e-12 || v < bestV + 1e-12 && after(x, y, z, bestD)) {
                    best = 2 * i + sign;
                    bestV = Math.min(v, bestV);
                    bestD = new double[] {x, y, z};
                }
                x = -x;
                y = -y;
                z = -z;
            }
        }
        return best;
    }

    private static boolean after(double x, double y, double z, double[] d) {
        if (Math.abs(z - d[2]) > 1e-12) {
            return z > d[2];
        }
        if (Math.abs(y - d[1]) > 1e-12) {
            return y > d[1];
        }
        return x > d[0] + 1e-12;
    }

    /** The image ±S_i·u of {@link #reduceIndex}. */
    double[] image(int k, double[] u) {
        double[][] m = images[k / 2];
        double sign = k % 2 == 0 ? 1 : -1;
        return new double[] {sign * (m[0][0] * u[0] + m[0][1] * u[1] + m[0][2] * u[2]),
            sign * (m[1][0] * u[0] + m[1][1] * u[1] + m[1][2] * u[2]), sign * (m[2][0] * u[0] + m[2][1] * u[1] + m[2][2] * u[2])};
    }
}
