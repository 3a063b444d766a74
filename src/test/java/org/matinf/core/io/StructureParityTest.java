package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * Every POSCAR (.vasp) and pymatgen JSON file of the shared structure library, read by MatInf,
 * against pymatgen 2022.11.7's {@code Structure.from_file} (src/test/resources/reference).
 */
class StructureParityTest {
    private static final List<Map<String, String>> STRUCTURES = TestData.csv(TestData.reference("structures.csv"));
    private static final List<Map<String, String>> SITES = TestData.csv(TestData.reference("structures_sites.csv"));

    static List<String> files() {
        return TestData.files("vasp", "json");
    }

    @Test
    void libraryHasTheExpectedFiles() {
        assertEquals(32, files().size(), "16 .vasp and 16 .json files expected in the structure library");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void matchesPymatgen(String file) {
        Map<String, String> ref = STRUCTURES.stream().filter(r -> r.get("file").equals(file)).findFirst().orElse(null);
        assertNotNull(ref, file + " has no row in structures.csv");
        assertEquals("ok", ref.get("status"));
        Structure s = TestData.structure(file);
        assertEquals(ref.get("formula"), s.formula(), "formula");
        assertEquals(ref.get("reduced_formula"), s.reducedFormula(), "reduced formula");
        assertEquals(Integer.parseInt(ref.get("nsites")), s.numSites(), "nsites");
        double[] abc = s.lattice().abc();
        double[] angles = s.lattice().angles();
        String[] keys = {"a", "b", "c", "alpha", "beta", "gamma"};
        for (int i = 0; i < 3; i++) {
            assertEquals(Double.parseDouble(ref.get(keys[i])), abc[i], 1e-4, keys[i]);
            assertEquals(Double.parseDouble(ref.get(keys[i + 3])), angles[i], 1e-4, keys[i + 3]);
        }
        double volume = Double.parseDouble(ref.get("volume"));
        assertEquals(volume, s.volume(), 1e-8 * volume, "volume");
        assertEquals(Double.parseDouble(ref.get("density")), s.density(), 1e-4, "density");
        TreeSet<String> species = new TreeSet<>();
        s.sites().forEach(site -> species.add(site.speciesString()));
        assertEquals(ref.get("species"), String.join("|", species), "species");
        assertTrue(s.isPeriodic());
        assertFalse(s.title() == null);

        List<Map<String, String>> siteRows = SITES.stream().filter(r -> r.get("file").equals(file))
                .collect(Collectors.toList());
        assertEquals(s.numSites(), siteRows.size(), "rows in structures_sites.csv");
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> r : siteRows) {
            int i = Integer.parseInt(r.get("index"));
            double[] f = s.site(i).frac();
            String[] fk = {"frac_x", "frac_y", "frac_z"};
            for (int k = 0; k < 3; k++) {
                if (Math.abs(Double.parseDouble(r.get(fk[k])) - f[k]) > 1e-8) {
                    mismatches.add("site " + i + " " + fk[k] + ": " + r.get(fk[k]) + " vs " + f[k]);
                }
            }
            if (!r.get("species_string").equals(s.site(i).speciesString())) {
                mismatches.add("site " + i + " species " + r.get("species_string") + " vs " + s.site(i).speciesString());
            }
            assertEquals(Double.parseDouble(r.get("occu_sum")), s.site(i).totalOccupancy(), 1e-12);
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }
}
