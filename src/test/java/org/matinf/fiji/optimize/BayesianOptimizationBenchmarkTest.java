package org.matinf.fiji.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.optimize.bo.Goal;
import org.matinf.core.optimize.bo.Strategy;
import org.matinf.core.optimize.bo.StrategyOutcome;
import org.matinf.core.optimize.bo.VirtualLab;
import org.matinf.core.optimize.bo.VirtualLabResult;
import org.matinf.core.optimize.gp.GpSettings;
import org.matinf.core.optimize.gp.Kernels;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/** Bayesian Optimization Benchmark runs headless from the issue's macro line; its numbers are the core's. */
class BayesianOptimizationBenchmarkTest {
    @TempDir
    Path dir;

    private MacroRunner macros;
    private Path data;

    @BeforeEach
    void setUp() throws IOException {
        macros = new MacroRunner(dir);
        data = dir.resolve("features.csv");
        StringBuilder csv = new StringBuilder("formula,a,b,c,target\n");
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 240; i++) {
            double a = r.nextDouble();
            double b = r.nextDouble();
            double c = r.nextDouble();
            double t = 50 * Math.exp(-(Math.pow(a - 0.6, 2) + Math.pow(b - 0.4, 2)) / 0.05) + 5 * c;
            // row 4 has no target and row 9 a missing feature: both left out
            csv.append("X").append(i + 1).append(',').append(a).append(',').append(i == 8 ? "NaN" : Double.toString(b)).append(',')
                    .append(c).append(',').append(i == 3 ? "" : Double.toString(t)).append('\n');
        }
        Files.writeString(data, csv);
    }

    /** The core's virtual lab on the same rows (rows 4 and 9 dropped). */
    private static VirtualLabResult core(Path file, String acquisitions, int pool, int initial, int seeds) {
        DataTable t = DataTable.read(file);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            if (i != 3 && i != 8) {
                keep.add(i);
            }
        }
        DataTable k = t.select(keep.stream().mapToInt(Integer::intValue).toArray());
        GpSettings gp = new GpSettings(Kernels.parse("Matern52+White", 3, false), GpSettings.DEFAULT_ALPHA, false, true, 0, 0);
        VirtualLab.Settings s = new VirtualLab.Settings(Goal.MAXIMIZE, pool, initial, VirtualLab.Settings.seedRange(0, seeds),
                VirtualLab.DEFAULT_BUDGET, Strategy.parse(acquisitions, 0.01, 2), gp, 1);
        return VirtualLab.run(List.of(k.texts("formula")), k.matrix(List.of("a", "b", "c")), k.numbers("target"), s, ProgressListener.NONE);
    }

    private interface MacroRun {
        void run() throws IOException;
    }

    /** What the macro wrote to the Log (standard output when headless). */
    private static String logged(MacroRun r) throws IOException {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(before);
        }
        String log = bytes.toString(StandardCharsets.UTF_8);
        before.print(log);
        return log;
    }

    @Test
    void theIssuesMacroLineFillsOneRowPerStrategy() throws IOException {
        Path csv = dir.resolve("results.csv");
        Path plot = dir.resolve("convergence.png");
        Path out = dir.resolve("per_seed.csv");
        String log = logged(() -> macros.assertRuns("run(\"Bayesian Optimization Benchmark\", \"input=[" + data + "] target=target pool=150 initial=10 seeds=3 "
                + "acquisition=EI,UCB plot=[" + plot + "] output=[" + out + "]\");\n"
                + "saveAs(\"Results\", \"" + csv + "\");"));
        List<Map<String, String>> rows = TestData.csv(csv);
        assertEquals(List.of("strategy", "median_iterations", "mean_iterations", "found_fraction"),
                rows.get(0).keySet().stream().filter(k -> !k.isBlank()).toList());
        assertEquals(List.of("EI", "UCB", "random"), rows.stream().map(m -> m.get("strategy")).toList());
        VirtualLabResult expected = core(data, "EI,UCB", 150, 10, 3);
        for (int i = 0; i < 3; i++) {
            StrategyOutcome o = expected.outcomes().get(i);
            assertEquals(o.median(), Double.parseDouble(rows.get(i).get("median_iterations")), 1e-9, o.strategy().name());
            assertEquals(o.mean(), Double.parseDouble(rows.get(i).get("mean_iterations")), 0.005, o.strategy().name());
            assertEquals(o.foundFraction(), Double.parseDouble(rows.get(i).get("found_fraction")), 1e-4, o.strategy().name());
        }
        assertEquals(1.0, expected.outcome("EI").foundFraction());
        assertTrue(expected.outcome("EI").median() < expected.outcome("random").median(), "EI before random search");
        assertTrue(log.contains("2 of 240 rows of " + data + " left out (missing target or features)"), log);
        assertTrue(Files.size(plot) > 1000, "convergence plot saved");
        DataTable perSeed = DataTable.read(out);
        assertEquals(List.of("seed", "strategy", "iterations", "found", "pool_best", "best_id"), perSeed.names());
        assertEquals(9, perSeed.rows());
        assertEquals(expected.outcome("UCB").iterations()[2], perSeed.numbers("iterations")[7], 0);
        assertEquals(expected.bestIds().get(1), perSeed.texts("best_id")[4]);
    }

    @Test
    void exactMacroLineOfTheIssue() throws IOException {
        Path csv = dir.resolve("results.csv");
        String log = logged(() -> macros.assertRuns("run(\"Bayesian Optimization Benchmark\", \"input=[" + data + "] target=target pool=1000 initial=10 seeds=3 "
                + "acquisition=EI budget=15\");\nsaveAs(\"Results\", \"" + csv + "\");"));
        List<Map<String, String>> rows = TestData.csv(csv);
        assertEquals(2, rows.size());
        assertEquals("random", rows.get(1).get("strategy"));
        assertEquals("1", rows.get(1).get("found_fraction").replaceAll("\\.0+$", ""), "random search always finds the best");
        assertTrue(log.contains("pool 238, initial 10, seeds 0..2"), "a pool larger than the data set takes every row: " + log);
    }

    @Test
    void badInputGivesClearMessages() throws IOException {
        String run = "run(\"Bayesian Optimization Benchmark\", \"input=[" + data + "] ";
        macros.assertFails(run + "target=gap pool=100 initial=10 seeds=2 acquisition=EI\");", "no target column 'gap'");
        macros.assertFails(run + "target=target pool=100 initial=100 seeds=2 acquisition=EI\");",
                "initial must be at least 1 and smaller than the pool (100), got 100");
        macros.assertFails(run + "target=target pool=100 initial=10 seeds=2 acquisition=EHVI\");", "unknown acquisition function 'EHVI'");
        macros.assertFails(run + "target=target pool=100 initial=10 seeds=2 acquisition=EI goal=best\");",
                "goal must be one of maximize, minimize; got 'best'");
        macros.assertFails(run + "target=target features=[a,d] pool=100 initial=10 seeds=2 acquisition=EI\");", "no column 'd'");
    }
}
