package org.matinf.fiji.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.learn.LearningData;
import org.matinf.core.learn.ModelSpec;
import org.matinf.core.learn.Pipeline;
import org.matinf.core.learn.Splits;
import org.matinf.core.optimize.uncertainty.CalibrationReport;
import org.matinf.core.optimize.uncertainty.EnsembleMethod;
import org.matinf.core.optimize.uncertainty.GaussianPredictions;
import org.matinf.core.optimize.uncertainty.OutOfFoldUncertainty;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/** Uncertainty Calibration runs headless from macro lines; its numbers equal the core's. */
class UncertaintyCalibrationTest {
    private static final List<String> COLUMNS = List.of("coverage_68", "coverage_95", "miscalibration_area", "nll", "mae", "mean_std");

    @TempDir
    Path dir;

    private MacroRunner macros;
    private Path data;

    @BeforeEach
    void setUp() throws IOException {
        macros = new MacroRunner(dir);
        data = dir.resolve("features.csv");
        StringBuilder csv = new StringBuilder("formula,a,b,gap\n");
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 60; i++) {
            double a = r.nextDouble();
            double b = r.nextDouble();
            double noise = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
            // the 7th row has no target: left out
            csv.append("Fe").append(i + 1).append(',').append(a).append(',').append(b).append(',')
                    .append(i == 6 ? "NaN" : Double.toString(3 * a - b * b + 0.2 * noise)).append('\n');
        }
        Files.writeString(data, csv);
    }

    private Map<String, String> result(String options) throws IOException {
        Path csv = dir.resolve("results.csv");
        macros.assertRuns("run(\"Uncertainty Calibration\", \"input=[" + data + "] target=gap " + options + "\");\n"
                + "saveAs(\"Results\", \"" + csv + "\");");
        List<Map<String, String>> rows = TestData.csv(csv);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static CalibrationReport core(Path file, String model, EnsembleMethod method, int members, long seed) {
        LearningData d = LearningData.from(DataTable.read(file), "gap", List.of(), List.of(), "formula", null);
        GaussianPredictions p = OutOfFoldUncertainty.run(d, ModelSpec.parse(model, ""), method, members, Splits.kFold(d.size(), 5, seed),
                Pipeline.Preparation.DEFAULT, seed, ProgressListener.NONE);
        return CalibrationReport.of(d.y(), p);
    }

    @Test
    void forestTreesGiveTheCoresNumbersPlotAndRows() throws IOException {
        Path plot = dir.resolve("calibration.png");
        Path out = dir.resolve("uncertainty.csv");
        Map<String, String> row = result("model=[RandomForest trees=40] method=trees folds=5 seed=3 plot=[" + plot + "] output=[" + out + "]");
        CalibrationReport expected = core(data, "RandomForest trees=40", EnsembleMethod.TREES, 0, 3);
        for (String c : COLUMNS) {
            assertEquals(expected.values().get(c), Double.parseDouble(row.get(c)), 1e-4, c);
        }
        assertTrue(Files.size(plot) > 1000, "calibration plot saved");
        DataTable t = DataTable.read(out);
        assertEquals(List.of("row", "gap", "mean", "std"), t.names());
        assertEquals(59, t.rows());
        assertEquals(8, t.numbers("row")[6], 0, "row 7 has no target");
        assertEquals(expected.mae(), java.util.stream.IntStream.range(0, 59)
                .mapToDouble(i -> Math.abs(t.numbers("gap")[i] - t.numbers("mean")[i])).average().orElseThrow(), 1e-12);
        assertEquals(expected.meanStd(), java.util.Arrays.stream(t.numbers("std")).average().orElseThrow(), 1e-12);
    }

    @Test
    void bootstrapAndSeedEnsembles() throws IOException {
        Map<String, String> boot = result("model=Ridge method=bootstrap members=6 folds=5 seed=1");
        CalibrationReport expected = core(data, "Ridge", EnsembleMethod.BOOTSTRAP, 6, 1);
        assertEquals(expected.nll(), Double.parseDouble(boot.get("nll")), 1e-4);
        assertEquals(expected.coverage95(), Double.parseDouble(boot.get("coverage_95")), 1e-4);
        Map<String, String> seeds = result("model=[GradientBoosting subsample=0.7 trees=50] method=ensemble members=5 folds=5 seed=2");
        CalibrationReport gb = core(data, "GradientBoosting subsample=0.7 trees=50", EnsembleMethod.ENSEMBLE, 5, 2);
        assertEquals(gb.miscalibrationArea(), Double.parseDouble(seeds.get("miscalibration_area")), 1e-4);
    }

    @Test
    void badInputGivesClearMessages() throws IOException {
        String run = "run(\"Uncertainty Calibration\", \"input=[" + data + "] ";
        macros.assertFails(run + "target=gap model=Forest\");", "unknown model 'Forest'");
        macros.assertFails(run + "target=gap model=OLS method=trees\");", "method=trees needs model=RandomForest");
        macros.assertFails(run + "target=gap model=OLS method=ensemble\");", "needs method=bootstrap");
        macros.assertFails(run + "target=gap model=OLS method=dropout\");", "method must be one of bootstrap, ensemble, trees; got 'dropout'");
        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "a,gap\n1,NaN\n2,nan\n3,\n");
        macros.assertFails("run(\"Uncertainty Calibration\", \"input=[" + nan + "] target=gap model=OLS\");", "no row has a value of the target 'gap'");
        Path few = dir.resolve("few.csv");
        Files.writeString(few, "a,gap\n1,1\n2,2.5\n3,2\n4,4.5\n5,5\n6,6.2\n");
        macros.assertFails("run(\"Uncertainty Calibration\", \"input=[" + few + "] target=gap model=OLS folds=3\");",
                "calibration needs at least 10 rows with a value of 'gap', few.csv has 6");
    }
}
