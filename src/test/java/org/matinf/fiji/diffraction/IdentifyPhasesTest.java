package org.matinf.fiji.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/** Identify Phases through the macro path of bin/matinf -batch, on the shipped synthetic Si scan. */
class IdentifyPhasesTest {
    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    @Test
    void findsSiliconAmongTheSampleStructures() throws IOException {
        Path csv = dir.resolve("phases.csv");
        Path folder = Path.of("sample-images", "structures").toAbsolutePath();
        macros.assertRuns("run(\"Identify Phases\", \"file=[" + SyntheticScan.FILE.toAbsolutePath() + "] folder=["
                + folder + "] max_phases=3 top=5\");\nsaveAs(\"Results\", \"" + csv + "\");");
        List<Map<String, String>> rows = TestData.csv(csv);
        assertEquals(5, rows.size());
        assertEquals(List.of(IdentifyPhases.COLUMNS), TestData.columns(rows).subList(1, IdentifyPhases.COLUMNS.length + 1));
        Map<String, String> best = rows.get(0);
        assertEquals("Si", best.get("formula"));
        assertTrue(Double.parseDouble(best.get("fom")) > 0.9, best.toString());
        assertEquals(1.0, Double.parseDouble(best.get("weight_fraction")), 0.02, best.toString());
        assertEquals(1.0, Double.parseDouble(best.get("lattice_scale")), 0.002, best.toString());
        // the others are worse and not part of the mixture
        for (Map<String, String> r : rows.subList(1, rows.size())) {
            assertTrue(Double.parseDouble(r.get("fom")) < Double.parseDouble(best.get("fom")), r.toString());
        }
    }

    @Test
    void aFolderWithoutStructuresFails() throws IOException {
        macros.assertFails("run(\"Identify Phases\", \"file=[" + SyntheticScan.FILE.toAbsolutePath() + "] folder=[" + dir + "]\");",
                "holds no structure files");
    }
}
