package org.matinf.fiji.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.environment.NeighborStrategies;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/** "Local Environment" through the macro path of bin/matinf -batch, against pymatgen's numbers. */
class LocalEnvironmentTest {
    private static final List<String> COLUMNS = List.of("site", "species", "cn", "polyhedron", "score", "neighbors",
            "candidates");

    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    /** Runs Local Environment on a library file and returns the saved Results rows. */
    private List<Map<String, String>> run(String file, String options) throws IOException {
        Path csv = dir.resolve("env.csv");
        macros.assertRuns("run(\"Local Environment\", \"file=[" + TestData.structures().resolve(file) + "]" + options
                + "\");\nsaveAs(\"Results\", \"" + csv + "\");\n");
        List<Map<String, String>> rows = TestData.csv(csv);
        List<String> columns = TestData.columns(rows);
        // ImageJ's saved Results start with its row-number column (blank heading) unless switched off
        assertEquals(COLUMNS, columns.get(0).isEmpty() ? columns.subList(1, columns.size()) : columns);
        return rows;
    }

    private static JsonNode reference(String label) {
        return TestData.jsonCases("environment/order_parameters.json", "cases")
                .filter(c -> c.get("label").asText().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void commandAndItsMacroKeys() throws ClassNotFoundException {
        String menu = "Plugins>Materials Informatics>Structure";
        assertTrue(MatInfCommands.discover().contains(new CommandEntry(menu, "Local Environment",
                LocalEnvironment.class.getName())));
        assertEquals(List.of("file", "method"),
                CommandInput.of(LocalEnvironment.class).stream().map(CommandInput::name).collect(Collectors.toList()));
    }

    @Test
    void rockSaltIsOctahedral() throws IOException {
        List<Map<String, String>> rows = run("handmade/NaCl_B1_conv.vasp", " method=MinimumDistance");
        assertEquals(8, rows.size());
        for (int i = 0; i < 8; i++) {
            Map<String, String> r = rows.get(i);
            assertEquals(String.valueOf(i), r.get("site"));
            assertEquals(i < 4 ? "Na" : "Cl", r.get("species"));
            assertEquals("6", r.get("cn"));
            assertEquals("octahedral", r.get("polyhedron"));
            assertEquals(1.0, Double.parseDouble(r.get("score")), 1e-8);
            assertEquals(6, r.get("neighbors").split(" ").length);
            assertTrue(r.get("neighbors").startsWith(i < 4 ? "Cl:2.8" : "Na:2.8"), r.get("neighbors"));
            assertTrue(r.get("candidates").startsWith("octahedral 1.0000; pentagonal pyramidal 0.5000"), r.get("candidates"));
        }
    }

    /** Anatase (MinimumDistanceNN): Ti octahedral, O T-shaped, scores as pymatgen's motif values. */
    @Test
    void anataseScoresEqualPymatgen() throws IOException {
        List<Map<String, String>> rows = run("cod_cif2cell/anatase.cif", " method=MinimumDistance");
        double ti = reference("cod_cif2cell/anatase.cif site 0 (Ti)").get("motifs").get("octahedral").asDouble();
        double o = reference("cod_cif2cell/anatase.cif site 4 (O)").get("motifs").get("T-shaped").asDouble();
        assertEquals(12, rows.size());
        for (Map<String, String> r : rows) {
            boolean titanium = r.get("species").equals("Ti");
            assertEquals(titanium ? "octahedral" : "T-shaped", r.get("polyhedron"));
            assertEquals(titanium ? ti : o, Double.parseDouble(r.get("score")), 1e-8);
        }
    }

    /** LiFePO4 (MinimumDistanceNN): coordination numbers as pymatgen's; O has one neighbour, so no polyhedron. */
    @Test
    void lithiumIronPhosphateWithMinimumDistance() throws IOException {
        String file = "pymatgen/LiFePO4.vasp";
        List<Map<String, String>> rows = run(file, " method=minimumdistance");
        List<Map<String, String>> ref = TestData.csv(TestData.reference("environment/minimum_distance_cn.csv")).stream()
                .filter(r -> r.get("file").equals(file)).toList();
        assertEquals(ref.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(ref.get(i).get("species"), rows.get(i).get("species"));
            assertEquals(ref.get(i).get("cn"), rows.get(i).get("cn"));
            if (rows.get(i).get("species").equals("O")) {
                assertEquals("none", rows.get(i).get("polyhedron"));
                assertEquals("NaN", rows.get(i).get("score"));
            }
        }
    }

    /** The check, with the default method CrystalNN: runs once CrystalNN is registered. */
    @Test
    void lithiumIronPhosphateWithCrystalNN() throws IOException {
        assumeTrue(NeighborStrategies.names().contains("CrystalNN"), "CrystalNN is not registered on this branch");
        for (String options : new String[] {" method=CrystalNN", ""}) {
            List<Map<String, String>> rows = run("pymatgen/LiFePO4.vasp", options);
            assertEquals(28, rows.size());
            for (Map<String, String> r : rows) {
                switch (r.get("species")) {
                    case "Fe", "Li" -> assertEquals("octahedral", r.get("polyhedron"), r.toString());
                    case "P" -> assertEquals("tetrahedral", r.get("polyhedron"), r.toString());
                    default -> assertEquals("4", r.get("cn"), r.toString());
                }
            }
        }
    }

    @Test
    void badInputIsNamed() throws IOException {
        String nacl = TestData.structures().resolve("handmade/NaCl_B1_conv.vasp").toString();
        macros.assertFails("run(\"Local Environment\", \"file=[" + nacl + "] method=Nearest\");",
                "unknown neighbour method 'Nearest'");
        assertTrue(macros.err().contains("MinimumDistance"), macros.err());
        Path broken = dir.resolve("broken.cif");
        Files.writeString(broken, "data_x\n_cell_length_a 5\n_cell_length_b 5\n_cell_length_c 5\n"
                + "loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
                + "Xx1 Xx 0 0 0\n");
        macros.assertFails("run(\"Local Environment\", \"file=[" + broken + "] method=MinimumDistance\");", "broken.cif");
        macros.assertFails("run(\"Local Environment\", \"file=[" + dir.resolve("missing.cif") + "] method=MinimumDistance\");",
                "missing.cif");
        macros.assertFails("run(\"Local Environment\", \"method=MinimumDistance\");", "file");
    }
}
