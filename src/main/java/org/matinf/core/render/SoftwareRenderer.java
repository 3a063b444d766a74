package org.matinf.core.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a {@link Scene} into ARGB pixels by ray casting each primitive over its screen bounding
 * box, with a depth buffer: exact spheres and cylinders (both projections), lines, and
 * translucent triangles blended back to front over the opaque parts. Each picture is drawn
 * {@code supersampling} times larger and averaged down (antialiasing). Deterministic: the same
 * scene and camera give the same pixels.
 */
public final class SoftwareRenderer {
    /** Opaque white. */
    public static final int WHITE = 0xFFFFFFFF;
    /** Line width in picture pixels. */
    public static final double LINE_WIDTH = 1.5;

    private final int supersampling;
    private final int background;

    /**
     * @param supersampling samples per pixel along each axis (1 to 4)
     * @param background opaque background colour
     */
    public SoftwareRenderer(int supersampling, int background) {
        if (supersampling < 1 || supersampling > 4) {
            throw new IllegalArgumentException("supersampling must be from 1 to 4, got " + supersampling);
        }
        this.supersampling = supersampling;
        this.background = background | 0xFF000000;
    }

    /** 2 × 2 supersampling on white. */
    public static SoftwareRenderer standard() {
        return new SoftwareRenderer(2, WHITE);
    }

    /** The picture of the scene seen by the camera, at the camera's size. */
    public RgbImage render(Scene scene, Camera camera) {
        Camera cam = camera.scaled(supersampling);
        Raster raster = new Raster(cam.width(), cam.height(), supersampling, background);
        for (Scene.Ball b : scene.balls()) {
            ball(raster, cam, b);
        }
        for (Scene.Stick s : scene.sticks()) {
            stick(raster, cam, scene.balls().get(s.from()), scene.balls().get(s.to()), s.radius());
        }
        for (Scene.Line l : scene.lines()) {
            line(raster, cam, l);
        }
        List<Scene.Face> faces = new ArrayList<>(scene.faces());
        faces.sort(Comparator.comparingDouble((Scene.Face f) -> -cam.depth(cam.view(centroid(f)))));
        for (Scene.Face f : faces) {
            face(raster, cam, f);
        }
        return raster.downsampled(supersampling);
    }

    /** Screen box [x0, x1] × [y0, y1] (clipped samples) round a point in view coordinates and radius r, Å. */
    private static int[] box(Raster raster, Camera cam, double[][] views, double r) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (double[] v : views) {
            double[] s = cam.screen(v);
            double pr = r * cam.pixelsPerAngstrom(new double[] {0, 0, v[2] + r}) + 1;
            x0 = Math.min(x0, s[0] - pr);
            x1 = Math.max(x1, s[0] + pr);
            y0 = Math.min(y0, s[1] - pr);
            y1 = Math.max(y1, s[1] + pr);
        }
        return new int[] {
            (int) Math.max(0, Math.floor(x0)), (int) Math.max(0, Math.floor(y0)),
            (int) Math.min(raster.width - 1, Math.ceil(x1)), (int) Math.min(raster.height - 1, Math.ceil(y1))};
    }

    private static void ball(Raster raster, Camera cam, Scene.Ball b) {
        double[] c = cam.view(b.centre());
        double r = b.radius();
        int[] box = box(raster, cam, new double[][] {c}, r);
        double[] o = new double[3];
        double[] d = new double[3];
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                cam.ray(x + 0.5, y + 0.5, o, d);
                double ox = o[0] - c[0];
                double oy = o[1] - c[1];
                double oz = o[2] - c[2];
                double half = ox * d[0] + oy * d[1] + oz * d[2];
                double disc = half * half - (ox * ox + oy * oy + oz * oz - r * r);
                if (disc < 0) {
                    continue;
                }
                double t = -half - Math.sqrt(disc);
                int i = y * raster.width + x;
                if (t < raster.depth[i]) {
                    double[] n = {(ox + t * d[0]) / r, (oy + t * d[1]) / r, (oz + t * d[2]) / r};
                    raster.depth[i] = t;
                    raster.rgb[i] = Shading.shade(b.argb(), n, new double[] {-d[0], -d[1], -d[2]});
                }
            }
        }
    }

    /** A cylinder from ball a to ball b, its half at a in a's colour. */
    private static void stick(Raster raster, Camera cam, Scene.Ball a, Scene.Ball b, double r) {
        double[] p = cam.view(a.centre());
        double[] q = cam.view(b.centre());
        double[] axis = {q[0] - p[0], q[1] - p[1], q[2] - p[2]};
        double length = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        if (length < 1e-9) {
            return;
        }
        for (int k = 0; k < 3; k++) {
            axis[k] /= length;
        }
        int[] box = box(raster, cam, new double[][] {p, q}, r);
        double[] o = new double[3];
        double[] d = new double[3];
        double[] w = new double[3];
        double[] dp = new double[3];
        double[] wp = new double[3];
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                cam.ray(x + 0.5, y + 0.5, o, d);
                for (int k = 0; k < 3; k++) {
                    w[k] = o[k] - p[k];
                }
                double da = dot(d, axis);
                double wa = dot(w, axis);
                for (int k = 0; k < 3; k++) {
                    dp[k] = d[k] - da * axis[k];
                    wp[k] = w[k] - wa * axis[k];
                }
                double qa = dot(dp, dp);
                if (qa < 1e-12) {
                    continue;
                }
                double qb = 2 * dot(wp, dp);
                double disc = qb * qb - 4 * qa * (dot(wp, wp) - r * r);
                if (disc < 0) {
                    continue;
                }
                double t = (-qb - Math.sqrt(disc)) / (2 * qa);
                double h = wa + t * da;
                int i = y * raster.width + x;
                if (h < 0 || h > length || t >= raster.depth[i]) {
                    continue;
                }
                double[] n = {(wp[0] + t * dp[0]) / r, (wp[1] + t * dp[1]) / r, (wp[2] + t * dp[2]) / r};
                raster.depth[i] = t;
                raster.rgb[i] = Shading.shade(h < length / 2 ? a.argb() : b.argb(), n, new double[] {-d[0], -d[1], -d[2]});
            }
        }
    }

    private static void line(Raster raster, Camera cam, Scene.Line l) {
        double[] p = cam.view(l.from());
        double[] q = cam.view(l.to());
        double[] sp = cam.screen(p);
        double[] sq = cam.screen(q);
        double dx0 = sq[0] - sp[0];
        double dy0 = sq[1] - sp[1];
        int steps = (int) Math.ceil(2 * Math.sqrt(dx0 * dx0 + dy0 * dy0)) + 1;
        double half = LINE_WIDTH / 2 * raster.samplesPerPixel;
        int reach = (int) Math.ceil(half);
        for (int s = 0; s <= steps; s++) {
            double f = (double) s / steps;
            double[] v = {p[0] + f * (q[0] - p[0]), p[1] + f * (q[1] - p[1]), p[2] + f * (q[2] - p[2])};
            double[] sc = cam.screen(v);
            double t = cam.depth(v) - 1e-3;
            int cx = (int) Math.floor(sc[0]);
            int cy = (int) Math.floor(sc[1]);
            for (int y = Math.max(0, cy - reach); y <= Math.min(raster.height - 1, cy + reach); y++) {
                for (int x = Math.max(0, cx - reach); x <= Math.min(raster.width - 1, cx + reach); x++) {
                    double dx = x + 0.5 - sc[0];
                    double dy = y + 0.5 - sc[1];
                    int i = y * raster.width + x;
                    if (dx * dx + dy * dy <= half * half && t < raster.depth[i]) {
                        raster.depth[i] = t;
                        raster.rgb[i] = l.argb() | 0xFF000000;
                    }
                }
            }
        }
    }

    /** A translucent triangle blended over what is nearer than nothing in front of it. */
    private static void face(Raster raster, Camera cam, Scene.Face f) {
        double[][] v = {cam.view(f.a()), cam.view(f.b()), cam.view(f.c())};
        double[][] s = {cam.screen(v[0]), cam.screen(v[1]), cam.screen(v[2])};
        double[] e1 = {v[1][0] - v[0][0], v[1][1] - v[0][1], v[1][2] - v[0][2]};
        double[] e2 = {v[2][0] - v[0][0], v[2][1] - v[0][1], v[2][2] - v[0][2]};
        double[] n = {e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]};
        double nl = Math.sqrt(dot(n, n));
        double area = edge(s[0], s[1], s[2][0], s[2][1]);
        if (nl < 1e-12 || Math.abs(area) < 1e-12) {
            return;
        }
        for (int k = 0; k < 3; k++) {
            n[k] /= nl;
        }
        int[] box = box(raster, cam, v, 0);
        double alpha = (f.argb() >>> 24) / 255.0;
        double[] o = new double[3];
        double[] d = new double[3];
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double w0 = edge(s[1], s[2], px, py) / area;
                double w1 = edge(s[2], s[0], px, py) / area;
                double w2 = edge(s[0], s[1], px, py) / area;
                if (w0 < 0 || w1 < 0 || w2 < 0) {
                    continue;
                }
                cam.ray(px, py, o, d);
                double denom = dot(n, d);
                if (Math.abs(denom) < 1e-12) {
                    continue;
                }
                double t = ((v[0][0] - o[0]) * n[0] + (v[0][1] - o[1]) * n[1] + (v[0][2] - o[2]) * n[2]) / denom;
                int i = y * raster.width + x;
                if (t < raster.depth[i]) {
                    int c = Shading.shade(f.argb() | 0xFF000000, n, new double[] {-d[0], -d[1], -d[2]});
                    raster.rgb[i] = blend(c, raster.rgb[i], alpha);
                }
            }
        }
    }

    private static double edge(double[] a, double[] b, double px, double py) {
        return (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]);
    }

    private static int blend(int over, int under, double alpha) {
        int out = 0xFF000000;
        for (int shift = 0; shift <= 16; shift += 8) {
            double c = alpha * (over >> shift & 0xFF) + (1 - alpha) * (under >> shift & 0xFF);
            out |= (int) Math.round(c) << shift;
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] centroid(Scene.Face f) {
        return new double[] {(f.a()[0] + f.b()[0] + f.c()[0]) / 3, (f.a()[1] + f.b()[1] + f.c()[1]) / 3,
            (f.a()[2] + f.b()[2] + f.c()[2]) / 3};
    }
}
