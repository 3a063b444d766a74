package org.matinf.core.descriptors.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** DensityFeatures against pymatgen (make_density_reference.py) for the whole structure library. */
class DensityFeaturesTest {

    @Test
    void allLibraryStructuresMatchPymatgen() {
        List<Map<String, String>> ref = TestData.csv(TestData.reference("descriptors/density_features.csv"));
        assertEquals(178, ref.size());
        DensityFeatures f = new DensityFeatures();
        assertEquals(List.of("density", "vpa", "packing fraction"), f.labels());
        int packing = 0;
        for (Map<String, String> r : ref) {
            String file = r.get("file");
            Structure s = TestData.structure(file);
            double[] v = f.featurize(s);
            assertEquals(Double.parseDouble(r.get("density")), v[0], 1e-9 * v[0], file + " density");
            assertEquals(r.get("ordered").equals("1"), s.isOrdered(), file);
            check(r.get("vpa"), v[1], file + " vpa");
            check(r.get("packing_fraction"), v[2], file + " packing fraction");
            packing += r.get("packing_fraction").isEmpty() ? 0 : 1;
        }
        assertEquals(173, packing, "structures with a packing fraction");
    }

    private static void check(String expected, double actual, String what) {
        if (expected.isEmpty()) {
            assertTrue(Double.isNaN(actual), what + " should be NaN, got " + actual);
        } else {
            double e = Double.parseDouble(expected);
            assertEquals(e, actual, 1e-9 * Math.abs(e), what);
        }
    }

    @Test
    void moleculeHasNoDensity() {
        Structure s = TestData.structure("handmade/NaCl_B1_conv.vasp");
        Structure molecule = new Structure(s.lattice(), s.sites(), false, "cluster");
        for (double v : new DensityFeatures().featurize(molecule)) {
            assertTrue(Double.isNaN(v));
        }
    }
}
