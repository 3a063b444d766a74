package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/** Hand-built structures for the format tests, and a comparison of two structures. */
final class Samples {
    private Samples() {
    }

    static Species sp(String s) {
        return Species.parse(s);
    }

    /** Triclinic cell; sites Fe, O, O, Fe (two Fe runs), selective dynamics on two sites. */
    static Structure ordered() {
        Lattice l = Lattice.fromParameters(5.1, 5.3, 7.2, 88, 95, 101);
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put(Site.SELECTIVE_DYNAMICS, new boolean[] {true, false, true});
        Map<String, Object> free = new LinkedHashMap<>();
        free.put(Site.SELECTIVE_DYNAMICS, new boolean[] {true, true, true});
        return new Structure(l, List.of(
                new Site(Map.of(sp("Fe"), 1.0), new double[] {0.1, 0.2, 0.3}, null, Double.NaN, Double.NaN, fixed),
                new Site(Map.of(sp("O"), 1.0), new double[] {0.5, 0.25, 0.75}, null, Double.NaN, Double.NaN, free),
                new Site(Map.of(sp("O"), 1.0), new double[] {1.0 / 3, 2.0 / 3, -0.125}, null, Double.NaN, Double.NaN, null),
                new Site(Map.of(sp("Fe"), 1.0), new double[] {0.9, 0.95, 0.05}, null, Double.NaN, Double.NaN, null)),
                true, "FeO test cell");
    }

    /** Disorder (Ba/Sr), a vacancy (O 0.9), oxidation states, labels, selective dynamics and magmoms. */
    static Structure disordered() {
        Lattice l = Lattice.fromParameters(3.95, 3.95, 4.02, 90, 90, 90);
        Map<Species, Double> a = new LinkedHashMap<>();
        a.put(sp("Ba2+"), 0.5);
        a.put(sp("Sr2+"), 0.5);
        Map<String, Object> ti = new LinkedHashMap<>();
        ti.put(Site.SELECTIVE_DYNAMICS, new boolean[] {false, false, true});
        ti.put("magmom", 0.6);
        return new Structure(l, List.of(
                new Site(a, new double[] {0, 0, 0}, "A1", Double.NaN, Double.NaN, null),
                new Site(Map.of(sp("Ti4+"), 1.0), new double[] {0.5, 0.5, 0.51}, "Ti1", Double.NaN, Double.NaN, ti),
                new Site(Map.of(sp("O2-"), 0.9), new double[] {0.5, 0.5, 0}, "O1", Double.NaN, Double.NaN, null),
                new Site(Map.of(sp("O2-"), 1.0), new double[] {0.5, 0, 0.5}, "O2", Double.NaN, Double.NaN, null),
                new Site(Map.of(sp("O2-"), 1.0), new double[] {0, 0.5, 0.5}, "O2", Double.NaN, Double.NaN, null)),
                true, "");
    }

    /** Water as a molecule (non-periodic), boxed the way the XYZ reader boxes it. */
    static Structure water() {
        return StructureIO.read("3\nwater\nO 0.0 0.0 0.1173\nH 0.0 0.7572 -0.4692\nH 0.0 -0.7572 -0.4692\n",
                "water.xyz", StructureFormat.XYZ);
    }

    /**
     * Asserts two structures agree: lattice and fractional coordinates within {@code tol}, the same
     * species and occupancies (elements only if {@code elementsOnly}), the same selective-dynamics
     * flags, periodicity, and (when {@code labels}) the same labels and other properties.
     */
    static void assertSame(Structure expected, Structure actual, double tol, boolean elementsOnly, boolean labels) {
        assertTrue(expected.lattice().equalsWithin(actual.lattice(), tol),
                () -> "lattice " + expected.lattice() + " vs " + actual.lattice());
        assertEquals(expected.isPeriodic(), actual.isPeriodic(), "periodic");
        assertEquals(expected.numSites(), actual.numSites(), "number of sites");
        for (int i = 0; i < expected.numSites(); i++) {
            Site e = expected.site(i);
            Site a = actual.site(i);
            String where = "site " + i;
            for (int k = 0; k < 3; k++) {
                assertEquals(e.frac(k), a.frac(k), tol, where + " coordinate " + k);
            }
            if (elementsOnly) {
                assertEquals(e.majoritySpecies().element(), a.majoritySpecies().element(), where);
                assertEquals(e.totalOccupancy(), a.totalOccupancy(), 0.0, where);
            } else {
                assertEquals(e.species(), a.species(), where);
            }
            assertArrayEquals(SelectiveDynamics.of(e), SelectiveDynamics.of(a), where + " selective dynamics");
            if (labels) {
                assertEquals(e.label(), a.label(), where + " label");
                Map<String, Object> ep = new LinkedHashMap<>(e.properties());
                Map<String, Object> ap = new LinkedHashMap<>(a.properties());
                ep.remove(Site.SELECTIVE_DYNAMICS);
                ap.remove(Site.SELECTIVE_DYNAMICS);
                assertEquals(ep, ap, where + " properties");
            }
        }
    }

    static Structure atoms(String... symbols) {
        Lattice l = Lattice.cubic(4);
        Site[] s = new Site[symbols.length];
        for (int i = 0; i < symbols.length; i++) {
            s[i] = Site.of(PeriodicTable.bySymbol(symbols[i]), 0.1 * i, 0.05 * i, 0.2);
        }
        return new Structure(l, List.of(s));
    }
}
