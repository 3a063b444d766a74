package org.matinf.core.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matinf.core.element.Element;
import org.matinf.core.environment.CoordinatedNeighbor;
import org.matinf.core.environment.Positions;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.Vec3;

/**
 * Builds the {@link Scene} of a structure: the atoms of the (super)cell with sites wrapped into
 * it, the atoms on its faces, edges and corners repeated on the opposite sides (optional), bonds
 * to the neighbours the {@link org.matinf.core.environment.NeighborStrategy} finds where both ends
 * are drawn, coordination polyhedra (convex hulls of the neighbours) round chosen elements with
 * their corner atoms added even outside the box, and the box itself.
 *
 * <p>Balls have half the element's atomic radius (covalent radius where none is tabulated),
 * at least {@value #MIN_BALL}; sticks have radius {@value #STICK_RADIUS} Å; polyhedra take their
 * centre atom's colour at opacity {@value #POLYHEDRON_OPACITY}.
 */
public final class SceneBuilder {
    /** Ball radius as a fraction of the atomic radius. */
    public static final double BALL_SCALE = 0.5;
    /** Smallest ball radius, Å. */
    public static final double MIN_BALL = 0.2;
    /** Bond cylinder radius, Å. */
    public static final double STICK_RADIUS = 0.12;
    /** Opacity of polyhedron faces. */
    public static final double POLYHEDRON_OPACITY = 0.55;
    /** Colour of the cell box. */
    public static final int CELL_COLOR = 0xFF202020;
    /** Fractional distance from a cell face within which an atom counts as on it. */
    static final double ON_FACE = 1e-3;

    private final Structure structure;
    private final SceneOptions options;
    private final Map<List<Integer>, Integer> ballIndex = new LinkedHashMap<>();
    private final List<Scene.Ball> balls = new ArrayList<>();
    private List<List<CoordinatedNeighbor>> shells;

    private SceneBuilder(Structure structure, SceneOptions options) {
        this.structure = structure.isPeriodic() ? structure.wrapped() : structure;
        this.options = options;
    }

    /** The scene of a structure. */
    public static Scene build(Structure structure, SceneOptions options) {
        if (structure.numSites() == 0) {
            throw new IllegalArgumentException("the structure has no atoms to draw");
        }
        return new SceneBuilder(structure, options).build();
    }

    /** The drawn radius of an element's atoms, Å. */
    public static double ballRadius(Element e) {
        double r = e.atomicRadius() > 0 ? e.atomicRadius() : e.covalentRadius() > 0 ? e.covalentRadius() : 1.0;
        return Math.max(MIN_BALL, BALL_SCALE * r);
    }

    private Scene build() {
        int[] n = periodic() ? options.supercell() : new int[] {1, 1, 1};
        for (int i = 0; i < structure.numSites(); i++) {
            for (int[] t : translations(structure.site(i).frac(), n)) {
                addBall(i, t);
            }
        }
        if (options.bonds() || !options.polyhedra().isEmpty()) {
            shells = options.strategy().allNeighbors(structure);
        }
        List<Scene.Face> faces = new ArrayList<>();
        List<Scene.Line> lines = new ArrayList<>();
        if (!options.polyhedra().isEmpty()) {
            addPolyhedra(faces, lines);
        }
        List<Scene.Stick> sticks = options.bonds() ? sticks() : List.of();
        if (options.cell() && periodic()) {
            addBox(n, lines);
        }
        return bounded(sticks, faces, lines);
    }

    private boolean periodic() {
        return structure.isPeriodic();
    }

    /** The cell translations that put a site (wrapped fractional coordinates) inside the n-fold box, faces included. */
    private List<int[]> translations(double[] f, int[] n) {
        List<List<Integer>> perAxis = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            List<Integer> ts = new ArrayList<>();
            int lo = options.boundary() && periodic() ? -1 : 0;
            int hi = options.boundary() && periodic() ? n[k] : n[k] - 1;
            for (int t = lo; t <= hi; t++) {
                double x = f[k] + t;
                boolean inside = t >= 0 && t < n[k];
                if (inside || x >= -ON_FACE && x <= n[k] + ON_FACE) {
                    ts.add(t);
                }
            }
            perAxis.add(ts);
        }
        List<int[]> out = new ArrayList<>();
        for (int a : perAxis.get(0)) {
            for (int b : perAxis.get(1)) {
                for (int c : perAxis.get(2)) {
                    out.add(new int[] {a, b, c});
                }
            }
        }
        return out;
    }

    private int addBall(int site, int[] t) {
        List<Integer> key = List.of(site, t[0], t[1], t[2]);
        Integer known = ballIndex.get(key);
        if (known != null) {
            return known;
        }
        Site s = structure.site(site);
        Element e = s.majoritySpecies().element();
        String label = s.label() == null || s.label().isBlank() ? s.speciesString() : s.label();
        balls.add(new Scene.Ball(Positions.of(structure, site, t), ballRadius(e), options.colors().argb(e), e.symbol(), label, site));
        ballIndex.put(key, balls.size() - 1);
        return balls.size() - 1;
    }

    private Integer ballAt(int site, int[] t) {
        return ballIndex.get(List.of(site, t[0], t[1], t[2]));
    }

    private static int[] plus(int[] a, int[] b) {
        return new int[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    /** Polyhedra round the box's atoms of the chosen elements; their corner atoms join the scene. */
    private void addPolyhedra(List<Scene.Face> faces, List<Scene.Line> lines) {
        List<Map.Entry<List<Integer>, Integer>> centres = new ArrayList<>(ballIndex.entrySet());
        for (Map.Entry<List<Integer>, Integer> c : centres) {
            int site = c.getKey().get(0);
            int[] t = {c.getKey().get(1), c.getKey().get(2), c.getKey().get(3)};
            Scene.Ball centre = balls.get(c.getValue());
            if (!options.polyhedra().contains(Element.of(centre.element())) || shells.get(site).size() < 3) {
                continue;
            }
            List<double[]> corners = new ArrayList<>();
            for (CoordinatedNeighbor nb : shells.get(site)) {
                int[] image = plus(t, nb.image());
                corners.add(balls.get(addBall(nb.index(), image)).centre());
            }
            ConvexHull hull = ConvexHull.of(corners);
            int alpha = (int) Math.round(POLYHEDRON_OPACITY * 255);
            int face = alpha << 24 | centre.argb() & 0xFFFFFF;
            for (int[] tri : hull.triangles()) {
                faces.add(new Scene.Face(corners.get(tri[0]), corners.get(tri[1]), corners.get(tri[2]), face));
            }
            int edge = Shading.darker(centre.argb(), 0.6);
            for (int[] e : hull.edges()) {
                lines.add(new Scene.Line(corners.get(e[0]), corners.get(e[1]), edge));
            }
        }
    }

    /** Bonds from every drawn atom to those of its neighbours that are drawn too, each pair once. */
    private List<Scene.Stick> sticks() {
        List<Scene.Stick> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Map.Entry<List<Integer>, Integer> a : ballIndex.entrySet()) {
            int[] t = {a.getKey().get(1), a.getKey().get(2), a.getKey().get(3)};
            for (CoordinatedNeighbor nb : shells.get(a.getKey().get(0))) {
                Integer b = ballAt(nb.index(), plus(t, nb.image()));
                if (b != null && !b.equals(a.getValue())) {
                    int lo = Math.min(a.getValue(), b);
                    int hi = Math.max(a.getValue(), b);
                    if (seen.add((long) lo * balls.size() + hi)) {
                        out.add(new Scene.Stick(lo, hi, STICK_RADIUS));
                    }
                }
            }
        }
        return out;
    }

    private void addBox(int[] n, List<Scene.Line> lines) {
        Lattice l = structure.lattice();
        for (int axis = 0; axis < 3; axis++) {
            int u = (axis + 1) % 3;
            int v = (axis + 2) % 3;
            for (int cu = 0; cu <= 1; cu++) {
                for (int cv = 0; cv <= 1; cv++) {
                    double[] from = new double[3];
                    from[u] = cu * n[u];
                    from[v] = cv * n[v];
                    double[] to = from.clone();
                    to[axis] = n[axis];
                    lines.add(new Scene.Line(l.toCartesian(from), l.toCartesian(to), CELL_COLOR));
                }
            }
        }
    }

    /** The scene with the centre of the bounding box of all parts and the radius of a sphere round them. */
    private Scene bounded(List<Scene.Stick> sticks, List<Scene.Face> faces, List<Scene.Line> lines) {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        List<double[]> points = new ArrayList<>();
        for (Scene.Ball b : balls) {
            points.add(b.centre());
        }
        for (Scene.Line line : lines) {
            points.add(line.from());
            points.add(line.to());
        }
        for (double[] p : points) {
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(lo[k], p[k]);
                hi[k] = Math.max(hi[k], p[k]);
            }
        }
        double[] centre = {(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2};
        double radius = 0;
        for (Scene.Ball b : balls) {
            radius = Math.max(radius, Vec3.distance(b.centre(), centre) + b.radius());
        }
        for (double[] p : points) {
            radius = Math.max(radius, Vec3.distance(p, centre));
        }
        return new Scene(balls, sticks, faces, lines, centre, radius);
    }
}
