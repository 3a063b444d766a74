package org.matinf.fiji.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.descriptors.CompositionDescriptors;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/** Composition Descriptors through the macro path of bin/matinf -batch. */
class CompositionDescriptorsMacroTest {
    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    private static String macro(Path input, String preset, Path output, String extra) {
        return "run(\"Composition Descriptors\", \"input=[" + input.toAbsolutePath() + "] formula_column=formula preset="
                + preset + " output=[" + output.toAbsolutePath() + "]" + extra + "\");";
    }

    @Test
    void menuAndMacroKeys() throws ClassNotFoundException {
        String menu = "Plugins>Materials Informatics>Descriptors";
        List<CommandEntry> mine = MatInfCommands.discover().stream().filter(c -> c.menu().equals(menu)).collect(Collectors.toList());
        assertTrue(mine.contains(new CommandEntry(menu, "Composition Descriptors", CompositionDescriptorsCommand.class.getName())),
                mine.toString());
        assertEquals(List.of("input", "formula_column", "preset", "output", "on_error"),
                CommandInput.of(CompositionDescriptorsCommand.class).stream().map(CommandInput::name).toList());
    }

    @Test
    void magpieOfAllMatbenchFormulas() throws IOException {
        Path input = TestData.shared().resolve("datasets/matbench_expt_gap_crabnet.csv");
        Path out = dir.resolve("features.csv");
        macros.assertRuns(macro(input, "magpie", out, ""));
        DataTable t = DataTable.read(out);
        assertEquals(4604, t.rows());
        List<String> magpie = CompositionDescriptors.of("magpie").labels();
        assertEquals(134, t.names().size());
        assertEquals(List.of("formula", "target"), t.names().subList(0, 2));
        assertEquals(magpie, t.names().subList(2, 134));
        assertEquals(DataTable.read(input).texts("formula")[4603], t.texts("formula")[4603]);
        // the reference holds every 92nd matbench formula (rows 0, 92, ..., 4508)
        List<Map<String, String>> ref = TestData.csv(TestData.reference("descriptors/descriptors.csv"));
        String[] formulas = t.texts("formula");
        int compared = 0;
        for (int k = 0; k < 50; k++) {
            Map<String, String> row = ref.get(k);
            assertEquals(row.get("formula"), formulas[92 * k]);
            for (String label : magpie) {
                double want = Double.parseDouble(row.get(label));
                double got = t.numbers(label)[92 * k];
                assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), row.get("formula") + " " + label);
                compared++;
            }
        }
        assertEquals(50 * 132, compared);
    }

    @Test
    void presetListsAndAll() throws IOException {
        Path input = write("small.csv", "formula,id\nNaCl,a\nFe2O3,b\n");
        Path out = dir.resolve("two.csv");
        macros.assertRuns(macro(input, "[stoichiometry,ion_property]", out, ""));
        DataTable t = DataTable.read(out);
        assertEquals(List.of("formula", "id", "0-norm", "2-norm", "3-norm", "5-norm", "7-norm", "10-norm",
                "compound possible", "max ionic char", "avg ionic char"), t.names());
        assertEquals(Math.sqrt(0.4 * 0.4 + 0.6 * 0.6), t.numbers("2-norm")[1], 1e-15);
        assertEquals(1.0, t.numbers("compound possible")[1]);
        Path all = dir.resolve("all.csv");
        macros.assertRuns(macro(input, "all", all, ""));
        assertEquals(2 + 1041, DataTable.read(all).names().size());
    }

    @Test
    void unknownElementFailsNamingFileAndLineAndWritesNothing() throws IOException {
        Path input = write("bad.csv", "formula,target\nNaCl,1\nXx2O3,2\nFe2O3),3\n");
        Path out = dir.resolve("never.csv");
        macros.assertFails(macro(input, "magpie", out, ""), "bad.csv, line 3: formula 'Xx2O3' in column 'formula'");
        assertTrue(macros.err().contains("unknown element 'Xx'"), macros.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
        }
    }

    @Test
    void skipWritesEmptyDescriptorsForBadRows() throws IOException {
        Path input = write("bad.csv", "formula,target\nNaCl,1\nXx2O3,2\nFe2O3),3\n,4\nSi,5\n");
        Path out = dir.resolve("skipped.csv");
        macros.assertRuns(macro(input, "magpie", out, " on_error=skip"));
        DataTable t = DataTable.read(out);
        assertEquals(5, t.rows());
        double[] mean = t.numbers("MagpieData mean Number");
        assertEquals(14.0, mean[0], 1e-12);
        assertTrue(Double.isNaN(mean[1]) && Double.isNaN(mean[2]) && Double.isNaN(mean[3]));
        assertEquals(14.0, mean[4]);
        assertEquals(5.0, t.numbers("target")[4]);
    }

    @Test
    void unparsableFormulaEmptyFileAndMissingColumn() throws IOException {
        Path out = dir.resolve("never.csv");
        macros.assertFails(macro(write("paren.csv", "formula\nFe2O3)\n"), "magpie", out, ""),
                "paren.csv, line 2: formula 'Fe2O3)'");
        macros.assertFails(macro(write("empty.csv", ""), "magpie", out, ""), "empty.csv");
        macros.assertFails(macro(write("nocol.csv", "composition,target\nNaCl,1\n"), "magpie", out, ""),
                "no column 'formula'");
        macros.assertFails(macro(write("ok.csv", "formula\nNaCl\n"), "magpie2", out, ""), "unknown descriptor preset 'magpie2'");
        macros.assertFails(macro(write("dup.csv", "formula,Na\nNaCl,1\n"), "fraction", out, ""), "already has a column 'Na'");
        assertFalse(Files.exists(out));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
