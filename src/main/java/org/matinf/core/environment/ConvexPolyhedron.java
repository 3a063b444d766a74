package org.matinf.core.environment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.matinf.core.structure.Vec3;

/**
 * A convex polyhedron around the origin, cut down plane by plane: each face is a convex polygon
 * (vertices in cyclic order) carrying the label of the plane that made it. Starts as a cube whose
 * faces carry negative labels; {@link #cutByBisector} keeps the half-space nearer the origin than
 * a given point, so cutting by the bisectors of all neighbours leaves the Voronoi cell of the origin.
 */
final class ConvexPolyhedron {
    /** Distance (Å) within which a vertex counts as lying on a cutting plane. */
    static final double ON_PLANE = 1e-9;

    /** One face: the label of its plane and its vertices in cyclic order. */
    record Polygon(int label, List<double[]> vertices) {
    }

    private List<Polygon> faces;

    private ConvexPolyhedron(List<Polygon> faces) {
        this.faces = faces;
    }

    /** The cube [-half, half]³, its faces labelled -1 to -6. */
    static ConvexPolyhedron cube(double half) {
        List<Polygon> faces = new ArrayList<>();
        int label = -1;
        for (int axis = 0; axis < 3; axis++) {
            int u = (axis + 1) % 3;
            int v = (axis + 2) % 3;
            for (double side : new double[] {-half, half}) {
                List<double[]> corners = new ArrayList<>();
                double[][] square = {{-half, -half}, {half, -half}, {half, half}, {-half, half}};
                for (double[] c : square) {
                    double[] p = new double[3];
                    p[axis] = side;
                    p[u] = c[0];
                    p[v] = c[1];
                    corners.add(p);
                }
                faces.add(new Polygon(label--, corners));
            }
        }
        return new ConvexPolyhedron(faces);
    }

    /** The faces. */
    List<Polygon> faces() {
        return faces;
    }

    /** True while some face still belongs to the starting cube. */
    boolean touchesBox() {
        return faces.stream().anyMatch(f -> f.label() < 0);
    }

    /** The largest distance of a vertex from the origin. */
    double circumradius() {
        double max = 0;
        for (Polygon f : faces) {
            for (double[] v : f.vertices()) {
                max = Math.max(max, Vec3.norm(v));
            }
        }
        return max;
    }

    /**
     * Keeps the part nearer the origin than {@code point} (cut by the perpendicular bisector of
     * origin and point); the new face gets {@code label}. A plane that only touches the polyhedron
     * (within {@link #ON_PLANE}) changes nothing.
     *
     * @return true if the plane cut the polyhedron
     */
    boolean cutByBisector(double[] point, int label) {
        double length = Vec3.norm(point);
        if (!(length > 0)) {
            return false;
        }
        double[] normal = Vec3.scale(point, 1 / length);
        double offset = length / 2;
        boolean cuts = false;
        for (Polygon f : faces) {
            for (double[] v : f.vertices()) {
                cuts |= Vec3.dot(v, normal) - offset > ON_PLANE;
            }
        }
        if (!cuts) {
            return false;
        }
        List<Polygon> kept = new ArrayList<>();
        List<double[]> section = new ArrayList<>();
        for (Polygon f : faces) {
            List<double[]> clipped = clip(f.vertices(), normal, offset, section);
            if (clipped.size() >= 3) {
                kept.add(new Polygon(f.label(), clipped));
            }
        }
        List<double[]> newFace = cyclic(distinct(section), normal);
        if (newFace.size() >= 3) {
            kept.add(new Polygon(label, newFace));
        }
        faces = kept;
        return true;
    }

    /**
     * The part of a convex polygon on the origin's side of the plane; the points where the polygon
     * meets the plane are added to {@code section}.
     */
    private static List<double[]> clip(List<double[]> polygon, double[] normal, double offset, List<double[]> section) {
        List<double[]> out = new ArrayList<>();
        int n = polygon.size();
        for (int i = 0; i < n; i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get((i + 1) % n);
            double da = Vec3.dot(a, normal) - offset;
            double db = Vec3.dot(b, normal) - offset;
            if (da <= ON_PLANE) {
                out.add(a);
                if (da >= -ON_PLANE) {
                    section.add(a);
                }
            }
            if ((da < -ON_PLANE && db > ON_PLANE) || (da > ON_PLANE && db < -ON_PLANE)) {
                double t = da / (da - db);
                double[] crossing = {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])};
                out.add(crossing);
                section.add(crossing);
            }
        }
        return out;
    }

    /** The points without repeats (closer than 10 × {@link #ON_PLANE}). */
    private static List<double[]> distinct(List<double[]> points) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : points) {
            boolean seen = false;
            for (double[] q : out) {
                if (Vec3.distance(p, q) < 10 * ON_PLANE) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(p);
            }
        }
        return out;
    }

    /** Points of a convex section, ordered by angle about their centroid in the plane of {@code normal}. */
    private static List<double[]> cyclic(List<double[]> points, double[] normal) {
        if (points.size() < 3) {
            return points;
        }
        double[] centroid = new double[3];
        for (double[] p : points) {
            centroid = Vec3.add(centroid, p);
        }
        double[] c = Vec3.scale(centroid, 1.0 / points.size());
        double[] helper = Math.abs(normal[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] u = Vec3.unit(Vec3.cross(normal, helper));
        double[] w = Vec3.cross(normal, u);
        List<double[]> out = new ArrayList<>(points);
        out.sort(Comparator.comparingDouble(p -> {
            double[] d = Vec3.sub(p, c);
            return Math.atan2(Vec3.dot(d, w), Vec3.dot(d, u));
        }));
        return out;
    }
}
