package org.matinf.fiji.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.testutil.TestData;

/** Dimensionality and Screen Dimensionality through the macro path of bin/matinf -batch. */
class DimensionalityCommandTest {
    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    private static String lib(String file) {
        return TestData.structures().resolve(file).toString();
    }

    private List<Map<String, String>> dimensionality(String file, String options) throws IOException {
        macros.assertRuns("run(\"Clear Results\");\nrun(\"Dimensionality\", \"file=[" + lib(file) + "] " + options + "\");\n"
                + "saveAs(\"Results\", getArgument() + \"/dim.csv\");\n");
        return TestData.csv(dir.resolve("dim.csv"));
    }

    @Test
    void macroKeysArePublicApi() throws ClassNotFoundException {
        assertEquals(List.of("file", "method", "bonds"),
                CommandInput.of(DimensionalityCommand.class).stream().map(CommandInput::name).toList());
        assertEquals(List.of("input", "column", "method", "bonds", "output"),
                CommandInput.of(ScreenDimensionality.class).stream().map(CommandInput::name).toList());
    }

    /** The macro line: one row, columns file, formula, dimensionality first. */
    @Test
    void larsenRowForMolybdenite() throws IOException {
        List<Map<String, String>> rows = dimensionality("handmade/MoS2_2H.vasp", "method=Larsen");
        assertEquals(1, rows.size());
        List<String> cols = TestData.columns(rows);
        int first = cols.get(0).isEmpty() ? 1 : 0;
        assertEquals(List.of(DimensionalityTables.COLUMNS), cols.subList(first, cols.size()));
        Map<String, String> r = rows.get(0);
        assertEquals(lib("handmade/MoS2_2H.vasp"), r.get("file"));
        assertEquals("MoS2", r.get("formula"));
        assertEquals("2", r.get("dimensionality"));
        assertEquals("2D", r.get("label"));
        assertEquals("2", r.get("components"));
        assertEquals("(0 0 1)", r.get("orientation"));
        assertEquals("Covalent", r.get("bonds"));
        assertEquals("2D MoS2 (0 0 1); 2D MoS2 (0 0 1)", r.get("summary"));
    }

    @Test
    void rowsOfOneFileAfterAnotherAddUpButAnotherCommandsTableIsReplaced() throws IOException {
        Path out = dir.resolve("two.csv");
        macros.assertRuns("run(\"Local Environment\", \"file=[" + lib("handmade/MoS2_2H.vasp") + "] method=MinimumDistance\");\n"
                + "run(\"Dimensionality\", \"file=[" + lib("handmade/MoS2_2H.vasp") + "] method=Larsen\");\n"
                + "run(\"Dimensionality\", \"file=[" + lib("elements_cod/Te.cif") + "] method=Larsen\");\n"
                + "saveAs(\"Results\", \"" + out + "\");");
        List<Map<String, String>> rows = TestData.csv(out);
        assertEquals(List.of("2", "1"), rows.stream().map(r -> r.get("dimensionality")).toList());
        assertTrue(!rows.get(0).containsKey("species"), "no Local Environment columns mixed in");
    }

    @Test
    void cheonAndOtherBonds() throws IOException {
        Map<String, String> te = dimensionality("elements_cod/Te.cif", "method=Cheon").get(0);
        assertEquals("1", te.get("dimensionality"));
        assertEquals("1D", te.get("label"));
        assertEquals("Cheon", te.get("method"));
        assertEquals("Jmol radii", te.get("bonds"));
        Map<String, String> nacl = dimensionality("handmade/NaCl_B1_conv.vasp", "method=Cheon").get(0);
        assertEquals("NaN", nacl.get("dimensionality"));
        assertEquals("intercalated ion", nacl.get("label"));
        Map<String, String> jmol = dimensionality("handmade/NaCl_B1_conv.vasp", "method=Larsen bonds=Jmol").get(0);
        assertEquals("0", jmol.get("dimensionality"));
        assertEquals("8", jmol.get("components"));
        Map<String, String> min = dimensionality("elements_cod/I.cif", "method=Larsen bonds=MinimumDistance").get(0);
        assertEquals("0", min.get("dimensionality"));
        assertEquals("4", min.get("components"));
    }

    @Test
    void badInputIsReportedByName() throws IOException {
        Path bad = dir.resolve("broken.cif");
        Files.writeString(bad, "data_x\n_cell_length_a 3\n");
        macros.assertFails("run(\"Dimensionality\", \"file=[" + bad + "] method=Larsen\");", "broken.cif");
        macros.assertFails("run(\"Dimensionality\", \"file=[" + lib("handmade/NaCl_B1_conv.vasp") + "] method=Larsen bonds=Magic\");",
                "unknown neighbour method 'Magic'");
        macros.assertFails("run(\"Dimensionality\", \"file=[" + dir.resolve("missing.cif") + "] method=Larsen\");", "missing.cif");
    }

    /** A folder with subfolders and one broken file: the broken one is skipped and named, the rest screened. */
    @Test
    void screenFolderSkipsBadFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("set/sub"));
        for (String f : List.of("elements_cod/C.cif", "elements_cod/Se.cif", "handmade/NaCl_B1_conv.vasp", "elements_cod/I.cif")) {
            Files.copy(TestData.structures().resolve(f), folder.resolve(Path.of(f).getFileName()));
        }
        Files.writeString(dir.resolve("set/zz_broken.cif"), "data_broken\nloop_\n_atom_site_label\nX1\n");
        Path out = dir.resolve("screen.csv");
        macros.assertRuns("run(\"Screen Dimensionality\", \"input=[" + dir.resolve("set") + "] method=Larsen output=[" + out + "]\");\n"
                + "saveAs(\"Results\", getArgument() + \"/summary.csv\");\n");
        DataTable t = DataTable.read(out);
        assertEquals(List.of("file", "formula", "dimensionality", "components", "label", "orientation", "summary"), t.names());
        assertEquals(List.of("sub/C.cif", "sub/I.cif", "sub/NaCl_B1_conv.vasp", "sub/Se.cif"), List.of(t.texts("file")));
        assertEquals(List.of(2.0, 0.0, 3.0, 1.0), java.util.Arrays.stream(t.numbers("dimensionality")).boxed().toList());
        assertEquals("(0 0 1)", t.texts("orientation")[0]);
        List<Map<String, String>> summary = TestData.csv(dir.resolve("summary.csv"));
        assertEquals(5, summary.size());
        assertEquals("skipped", summary.get(4).get("dimensionality"));
        assertEquals("1", summary.get(4).get("structures"));
        assertEquals("1", summary.get(2).get("structures"), "one 2-D structure");
    }

    /** A CSV data set with CIF text (the MP-20 subset's layout, unnamed index column included) and a bad row. */
    @Test
    void screenCsvDataSetWithCifText() throws IOException {
        String text = Files.readString(TestData.shared().resolve("datasets/structures_mp20_subset/test.csv"));
        int third = text.indexOf("\n", text.indexOf("mp-", text.indexOf("mp-", text.indexOf("mp-") + 3) + 3));
        // keep the header and two rows, then add a row whose CIF is broken
        int cut = text.lastIndexOf("\n", text.indexOf(",mp-", text.indexOf(",mp-", text.indexOf(",mp-") + 4) + 4));
        assertTrue(third > 0 && cut > 0);
        Path csv = dir.resolve("mp.csv");
        Files.writeString(csv, text.substring(0, cut + 1) + "9,mp-bad,0,0,X,0,\"['X']\",\"data_bad\n_cell_length_a 1\",1\n");
        Path out = dir.resolve("mp_dim.csv");
        macros.assertRuns("run(\"Screen Dimensionality\", \"input=[" + csv + "] method=Larsen output=[" + out + "]\");");
        DataTable t = DataTable.read(out);
        assertEquals(List.of("mp-10009", "mp-1218989"), List.of(t.texts("file")));
        assertEquals("GaTe", t.texts("formula")[0]);
        macros.assertFails("run(\"Screen Dimensionality\", \"input=[" + csv + "] column=structure method=Larsen output=[" + out + "]\");",
                "no column 'structure'");
        assertFalse(macros.err().contains("Exception"), macros.err());
    }
}
