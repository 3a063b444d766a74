package org.matinf.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.fiji.launcher.BatchRunner;
import org.matinf.testutil.TestData;

/**
 * macros/band_gap_model.ijm runs headless through bin/matinf -batch's code: the two public
 * lines (Composition Descriptors, Train Property Model) on the 4604 matbench_expt_gap formulas.
 */
class BandGapExampleTest {
    @TempDir
    Path out;

    @Test
    void formulasToACrossValidatedModel() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BatchRunner.run(Path.of("macros", "band_gap_model.ijm"), "out=[" + out + "] trees=30",
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(BatchRunner.OK, status, err.toString(StandardCharsets.UTF_8));
        List<Map<String, String>> features = TestData.csv(out.resolve("features.csv"));
        assertEquals(4604, features.size());
        assertEquals(134, features.get(0).size(), "formula, target and the 132 Magpie columns");
        assertTrue(features.get(0).containsKey("MagpieData mean Electronegativity"));
        List<Map<String, String>> cv = TestData.csv(out.resolve("cv.csv"));
        assertEquals(6, cv.size());
        assertEquals("mean", cv.get(5).get("fold"));
        double mae = Double.parseDouble(cv.get(5).get("mae"));
        // matbench's RF-SCM/Magpie reaches 0.446 eV with 500 trees; 30 trees come close
        assertTrue(mae > 0.35 && mae < 0.55, "cross-validated MAE " + mae);
        assertTrue(Files.size(out.resolve("gap.matinf")) > 1000);
        assertTrue(Files.size(out.resolve("parity.png")) > 1000);
        List<Map<String, String>> predicted = TestData.csv(out.resolve("predicted.csv"));
        assertEquals(4604, predicted.size());
        assertTrue(predicted.get(0).containsKey("predicted_target"), predicted.get(0).keySet().toString());
    }
}
