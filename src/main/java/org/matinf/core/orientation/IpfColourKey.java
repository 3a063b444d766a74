package org.matinf.core.orientation;

import org.matinf.core.image.RgbImage;

/**
 * Inverse pole figure (IPF) colours: the sample direction (IPF-X, -Y or -Z) is written in crystal
 * coordinates, v_crystal = g·v_sample, reduced into the {@link StandardTriangle} of the Laue class and
 * coloured by its place there, in the manner of the EDAX/TSL key: red at the pole [001] / [0001],
 * green and blue at the two ends of the triangle's outer edge, mixed in between.
 *
 * <ul>
 * <li>m-3m: [001] red, [101] green, [111] blue.</li>
 * <li>m-3: the m-3m key, [001] red, [101] and [011] green, [111] blue. The m-3 sector ([001], [101],
 * [111], [011]) has two edges related by the 3-fold axis, [111]–[101] and [111]–[011]; colouring its
 * two halves as mirror images keeps colours continuous across them, at the price that directions
 * related by the mirror x ↔ y (distinct in m-3, e.g. [120] and [210]) share a colour.</li>
 * <li>6/mmm: [0001] red, [10-10] green, [2-1-10] blue.</li>
 * <li>other classes: [001] red; along the equator green at one end of the sector and blue at the
 * other (see {@link StandardTriangle}): 4/mmm [100] green, [110] blue; mmm and 4/m [100] green,
 * [010] blue; 6/m [11-20] green, [2-1-10] blue; -3m [10-10] green, [1-100] blue; -3 [2-1-10] green,
 * [-12-10] blue; 2/m [100] green, [-100] blue; -1 green to blue once around the equator. Where the
 * two edges of a sector are related by a rotation (4/m, −3, 6/m, and −1 at η = 0), colours jump across
 * that edge.</li>
 * </ul>
 *
 * <p>With χ the angle from the pole, χ_max its value on the outer edge at the same azimuth η and t the
 * azimuth's fraction of the way from the green to the blue edge: (r, g, b) = (1 − χ/χ_max,
 * (1 − t)·χ/χ_max, t·χ/χ_max), square-rooted and scaled so that the largest component is 255.
 */
public final class IpfColourKey {
    private final LaueGroup group;
    private final StandardTriangle triangle;

    /** The key of a Laue class. */
    public IpfColourKey(LaueGroup group) {
        this.group = group;
        this.triangle = group.standardTriangle();
    }

    /** The Laue class. */
    public LaueGroup group() {
        return group;
    }

    /** A sample axis by name: "x", "y" or "z" (any case), as a unit vector. */
    public static double[] sampleDirection(String name) {
        switch (name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "x": return new double[] {1, 0, 0};
            case "y": return new double[] {0, 1, 0};
            case "z": return new double[] {0, 0, 1};
            default: throw new IllegalArgumentException("IPF direction must be x, y or z; got '" + name + "'");
        }
    }

    /** The crystal direction parallel to a sample direction, reduced into the standard triangle (unit vector). */
    public double[] crystalDirection(Orientation g, double[] sampleDirection) {
        return triangle.reduce(g.toCrystal(sampleDirection));
    }

    /** The colour 0xRRGGBB of an orientation for a sample direction. */
    public int rgb(Orientation g, double[] sampleDirection) {
        return colourOfReduced(crystalDirection(g, sampleDirection));
    }

    /** The colour 0xRRGGBB of a crystal direction (any length; reduced into the standard triangle first). */
    public int rgb(double[] crystalDirection) {
        return colourOfReduced(triangle.reduce(crystalDirection));
    }

    /** The colour of a unit direction inside the triangle. */
    private int colourOfReduced(double[] direction) {
        double[] d = direction;
        StandardTriangle triangle = this.triangle;
        if (group == LaueGroup.M_BAR_3) {
            // m-3 is coloured with the m-3m key: its sector's edges z = x and z = y are related by the
            // 3-fold axis, and folding x <-> y keeps the colours continuous across them
            triangle = LaueGroup.M_BAR_3_M.standardTriangle();
            d = d[1] > d[0] ? new double[] {d[1], d[0], d[2]} : d;
        }
        double chi = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, d[2]))));
        double eta = azimuth(d, triangle);
        double chiMax = triangle.maxPolarAngle(eta);
        double f = clamp(chi / chiMax);
        double green = triangle.greenAzimuth();
        double blue = green == triangle.minAzimuth() ? triangle.maxAzimuth() : triangle.minAzimuth();
        double t = clamp((eta - green) / (blue - green));
        double[] c = {Math.sqrt(1 - f), Math.sqrt((1 - t) * f), Math.sqrt(t * f)};
        double max = Math.max(c[0], Math.max(c[1], c[2]));
        int rgb = 0;
        for (double v : c) {
            rgb = rgb << 8 | (int) Math.round(255 * v / max);
        }
        return rgb;
    }

    /** Azimuth of a direction in degrees, in [minAzimuth, minAzimuth + 360). */
    private static double azimuth(double[] d, StandardTriangle triangle) {
        if (Math.abs(d[0]) < 1e-12 && Math.abs(d[1]) < 1e-12) {
            return triangle.minAzimuth();
        }
        double eta = Math.toDegrees(Math.atan2(d[1], d[0]));
        while (eta < triangle.minAzimuth() - 1e-9) {
            eta += 360;
        }
        while (eta >= triangle.minAzimuth() + 360 - 1e-9) {
            eta -= 360;
        }
        return eta;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    /**
     * The colour key as a picture: the standard triangle in stereographic projection (x to the right,
     * y up, the pole [001] at the projection's centre), {@code size} pixels on its longer side, white
     * outside the triangle.
     */
    public RgbImage legend(int size) {
        if (size < 8) {
            throw new IllegalArgumentException("a legend needs at least 8 pixels, got " + size);
        }
        double[] box = projectedBox();
        double scale = (size - 1) / Math.max(box[2] - box[0], box[3] - box[1]);
        int w = (int) Math.floor((box[2] - box[0]) * scale + 1e-9) + 1;
        int h = (int) Math.floor((box[3] - box[1]) * scale + 1e-9) + 1;
        int[] pixels = new int[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double px = box[0] + i / scale;
                double py = box[1] + (h - 1 - j) / scale;
                double r2 = px * px + py * py;
                double[] d = {2 * px / (1 + r2), 2 * py / (1 + r2), (1 - r2) / (1 + r2)};
                pixels[j * w + i] = triangle.contains(d) ? colourOfReduced(d) : 0xFFFFFF;
            }
        }
        return new RgbImage(w, h, pixels);
    }

    /** {xmin, ymin, xmax, ymax} of the triangle in stereographic projection, from its edge. */
    private double[] projectedBox() {
        double[] box = {0, 0, 0, 0};
        int n = 720;
        for (int k = 0; k <= n; k++) {
            double eta = triangle.minAzimuth() + (triangle.maxAzimuth() - triangle.minAzimuth()) * k / n;
            double r = Math.tan(Math.toRadians(triangle.maxPolarAngle(eta)) / 2);
            double x = r * Math.cos(Math.toRadians(eta));
            double y = r * Math.sin(Math.toRadians(eta));
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
        return box;
    }
}
