package org.matinf.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.fiji.launcher.BatchRunner;
import org.matinf.fiji.structure.StructureTables;
import org.matinf.testutil.TestData;

/**
 * Runs the example macros in {@code macros/} headless, through the code of {@code bin/matinf -batch},
 * on the shared structure library, and checks the saved CSV numbers against pymatgen's.
 */
class MacroExamplesTest {
    private static final double TOL = 1e-6;
    private static final List<String> CELL = List.of("a", "b", "c", "alpha", "beta", "gamma", "volume", "density");

    @TempDir
    Path out;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private void runMacro(String name, String argument) {
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        int status = BatchRunner.run(Path.of("macros", name), argument, err);
        assertEquals(BatchRunner.OK, status, "macros/" + name + " failed:\n" + errBytes.toString(StandardCharsets.UTF_8));
    }

    /** Runs macros/NAME.ijm with data = the structure library and out = a temporary folder; the rows of out/NAME.csv. */
    private List<Map<String, String>> runOnLibrary(String name) {
        runMacro(name + ".ijm", "data=[" + TestData.structures() + "] out=[" + out + "]");
        return TestData.csv(out.resolve(name + ".csv"));
    }

    private static void assertMatches(Map<String, String> ref, Map<String, String> row, String what) {
        assertEquals(ref.get("reduced_formula"), row.get("formula"), what + " formula");
        assertEquals(ref.get("nsites"), row.get("nsites"), what + " nsites");
        for (String col : CELL) {
            assertEquals(Double.parseDouble(ref.get(col)), Double.parseDouble(row.get(col)), TOL, what + " " + col);
        }
    }

    /** The columns without ImageJ's row-number column (blank heading) that the Results table starts with. */
    private static List<String> dataColumns(List<Map<String, String>> rows) {
        List<String> c = TestData.columns(rows);
        return !c.isEmpty() && c.get(0).isEmpty() ? c.subList(1, c.size()) : c;
    }

    @Test
    void structureInfoMatchesPymatgen() {
        Path data = TestData.structures();
        Path csv = out.resolve("info.csv");
        runMacro("structure_info.ijm", "data=[" + data + "] output=[" + csv + "]");
        List<Map<String, String>> saved = TestData.csv(csv);
        assertEquals(List.of(StructureTables.INFO_COLUMNS), dataColumns(saved));
        assertEquals(6, saved.size());
        for (Map<String, String> row : saved) {
            String file = data.relativize(Path.of(row.get("file"))).toString().replace('\\', '/');
            assertMatches(TestData.structureReference(file), row, file);
        }
    }

    @Test
    void supercellsKeepDensityAndConversionsKeepTheCell() {
        List<Map<String, String>> rows = runOnLibrary("supercell_and_convert");
        assertEquals(6, rows.size());
        Map<String, String> nacl = TestData.structureReference("handmade/NaCl_B1_conv.vasp");
        Map<String, String> anatase = TestData.structureReference("cod_cif2cell/anatase.cif");
        double a = Double.parseDouble(nacl.get("a"));
        double volume = Double.parseDouble(nacl.get("volume"));
        double density = Double.parseDouble(nacl.get("density"));
        assertMatches(nacl, rows.get(0), "NaCl");

        Map<String, String> big = rows.get(1);
        assertEquals("64", big.get("nsites"));
        assertEquals("NaCl", big.get("formula"));
        assertEquals(2 * a, Double.parseDouble(big.get("a")), TOL);
        assertEquals(8 * volume, Double.parseDouble(big.get("volume")), 1e-4);
        assertEquals(density, Double.parseDouble(big.get("density")), TOL);

        Map<String, String> rotated = rows.get(2);
        assertEquals("16", rotated.get("nsites"));
        assertEquals(a * Math.sqrt(2), Double.parseDouble(rotated.get("a")), TOL);
        assertEquals(a * Math.sqrt(2), Double.parseDouble(rotated.get("b")), TOL);
        assertEquals(90, Double.parseDouble(rotated.get("gamma")), TOL);
        assertEquals(2 * volume, Double.parseDouble(rotated.get("volume")), 1e-4);
        assertEquals(density, Double.parseDouble(rotated.get("density")), TOL);

        assertMatches(anatase, rows.get(3), "anatase.cif");
        assertMatches(anatase, rows.get(4), "anatase.json after CIF -> POSCAR -> JSON");
        assertEquals("TiO2", rows.get(5).get("formula"), "anatase.xyz");
        assertEquals("12", rows.get(5).get("nsites"), "anatase.xyz");
        assertTrue(Files.isRegularFile(out.resolve("NaCl_222.vasp")));
    }

    @Test
    void openStructureListsTheSites() {
        Path file = TestData.structures().resolve("pymatgen/LiFePO4.vasp");
        Path csv = out.resolve("sites.csv");
        runMacro("open_structure.ijm", "file=[" + file + "] output=[" + csv + "]");
        List<Map<String, String>> sites = TestData.csv(csv);
        assertEquals(List.of(StructureTables.SITE_COLUMNS), dataColumns(sites));
        List<Map<String, String>> ref = TestData.csv(TestData.reference("structures_sites.csv")).stream().filter(r -> r.get("file").equals("pymatgen/LiFePO4.vasp")).toList();
        assertEquals(28, ref.size());
        assertEquals(ref.size(), sites.size());
        for (int i = 0; i < ref.size(); i++) {
            Map<String, String> r = ref.get(i);
            Map<String, String> s = sites.get(i);
            assertEquals(r.get("species_string"), s.get("species"), "site " + i);
            assertEquals(Double.parseDouble(r.get("frac_x")), Double.parseDouble(s.get("x")), TOL, "site " + i + " x");
            assertEquals(Double.parseDouble(r.get("frac_y")), Double.parseDouble(s.get("y")), TOL, "site " + i + " y");
            assertEquals(Double.parseDouble(r.get("frac_z")), Double.parseDouble(s.get("z")), TOL, "site " + i + " z");
            assertEquals(Double.parseDouble(r.get("occu_sum")), Double.parseDouble(s.get("occupancy")), TOL);
        }
    }

    @Test
    void slabsOfCopper() {
        List<Map<String, String>> rows = runOnLibrary("make_slab");
        assertEquals(3, rows.size());
        double a = Double.parseDouble(TestData.structureReference("pymatgen/Cu_fcc_mp-30_conv.cif").get("a"));
        // shortest in-plane vectors of the conventional cubic cell: (100) a x a, (110) a x a√2, (111) a√2 x a√2
        double diag = a * Math.sqrt(2);
        double[][] inPlane = {{a, a}, {a, diag}, {diag, diag}};
        for (int i = 0; i < 3; i++) {
            Map<String, String> r = rows.get(i);
            assertEquals("Cu", r.get("formula"));
            double[] ab = {Double.parseDouble(r.get("a")), Double.parseDouble(r.get("b"))};
            java.util.Arrays.sort(ab);
            assertEquals(inPlane[i][0], ab[0], 1e-4, "slab " + i + " a");
            assertEquals(inPlane[i][1], ab[1], 1e-4, "slab " + i + " b");
            assertTrue(Double.parseDouble(r.get("c")) >= 25 - 1e-6, "slab " + i + " c = " + r.get("c"));
        }
    }
}
