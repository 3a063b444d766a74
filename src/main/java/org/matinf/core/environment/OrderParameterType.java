package org.matinf.core.environment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local structure order parameters MatInf computes, under the keys pymatgen's
 * {@code LocalStructOrderParams} uses, each with pymatgen's default parameters
 * ({@code op_params.yaml} of pymatgen 2022.11.7; Zimmermann et al., Front. Mater. 4, 34 (2017);
 * Peters, J. Chem. Phys. 131, 244103 (2009); Steinhardt et al., Phys. Rev. B 28, 784 (1983)).
 *
 * <p>Parameter names are pymatgen's: {@code TA} target angle as a fraction of 180°, {@code IGW_TA}
 * inverse Gaussian width around it, {@code IGW_EP} inverse width around the equatorial plane (90°),
 * {@code fac_AA} and {@code exp_cos_AA} factor and exponent of the azimuth-angle cosine,
 * {@code min_SPP} smallest angle (radians) of a "south pole" neighbour, {@code IGW_SPP} and
 * {@code w_SPP} inverse width and weight of south-pole terms, {@code norm} for {@link #CN};
 * cuboctahedra use {@code low} (75°) and {@code high} (105°) band limits, {@code IGW_band} and
 * {@code IGW_tilt} (pymatgen's keys 4, 2, 5, 6); {@code legacy_shift} (product of pymatgen's keys 6
 * and 7) for {@link #OCT_LEGACY}; {@code IGW_dist} (key 2) for {@link #SQ_PYR_LEGACY}.
 */
public enum OrderParameterType {
    /** Coordination number over {@code norm}. */
    CN("cn", "norm", 1),
    /** Single bond: 1 − d₁/d₂ of the two shortest distances (1 for one neighbour). */
    SINGLE_BOND("sgl_bd"),
    /** Bent (angular) coordination; with the defaults (target 180°) a linear one. */
    BENT("bent", "TA", 1, "IGW_TA", 8.667),
    /** T-shaped. */
    T_SHAPED("T", "IGW_EP", 15.5, "fac_AA", 1, "exp_cos_AA", 2),
    /** Rectangular see-saw. */
    SEE_SAW_RECT("see_saw_rect", "min_SPP", 2.356194490192345, "IGW_SPP", 11.5, "IGW_EP", 27, "fac_AA", 2,
            "exp_cos_AA", 2),
    /** Tetrahedral (average form). */
    TET("tet", "IGW_TA", 15, "TA", 0.6081734479693927, "fac_AA", 1.5, "exp_cos_AA", 2),
    /** Tetrahedral (best-pole form). */
    TET_MAX("tet_max", "IGW_TA", 18.5, "TA", 0.6081734479693927, "fac_AA", 1.5, "exp_cos_AA", 2),
    /** Octahedral (average form). */
    OCT("oct", "min_SPP", 2.792526803190927, "IGW_SPP", 15, "IGW_EP", 18, "w_SPP", 3, "fac_AA", 2, "exp_cos_AA", 2),
    /** Octahedral (best-pole form). */
    OCT_MAX("oct_max", "min_SPP", 2.356194490192345, "IGW_SPP", 15, "IGW_EP", 18, "w_SPP", 1, "fac_AA", 2,
            "exp_cos_AA", 2),
    /** Octahedral, original form of Zimmermann et al. (2015); may be slightly negative. */
    OCT_LEGACY("oct_legacy", "min_SPP", 2.792526803190927, "IGW_SPP", 15, "IGW_EP", 18, "w_SPP", 3, "fac_AA", 2,
            "exp_cos_AA", 2, "legacy_shift", 0.25 * 1.33333333),
    /** Body-centred cubic: the 8 corners of a cube around the atom. */
    BCC("bcc", "min_SPP", 2.5261129449194057, "IGW_SPP", 15, "w_SPP", 6),
    /** Trigonal planar (average form). */
    TRI_PLAN("tri_plan", "IGW_TA", 13.5, "TA", 0.66666666667, "fac_AA", 1, "exp_cos_AA", 2),
    /** Trigonal planar (best-pole form). */
    TRI_PLAN_MAX("tri_plan_max", "IGW_TA", 17.5, "TA", 0.66666666667, "fac_AA", 1, "exp_cos_AA", 2),
    /** Square planar (average form). */
    SQ_PLAN("sq_plan", "min_SPP", 2.792526803190927, "IGW_SPP", 15, "IGW_EP", 18, "w_SPP", 1, "fac_AA", 1,
            "exp_cos_AA", 2),
    /** Square planar (best-pole form). */
    SQ_PLAN_MAX("sq_plan_max", "min_SPP", 2.356194490192345, "IGW_SPP", 13.5, "IGW_EP", 17.7, "w_SPP", 1, "fac_AA", 1,
            "exp_cos_AA", 2),
    /** Pentagonal planar (average form). */
    PENT_PLAN("pent_plan", "TA", 0.6, "IGW_TA", 18),
    /** Pentagonal planar (best-pole form). */
    PENT_PLAN_MAX("pent_plan_max", "TA", 0.6, "IGW_TA", 19.333),
    /** Hexagonal planar (best-pole form). */
    HEX_PLAN_MAX("hex_plan_max", "min_SPP", 2.6179938779914944, "IGW_SPP", 7.5, "w_SPP", 1, "fac_AA", 1,
            "exp_cos_AA", 2, "IGW_TA", 25, "TA", 0.16666667),
    /** Trigonal pyramidal, the atom in the centre of the basal plane. */
    TRI_PYR("tri_pyr", "IGW_EP", 15.5, "fac_AA", 1.5, "exp_cos_AA", 2),
    /** Square pyramidal. */
    SQ_PYR("sq_pyr", "IGW_EP", 14.9, "fac_AA", 2, "exp_cos_AA", 2),
    /** Square pyramidal, original form. */
    SQ_PYR_LEGACY("sq_pyr_legacy", "TA", 0.5, "IGW_TA", 30, "IGW_dist", 10),
    /** Pentagonal pyramidal. */
    PENT_PYR("pent_pyr", "IGW_EP", 13.8, "fac_AA", 2.5, "exp_cos_AA", 2),
    /** Hexagonal pyramidal. */
    HEX_PYR("hex_pyr", "IGW_EP", 12.5, "fac_AA", 3, "exp_cos_AA", 2),
    /** Trigonal bipyramidal. */
    TRI_BIPYR("tri_bipyr", "min_SPP", 2.356194490192345, "IGW_SPP", 12, "IGW_EP", 16.6, "fac_AA", 1.5,
            "exp_cos_AA", 2, "w_SPP", 1),
    /** Square bipyramidal. */
    SQ_BIPYR("sq_bipyr", "min_SPP", 2.356194490192345, "IGW_SPP", 15, "IGW_EP", 18, "fac_AA", 2, "exp_cos_AA", 2,
            "w_SPP", 1),
    /** Pentagonal bipyramidal. */
    PENT_BIPYR("pent_bipyr", "min_SPP", 2.356194490192345, "IGW_SPP", 12.5, "IGW_EP", 14.75, "fac_AA", 2.5,
            "exp_cos_AA", 2, "w_SPP", 1),
    /** Hexagonal bipyramidal. */
    HEX_BIPYR("hex_bipyr", "min_SPP", 2.356194490192345, "IGW_SPP", 14.1, "IGW_EP", 13.6, "fac_AA", 3,
            "exp_cos_AA", 2, "w_SPP", 1),
    /** Cuboctahedral (average form). */
    CUBOCT("cuboct", "min_SPP", 2.792526803190927, "IGW_SPP", 15, "high", 1.8325957145940461, "w_SPP", 1.8,
            "low", 1.3089969389957472, "IGW_band", 18, "IGW_tilt", 18),
    /** Cuboctahedral (best-pole form). */
    CUBOCT_MAX("cuboct_max", "min_SPP", 2.792526803190927, "IGW_SPP", 28.75, "high", 1.8325957145940461, "w_SPP", 1.8,
            "low", 1.3089969389957472, "IGW_band", 25.5, "IGW_tilt", 31.25),
    /** Steinhardt's bond-orientational order parameter q₂. */
    Q2("q2"),
    /** Steinhardt's q₄. */
    Q4("q4"),
    /** Steinhardt's q₆. */
    Q6("q6");

    private final String key;
    private final Map<String, Double> defaults;

    OrderParameterType(String key, Object... namesAndValues) {
        this.key = key;
        Map<String, Double> d = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            d.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
        }
        this.defaults = Map.copyOf(d);
    }

    /** pymatgen's key, e.g. {@code "tet"}, {@code "oct_max"}, {@code "T"}. */
    public String key() {
        return key;
    }

    /** pymatgen's default parameters of this order parameter (empty for those without any). */
    public Map<String, Double> defaults() {
        return defaults;
    }

    /** The type of a pymatgen key such as {@code tet} (case-insensitive). */
    public static OrderParameterType of(String key) {
        for (OrderParameterType t : values()) {
            if (t.key.equalsIgnoreCase(key == null ? "" : key.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown order parameter '" + key + "'");
    }
}
