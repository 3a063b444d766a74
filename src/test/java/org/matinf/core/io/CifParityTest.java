package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * Every CIF of the shared structure library read by MatInf and by pymatgen 2022.11.7
 * ({@code Structure.from_file}, see src/test/resources/reference): same formula, reduced formula,
 * number of sites, cell, volume, density, species, and the same sites in the same order.
 */
class CifParityTest {
    /** Files where MatInf deliberately differs from pymatgen, with the reason. None at present. */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    private static final Map<String, List<Map<String, String>>> SITES = sitesByFile();

    private static Map<String, List<Map<String, String>>> sitesByFile() {
        Map<String, List<Map<String, String>>> m = new LinkedHashMap<>();
        for (Map<String, String> r : TestData.csv(TestData.reference("structures_sites.csv"))) {
            m.computeIfAbsent(r.get("file"), k -> new ArrayList<>()).add(r);
        }
        return m;
    }

    private static List<Map<String, String>> cifRows() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : TestData.csv(TestData.reference("structures.csv"))) {
            if (r.get("file").toLowerCase(Locale.ROOT).endsWith(".cif")) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void everyCifOfTheLibraryIsInTheReference() {
        List<Map<String, String>> rows = cifRows();
        assertEquals(146, rows.size(), "CIF rows in structures.csv");
        for (Map<String, String> r : rows) {
            assertTrue(java.nio.file.Files.isRegularFile(TestData.structures().resolve(r.get("file"))),
                    r.get("file"));
        }
    }

    @TestFactory
    Stream<DynamicTest> sameStructureAsPymatgen() {
        return cifRows().stream().map(r -> DynamicTest.dynamicTest(r.get("file"), () -> {
            List<String> diffs = differences(r);
            String why = KNOWN_DIFFERENCES.get(r.get("file"));
            if (why == null) {
                assertTrue(diffs.isEmpty(), r.get("file") + " differs from pymatgen: " + diffs);
            } else {
                assertFalse(diffs.isEmpty(), r.get("file") + " now matches pymatgen; remove it from the known"
                        + " differences (" + why + ")");
            }
        }));
    }

    static List<String> differences(Map<String, String> ref) {
        List<String> d = new ArrayList<>();
        String file = ref.get("file");
        assertEquals("ok", ref.get("status"), file);
        Structure s = TestData.structure(file);
        same(d, "formula", ref.get("formula"), s.formula());
        same(d, "reduced_formula", ref.get("reduced_formula"), s.reducedFormula());
        same(d, "nsites", ref.get("nsites"), Integer.toString(s.numSites()));
        double[] got = {s.lattice().a(), s.lattice().b(), s.lattice().c(), s.lattice().alpha(), s.lattice().beta(),
            s.lattice().gamma(), s.volume(), s.density()};
        String[] names = {"a", "b", "c", "alpha", "beta", "gamma", "volume", "density"};
        for (int i = 0; i < names.length; i++) {
            double want = Double.parseDouble(ref.get(names[i]));
            double tol = names[i].equals("volume") ? 1e-6 * want : 1e-4;
            if (!(Math.abs(want - got[i]) <= tol)) {
                d.add(names[i] + ": pymatgen " + want + ", MatInf " + got[i]);
            }
        }
        TreeSet<String> species = new TreeSet<>();
        for (Site site : s.sites()) {
            species.add(site.speciesString());
        }
        same(d, "species", ref.get("species"), String.join("|", species));
        if (d.isEmpty()) {
            sameSites(d, SITES.get(file), s);
        }
        return d;
    }

    private static void same(List<String> d, String what, String want, String got) {
        if (!want.equals(got)) {
            d.add(what + ": pymatgen '" + want + "', MatInf '" + got + "'");
        }
    }

    /** Site by site: species string and fractional position modulo lattice translations. */
    private static void sameSites(List<String> d, List<Map<String, String>> ref, Structure s) {
        for (int i = 0; i < ref.size(); i++) {
            Map<String, String> r = ref.get(i);
            Site site = s.site(i);
            double[] want = {Double.parseDouble(r.get("frac_x")), Double.parseDouble(r.get("frac_y")),
                Double.parseDouble(r.get("frac_z"))};
            double worst = 0;
            for (int k = 0; k < 3; k++) {
                double delta = site.frac(k) - want[k];
                worst = Math.max(worst, Math.abs(delta - Math.rint(delta)));
            }
            if (!r.get("species_string").equals(site.speciesString()) || worst > 1e-6
                    || Math.abs(Double.parseDouble(r.get("occu_sum")) - site.totalOccupancy()) > 1e-9) {
                d.add("site " + i + ": pymatgen " + r.get("species_string") + " " + java.util.Arrays.toString(want)
                        + ", MatInf " + site);
                if (d.size() > 5) {
                    return;
                }
            }
        }
    }
}
