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
 * macros/bayesian_optimization_benchmark.ijm runs headless through bin/matinf -batch's code: Magpie
 * descriptors of the 3428 shipped AFLOW bulk moduli, then the virtual lab (pool, seeds and budget
 * reduced here so that it runs in seconds; the macro's own defaults are the 1000/30/200).
 */
class BayesianOptimizationExampleTest {
    @TempDir
    Path out;

    @Test
    void formulasToAVirtualLab() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BatchRunner.run(Path.of("macros", "bayesian_optimization_benchmark.ijm"),
                "out=[" + out + "] pool=120 seeds=2 acquisition=EI budget=30", new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(BatchRunner.OK, status, err.toString(StandardCharsets.UTF_8));
        List<Map<String, String>> features = TestData.csv(out.resolve("features.csv"));
        assertEquals(3428, features.size());
        assertEquals(134, features.get(0).size(), "formula, target and the 132 Magpie columns");
        List<Map<String, String>> rows = TestData.csv(out.resolve("benchmark.csv"));
        assertEquals(List.of("EI", "random"), rows.stream().map(r -> r.get("strategy")).toList());
        assertEquals(1.0, Double.parseDouble(rows.get(1).get("found_fraction")), 0, "random search runs until it finds the best");
        List<Map<String, String>> perSeed = TestData.csv(out.resolve("per_seed.csv"));
        assertEquals(4, perSeed.size());
        for (Map<String, String> r : perSeed) {
            double it = Double.parseDouble(r.get("iterations"));
            assertTrue(it >= 0 && it <= (r.get("strategy").equals("EI") ? 31 : 110), r.toString());
            // every pool's best is one of the shipped materials, at most the data set's maximum (C3N4, 407.309 GPa)
            assertTrue(Double.parseDouble(r.get("pool_best")) <= 407.309 + 1e-9, r.toString());
        }
        assertTrue(Files.size(out.resolve("convergence.png")) > 1000);
    }
}
