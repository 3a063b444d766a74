package org.matinf.core.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.matinf.core.structure.Vec3;

/**
 * The convex hull of a coordination shell (a few to a few dozen points), found by testing every
 * plane through three points: a plane with all points on one side carries a face. Coplanar points
 * (the square of a cuboctahedron, a square-planar shell) make one polygon, split into a fan of
 * triangles. A shell whose points all lie in one plane gives that polygon alone; a shell on one
 * line gives nothing.
 *
 * @param triangles corner indices into the points, three per triangle
 * @param edges the polygon edges as index pairs (no triangulation diagonals), each once
 */
public record ConvexHull(List<int[]> triangles, List<int[]> edges) {
    private static final double PLANE_TOLERANCE = 1e-6;

    /** The hull of the points (Cartesian, Å). */
    public static ConvexHull of(List<double[]> points) {
        int n = points.size();
        List<int[]> triangles = new ArrayList<>();
        Set<String> edgeKeys = new LinkedHashSet<>();
        Set<String> planes = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int k = j + 1; k < n; k++) {
                    int[] onPlane = supportingPlane(points, i, j, k);
                    if (onPlane != null && planes.add(Arrays.toString(onPlane))) {
                        int[] polygon = polygon(points, onPlane);
                        for (int m = 1; m + 1 < polygon.length; m++) {
                            triangles.add(new int[] {polygon[0], polygon[m], polygon[m + 1]});
                        }
                        for (int m = 0; m < polygon.length; m++) {
                            int a = polygon[m];
                            int b = polygon[(m + 1) % polygon.length];
                            edgeKeys.add(Math.min(a, b) + " " + Math.max(a, b));
                        }
                    }
                }
            }
        }
        List<int[]> edges = new ArrayList<>();
        for (String e : edgeKeys) {
            String[] f = e.split(" ");
            edges.add(new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1])});
        }
        return new ConvexHull(triangles, edges);
    }

    /** The sorted indices of the points on the plane through i, j, k if no point lies on both sides; else null. */
    private static int[] supportingPlane(List<double[]> p, int i, int j, int k) {
        double[] normal = Vec3.cross(Vec3.sub(p.get(j), p.get(i)), Vec3.sub(p.get(k), p.get(i)));
        double len = Vec3.norm(normal);
        if (len < PLANE_TOLERANCE) {
            return null;
        }
        normal = Vec3.scale(normal, 1 / len);
        boolean above = false;
        boolean below = false;
        List<Integer> on = new ArrayList<>();
        for (int m = 0; m < p.size(); m++) {
            double d = Vec3.dot(Vec3.sub(p.get(m), p.get(i)), normal);
            if (d > PLANE_TOLERANCE) {
                above = true;
            } else if (d < -PLANE_TOLERANCE) {
                below = true;
            } else {
                on.add(m);
            }
        }
        return above && below ? null : on.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The corners of the convex polygon of coplanar points, in order round it (points inside it left out). */
    private static int[] polygon(List<double[]> p, int[] onPlane) {
        if (onPlane.length == 3) {
            return onPlane;
        }
        double[] origin = p.get(onPlane[0]);
        double[] u = Vec3.unit(Vec3.sub(p.get(onPlane[1]), origin));
        double[] normal = null;
        for (int m = 2; m < onPlane.length && normal == null; m++) {
            double[] c = Vec3.cross(u, Vec3.sub(p.get(onPlane[m]), origin));
            if (Vec3.norm(c) > PLANE_TOLERANCE) {
                normal = Vec3.unit(c);
            }
        }
        double[] v = Vec3.cross(normal, u);
        double[][] xy = new double[onPlane.length][];
        Integer[] order = new Integer[onPlane.length];
        for (int m = 0; m < onPlane.length; m++) {
            double[] d = Vec3.sub(p.get(onPlane[m]), origin);
            xy[m] = new double[] {Vec3.dot(d, u), Vec3.dot(d, v)};
            order[m] = m;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(m -> xy[m][0]).thenComparingDouble(m -> xy[m][1]));
        // Andrew's monotone chain: lower then upper hull
        int[] hull = new int[2 * order.length];
        int h = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = h;
            for (int q = 0; q < order.length; q++) {
                int m = pass == 0 ? order[q] : order[order.length - 1 - q];
                while (h >= start + 2 && cross(xy[hull[h - 2]], xy[hull[h - 1]], xy[m]) <= PLANE_TOLERANCE) {
                    h--;
                }
                hull[h++] = m;
            }
            h--;
        }
        int[] out = new int[h];
        for (int q = 0; q < h; q++) {
            out[q] = onPlane[hull[q]];
        }
        return out;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
