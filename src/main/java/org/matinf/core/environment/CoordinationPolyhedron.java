package org.matinf.core.environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The coordination polyhedra (and planar or linear shapes) MatInf recognises, each for one
 * coordination number and scored by one local structure order parameter. The shapes, their
 * order parameters and parameters are pymatgen's motif table ({@code cn_opt_params.yaml}, used by
 * {@code NearNeighbors.get_local_order_parameters}), with pymatgen's "square co-planar" called
 * square planar and "body-centered cubic" (the 8 corners of a cube) bcc. Coordination numbers
 * without shapes here (1, 9–11, 13 and more) are not recognised; a trigonal prism (cn 6) is not
 * among pymatgen's shapes either, and scores low for all three cn-6 shapes.
 */
public enum CoordinationPolyhedron {
    /** cn 2, 90°. */
    L_SHAPED("L-shaped", "L-shaped", 2, bent(0.5, 15.15)),
    /** cn 2, 104.45°. */
    WATER_LIKE("water-like", "water-like", 2, bent(0.5802777777777778, 13.95)),
    /** cn 2, 120°. */
    BENT_120("bent 120 degrees", "bent 120 degrees", 2, bent(0.666666666667, 13.25)),
    /** cn 2, 150°. */
    BENT_150("bent 150 degrees", "bent 150 degrees", 2, bent(0.833333333333333, 12.45)),
    /** cn 2, 180°. */
    LINEAR("linear", "linear", 2, bent(1, 8.667)),
    /** cn 3, flat triangle around the atom. */
    TRIGONAL_PLANAR("trigonal planar", "trigonal planar", 3, OrderParameter.of(OrderParameterType.TRI_PLAN_MAX)),
    /** cn 3, a tetrahedron missing one vertex. */
    TRIGONAL_NON_COPLANAR("trigonal non-coplanar", "trigonal non-coplanar", 3,
            OrderParameter.of(OrderParameterType.TET_MAX).with("IGW_TA", 18.33)),
    /** cn 3, T-shaped. */
    T_SHAPED("T-shaped", "T-shaped", 3, OrderParameter.of(OrderParameterType.T_SHAPED)),
    /** cn 4, square planar. */
    SQUARE_PLANAR("square planar", "square co-planar", 4, OrderParameter.of(OrderParameterType.SQ_PLAN_MAX)),
    /** cn 4, tetrahedral. */
    TETRAHEDRAL("tetrahedral", "tetrahedral", 4, OrderParameter.of(OrderParameterType.TET_MAX)),
    /** cn 4, rectangular see-saw (an octahedron missing two cis vertices). */
    RECTANGULAR_SEE_SAW("rectangular see-saw", "rectangular see-saw-like", 4,
            OrderParameter.of(OrderParameterType.SEE_SAW_RECT)),
    /** cn 4, see-saw (a trigonal bipyramid missing one equatorial vertex). */
    SEE_SAW("see-saw", "see-saw-like", 4, OrderParameter.of(OrderParameterType.TRI_BIPYR).with("IGW_EP", 15.75)
            .with("IGW_SPP", 12.75)),
    /** cn 4, trigonal pyramid with the atom in the centre of the base. */
    TRIGONAL_PYRAMIDAL("trigonal pyramidal", "trigonal pyramidal", 4, OrderParameter.of(OrderParameterType.TRI_PYR)),
    /** cn 5, pentagonal planar. */
    PENTAGONAL_PLANAR("pentagonal planar", "pentagonal planar", 5, OrderParameter.of(OrderParameterType.PENT_PLAN_MAX)),
    /** cn 5, square pyramidal. */
    SQUARE_PYRAMIDAL("square pyramidal", "square pyramidal", 5, OrderParameter.of(OrderParameterType.SQ_PYR)),
    /** cn 5, trigonal bipyramidal. */
    TRIGONAL_BIPYRAMIDAL("trigonal bipyramidal", "trigonal bipyramidal", 5, OrderParameter.of(OrderParameterType.TRI_BIPYR)),
    /** cn 6, hexagonal planar. */
    HEXAGONAL_PLANAR("hexagonal planar", "hexagonal planar", 6, OrderParameter.of(OrderParameterType.HEX_PLAN_MAX)),
    /** cn 6, octahedral. */
    OCTAHEDRAL("octahedral", "octahedral", 6, OrderParameter.of(OrderParameterType.OCT_MAX)),
    /** cn 6, pentagonal pyramidal. */
    PENTAGONAL_PYRAMIDAL("pentagonal pyramidal", "pentagonal pyramidal", 6, OrderParameter.of(OrderParameterType.PENT_PYR)),
    /** cn 7, hexagonal pyramidal. */
    HEXAGONAL_PYRAMIDAL("hexagonal pyramidal", "hexagonal pyramidal", 7, OrderParameter.of(OrderParameterType.HEX_PYR)),
    /** cn 7, pentagonal bipyramidal. */
    PENTAGONAL_BIPYRAMIDAL("pentagonal bipyramidal", "pentagonal bipyramidal", 7,
            OrderParameter.of(OrderParameterType.PENT_BIPYR)),
    /** cn 8, the cube of nearest neighbours in a body-centred cubic metal (CsCl, Fe). */
    BCC("bcc", "body-centered cubic", 8, OrderParameter.of(OrderParameterType.BCC)),
    /** cn 8, hexagonal bipyramidal. */
    HEXAGONAL_BIPYRAMIDAL("hexagonal bipyramidal", "hexagonal bipyramidal", 8,
            OrderParameter.of(OrderParameterType.HEX_BIPYR)),
    /** cn 12, cuboctahedral (fcc; hcp's anticuboctahedron scores high too). */
    CUBOCTAHEDRAL("cuboctahedral", "cuboctahedral", 12, OrderParameter.of(OrderParameterType.CUBOCT_MAX));

    private final String label;
    private final String pymatgenName;
    private final int cn;
    private final OrderParameter orderParameter;

    CoordinationPolyhedron(String label, String pymatgenName, int cn, OrderParameter orderParameter) {
        this.label = label;
        this.pymatgenName = pymatgenName;
        this.cn = cn;
        this.orderParameter = orderParameter;
    }

    private static OrderParameter bent(double targetAngle, double width) {
        return OrderParameter.of(OrderParameterType.BENT).with("TA", targetAngle).with("IGW_TA", width);
    }

    /** The name in crystallographers' words, e.g. "octahedral", "square planar". */
    public String label() {
        return label;
    }

    /** The motif's name in pymatgen's {@code cn_opt_params.yaml}. */
    public String pymatgenName() {
        return pymatgenName;
    }

    /** The coordination number of the shape. */
    public int cn() {
        return cn;
    }

    /** The order parameter that scores the shape. */
    public OrderParameter orderParameter() {
        return orderParameter;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The shapes of a coordination number, in table order (empty if none). */
    public static List<CoordinationPolyhedron> candidates(int cn) {
        List<CoordinationPolyhedron> out = new ArrayList<>();
        for (CoordinationPolyhedron p : values()) {
            if (p.cn == cn) {
                out.add(p);
            }
        }
        return out;
    }

    /** The shape of a label or pymatgen name (case-insensitive). */
    public static CoordinationPolyhedron of(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (CoordinationPolyhedron p : values()) {
            if (p.label.equals(key) || p.pymatgenName.toLowerCase(Locale.ROOT).equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown coordination polyhedron '" + name + "'");
    }

    /**
     * Every candidate shape for the number of neighbours, with its score (the order parameter of
     * the centre and its neighbours' Cartesian positions), in table order.
     */
    public static List<PolyhedronScore> scores(double[] center, List<double[]> neighbors) {
        List<PolyhedronScore> out = new ArrayList<>();
        for (CoordinationPolyhedron p : candidates(neighbors.size())) {
            out.add(new PolyhedronScore(p, p.orderParameter.value(center, neighbors)));
        }
        return out;
    }

    /** The best-scoring shape (the first of equal scores); empty if the coordination number has none. */
    public static Optional<PolyhedronScore> best(List<PolyhedronScore> scores) {
        return scores.stream().filter(s -> !Double.isNaN(s.score()))
                .reduce((a, b) -> b.score() > a.score() ? b : a);
    }
}
