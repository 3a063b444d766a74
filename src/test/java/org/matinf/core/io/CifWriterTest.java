package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

class CifWriterTest {
    @Test
    void everyLibraryCifSurvivesARoundTrip() {
        int n = 0;
        for (Map<String, String> r : TestData.csv(TestData.reference("structures.csv"))) {
            if (!r.get("file").endsWith(".cif")) {
                continue;
            }
            Structure s = TestData.structure(r.get("file"));
            Structure back = StructureIO.read(StructureIO.write(s, StructureFormat.CIF), "back.cif", StructureFormat.CIF);
            assertSame(s, back, r.get("file"));
            n++;
        }
        assertEquals(146, n);
    }

    @Test
    void disorderOxidationStatesAndDisplacementsAreKept(@TempDir Path dir) throws Exception {
        Map<Species, Double> mixed = new LinkedHashMap<>();
        mixed.put(Species.parse("Ba2+"), 0.5);
        mixed.put(Species.parse("Sr2+"), 0.5);
        List<Site> sites = List.of(new Site(mixed, new double[] {0, 0, 0}, "A1", 0.4, Double.NaN, null),
                new Site(Map.of(Species.parse("Ti4+"), 1.0), new double[] {0.5, 0.5, 0.5}, "Ti1", Double.NaN, Double.NaN,
                        null),
                Site.of(Species.parse("O2-"), new double[] {0.5, 0.5, 0}), Site.of(Species.parse("O2-"),
                        new double[] {0.5, 0, 0.5}), Site.of(Species.parse("O2-"), new double[] {0, 0.5, 0.5}));
        Structure s = new Structure(Lattice.fromParameters(3.99, 3.99, 4.02, 90, 90, 90), sites, true, "BST");
        Path file = dir.resolve("bst.cif");
        StructureIO.write(s, file);
        String text = java.nio.file.Files.readString(file);
        assertTrue(text.contains("_symmetry_equiv_pos_as_xyz\n  1  'x, y, z'"), text);
        assertTrue(text.contains("  Ba2+  2\n"), text);
        assertTrue(text.contains(" _atom_site_B_iso_or_equiv\n"), text);
        assertTrue(text.contains("  Ti4+  Ti1  1  0.50000000  0.50000000  0.50000000  1  ?\n"), text);
        assertTrue(text.contains("  O2-  O_2  1"), "labels are made unique: " + text);
        Structure back = StructureIO.read(file);
        assertSame(s, back, "BST");
        assertEquals("BST", back.title());
        assertEquals("Ba:0.500, Sr:0.500", back.site(0).speciesString().replace("2+", ""));
        assertEquals(0.4, back.site(0).biso());
        assertEquals("A1", back.site(0).label());
    }

    @Test
    void quotingOfValues() {
        assertEquals("Fe1", CifWriter.quote("Fe1"));
        assertEquals("'Li4 Fe4 P4 O16'", CifWriter.quote("Li4 Fe4 P4 O16"));
        assertEquals("'_x'", CifWriter.quote("_x"));
        assertEquals("\"it' s\"", CifWriter.quote("it' s"));
        assertEquals("''", CifWriter.quote(""));
    }

    private static void assertSame(Structure want, Structure got, String what) {
        assertEquals(want.formula(), got.formula(), what);
        assertEquals(want.numSites(), got.numSites(), what);
        double[] a = {want.lattice().a(), want.lattice().b(), want.lattice().c(), want.lattice().alpha(),
            want.lattice().beta(), want.lattice().gamma()};
        double[] b = {got.lattice().a(), got.lattice().b(), got.lattice().c(), got.lattice().alpha(),
            got.lattice().beta(), got.lattice().gamma()};
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, 1e-7, what);
        for (int i = 0; i < want.numSites(); i++) {
            Site x = want.site(i);
            Site y = got.site(i);
            assertEquals(x.speciesString(), y.speciesString(), what + " site " + i);
            for (int k = 0; k < 3; k++) {
                double d = x.frac(k) - y.frac(k);
                // 1e-5, not 1e-8: a computed 0.66667 (from 0.16667 + 1/2) is read back as exactly 2/3
                assertEquals(0, d - Math.rint(d), 1e-5, what + " site " + i);
            }
            assertEquals(x.biso(), y.biso(), 1e-9, what + " site " + i);
        }
    }
}
