package org.matinf.core.environment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.matinf.core.structure.NeighborList;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.Vec3;

/**
 * The Voronoi polyhedron of an atom in a periodic structure: the region nearer to it than to any
 * other atom or periodic image, as a convex polyhedron whose faces are shared with its neighbours.
 *
 * <p>Built by cutting a large cube with the perpendicular bisector of the atom and each periodic
 * image within a search radius, nearest first; once the farthest corner lies nearer than half the
 * next image's distance, no further image can cut the cell. The search radius follows pymatgen's
 * {@code VoronoiNN}: the cell is made from the images within the radius, and if these leave the cell
 * open the radius is doubled, up to the longest body diagonal of the unit cell plus 0.01 Å. Planes
 * that only touch the cell (within 10⁻⁹ Å) make no face. In a non-periodic structure (a molecule)
 * the cell of an outer atom stays open: its open side is left out and {@link #closed()} is false.
 */
public final class VoronoiCell {
    /** The radius probed first when the requested one is larger: most cells close well inside it. */
    private static final double PROBE_RADIUS = 6.0;

    private final int site;
    private final double[] centre;
    private final List<VoronoiFace> faces;
    private final boolean closed;

    private VoronoiCell(int site, double[] centre, List<VoronoiFace> faces, boolean closed) {
        this.site = site;
        this.centre = centre;
        this.faces = List.copyOf(faces);
        this.closed = closed;
    }

    /** The index of the central site. */
    public int site() {
        return site;
    }

    /** The Cartesian position of the central atom, Å. */
    public double[] centre() {
        return centre.clone();
    }

    /** The faces, largest solid angle first. */
    public List<VoronoiFace> faces() {
        return faces;
    }

    /** False only when the cell could not be closed (an outer atom of a non-periodic structure). */
    public boolean closed() {
        return closed;
    }

    /** The cell's volume, Å³ (the cells of all sites fill the unit cell). */
    public double volume() {
        return faces.stream().mapToDouble(VoronoiFace::volume).sum();
    }

    /** The largest solid angle of a face (0 for a cell without faces). */
    public double maxSolidAngle() {
        return faces.stream().mapToDouble(VoronoiFace::solidAngle).max().orElse(0);
    }

    /**
     * The Voronoi cell of one site from the periodic images within {@code cutoff} Å (enlarged as
     * described above while the cell is open).
     */
    public static VoronoiCell of(Structure structure, int site, double cutoff) {
        if (site < 0 || site >= structure.numSites()) {
            throw new IndexOutOfBoundsException("site " + site + " of a structure of " + structure.numSites() + " sites");
        }
        return build(structure, new int[] {site}, cutoff).get(0);
    }

    /** The Voronoi cells of all sites, in site order (one neighbour search shared by all). */
    public static List<VoronoiCell> all(Structure structure, double cutoff) {
        int[] sites = new int[structure.numSites()];
        Arrays.setAll(sites, i -> i);
        return build(structure, sites, cutoff);
    }

    private static List<VoronoiCell> build(Structure s, int[] sites, double cutoff) {
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("the Voronoi search radius must be a positive distance, got " + cutoff);
        }
        VoronoiCell[] cells = new VoronoiCell[sites.length];
        double largest = largestRadius(s);
        if (cutoff > PROBE_RADIUS && s.isPeriodic()) {
            // a cell whose corners all lie within half the probe radius is final: farther images cannot cut it
            NeighborList probe = s.neighbors(PROBE_RADIUS);
            for (int k = 0; k < sites.length; k++) {
                Clipped c = clip(s, sites[k], probe);
                if (!c.polyhedron().touchesBox() && 2 * c.polyhedron().circumradius() < PROBE_RADIUS) {
                    cells[k] = c.cell();
                }
            }
        }
        double radius = cutoff;
        while (true) {
            List<Integer> open = new ArrayList<>();
            for (int k = 0; k < sites.length; k++) {
                if (cells[k] == null) {
                    open.add(k);
                }
            }
            if (open.isEmpty()) {
                return Arrays.asList(cells);
            }
            NeighborList list = s.neighbors(radius);
            boolean last = radius >= largest || !s.isPeriodic();
            for (int k : open) {
                Clipped c = clip(s, sites[k], list);
                if (last || !c.polyhedron().touchesBox()) {
                    cells[k] = c.cell();
                }
            }
            radius = Math.min(2 * radius, largest + 0.001);
        }
    }

    /** pymatgen's largest search radius: the longest body diagonal of the unit cell plus 0.01 Å. */
    private static double largestRadius(Structure s) {
        double max = 0;
        for (int[] d : new int[][] {{1, 1, 1}, {-1, 1, 1}, {1, -1, 1}, {1, 1, -1}}) {
            max = Math.max(max, Vec3.norm(s.lattice().toCartesian(new double[] {d[0], d[1], d[2]})));
        }
        return max + 0.01;
    }

    private record Clipped(ConvexPolyhedron polyhedron, VoronoiCell cell) {
    }

    /** Cuts the starting cube with the bisectors of the site's neighbours in {@code list}. */
    private static Clipped clip(Structure s, int site, NeighborList list) {
        double[] centre = Positions.of(s, site, new int[3]);
        List<NeighborList.Neighbor> ns = list.of(site);
        double half = 10 * list.radius() + 100;
        ConvexPolyhedron poly = ConvexPolyhedron.cube(half);
        double reach = Double.POSITIVE_INFINITY;
        double[][] rel = new double[ns.size()][];
        for (int k = 0; k < ns.size(); k++) {
            NeighborList.Neighbor n = ns.get(k);
            if (n.distance() / 2 > reach + ConvexPolyhedron.ON_PLANE) {
                break;
            }
            rel[k] = Vec3.sub(Positions.of(s, n.index(), n.image()), centre);
            if (poly.cutByBisector(rel[k], k) && !poly.touchesBox()) {
                reach = poly.circumradius();
            }
        }
        List<VoronoiFace> faces = new ArrayList<>();
        for (ConvexPolyhedron.Polygon f : poly.faces()) {
            if (f.label() >= 0) {
                NeighborList.Neighbor n = ns.get(f.label());
                faces.add(face(n, centre, rel[f.label()], f.vertices()));
            }
        }
        faces.sort(Comparator.comparingDouble(VoronoiFace::solidAngle).reversed());
        return new Clipped(poly, new VoronoiCell(site, centre, faces, !poly.touchesBox()));
    }

    private static VoronoiFace face(NeighborList.Neighbor n, double[] centre, double[] rel, List<double[]> corners) {
        double[] twiceArea = new double[3];
        double solid = 0;
        double[] first = corners.get(0);
        for (int i = 1; i + 1 < corners.size(); i++) {
            twiceArea = Vec3.add(twiceArea, Vec3.cross(Vec3.sub(corners.get(i), first), Vec3.sub(corners.get(i + 1), first)));
            solid += triangleSolidAngle(first, corners.get(i), corners.get(i + 1));
        }
        double area = Vec3.norm(twiceArea) / 2;
        List<double[]> absolute = corners.stream().map(v -> Vec3.add(v, centre)).toList();
        return new VoronoiFace(n.index(), n.image(), n.distance(), area, solid, area * n.distance() / 6,
                Vec3.add(centre, rel), absolute);
    }

    /**
     * Solid angle of the triangle (a, b, c) seen from the origin (Van Oosterom and Strackee, 1983):
     * tan(Ω/2) = |a·(b×c)| / (abc + (a·b)c + (a·c)b + (b·c)a), with a, b, c the lengths.
     */
    static double triangleSolidAngle(double[] a, double[] b, double[] c) {
        double la = Vec3.norm(a);
        double lb = Vec3.norm(b);
        double lc = Vec3.norm(c);
        double numerator = Math.abs(Vec3.dot(a, Vec3.cross(b, c)));
        double denominator = la * lb * lc + Vec3.dot(a, b) * lc + Vec3.dot(a, c) * lb + Vec3.dot(b, c) * la;
        return 2 * Math.atan2(numerator, denominator);
    }
}
