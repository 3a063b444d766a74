package org.matinf.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.fiji.launcher.BatchRunner;
import org.matinf.testutil.TestData;

/**
 * The public line {@code run("Estimate Orientation", "model=[bundled:ni-ebsd-64]");} on a
 * stack made by Generate Diffraction Dataset, through the code of {@code bin/matinf -batch}
 * (macros/orientation_bundled.ijm): one row per slice with the labels' conventions, and the
 * bundled model's accuracy on those freshly simulated noisy patterns.
 */
class BundledModelExampleTest {
    @TempDir
    Path out;

    @Test
    void bundledModelEstimatesEverySliceOfAGeneratedStack() throws IOException {
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int status = BatchRunner.run(Path.of("macros", "orientation_bundled.ijm"), "out=[" + out + "] n=100",
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        assertEquals(BatchRunner.OK, status, errBytes.toString(StandardCharsets.UTF_8));
        List<Map<String, String>> labels = TestData.csv(out.resolve("ni_test/labels.csv"));
        List<Map<String, String>> rows = TestData.csv(out.resolve("bundled.csv"));
        assertEquals(100, rows.size());
        assertTrue(rows.get(0).keySet().containsAll(List.of("slice", "phi1", "Phi", "phi2", "uncertainty")), rows.get(0).toString());
        double[] errors = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, Integer.parseInt(rows.get(i).get("slice")));
            double u = Double.parseDouble(rows.get(i).get("uncertainty"));
            assertTrue(u >= 0 && u < 90, "uncertainty in degrees: " + u);
            errors[i] = Misorientation.disorientationAngle(euler(labels.get(i)), euler(rows.get(i)), LaueGroup.M_BAR_3_M);
        }
        Arrays.sort(errors);
        double median = (errors[49] + errors[50]) / 2;
        assertTrue(median < BundledModelLimits.GOAL_MEDIAN_DEG, "median disorientation " + median + "°");
    }

    private static Orientation euler(Map<String, String> row) {
        return Orientation.fromBunge(Double.parseDouble(row.get("phi1")), Double.parseDouble(row.get("Phi")),
                Double.parseDouble(row.get("phi2")));
    }
}
