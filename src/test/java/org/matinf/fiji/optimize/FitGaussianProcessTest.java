package org.matinf.fiji.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/** Fit Gaussian Process runs headless from its macro line; numbers against scikit-learn's (gp/gp_reference.json). */
class FitGaussianProcessTest {
    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    private Path referenceCsv() throws IOException {
        JsonNode ref = TestData.json(TestData.reference("gp/gp_reference.json"));
        double[][] x = TestData.matrix(ref.get("X"));
        double[] y = TestData.vector(ref.get("y"));
        StringBuilder sb = new StringBuilder("id,a,b,c,y\n");
        for (int i = 0; i < y.length; i++) {
            sb.append(String.format(Locale.ROOT, "m%d,%.17g,%.17g,%.17g,%.17g%n", i, x[i][0], x[i][1], x[i][2], y[i]));
        }
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, sb);
        return csv;
    }

    @Test
    void publicMacroLineFillsTheResultsTableAtLeastAsWellAsScikitLearn() throws IOException {
        Path csv = referenceCsv();
        macros.assertRuns("run(\"Fit Gaussian Process\", \"input=[" + csv + "] target=y kernel=Matern52+White optimize=true restarts=3 seed=0\");\n"
                + "saveAs(\"Results\", \"" + dir + "/gp.csv\");");
        List<Map<String, String>> rows = TestData.csv(dir.resolve("gp.csv"));
        assertEquals(1, rows.size());
        Map<String, String> r = rows.get(0);
        double lml = Double.parseDouble(r.get("log_marginal_likelihood"));
        assertTrue(lml >= -6.72761172480725 - 1e-6, "scikit-learn reaches -6.7276, MatInf " + lml);
        for (String k : List.of("k1__k1__constant_value", "k1__k2__length_scale", "k2__noise_level")) {
            assertTrue(Double.parseDouble(r.get(k)) > 0, k);
        }
        assertEquals("Matern52+White", r.get("kernel"));
    }

    @Test
    void fixedHyperparametersAndArdColumns() throws IOException {
        Path csv = referenceCsv();
        macros.assertRuns("run(\"Fit Gaussian Process\", \"input=[" + csv + "] target=y features=[a,b,c] kernel=RBF ard=true optimize=false normalize=false\");\n"
                + "saveAs(\"Results\", \"" + dir + "/gp.csv\");");
        Map<String, String> r = TestData.csv(dir.resolve("gp.csv")).get(0);
        assertEquals(1.0, Double.parseDouble(r.get("k2__length_scale_2")), 1e-12);
        double ref = TestData.json(TestData.reference("gp/gp_reference.json")).get("ones_rbf_ard_lml").asDouble();
        assertEquals(ref, Double.parseDouble(r.get("log_marginal_likelihood")), 1e-8 * Math.abs(ref));
    }

    @Test
    void oneFeatureSavesThePlot() throws IOException {
        StringBuilder sb = new StringBuilder("x,y\n");
        for (int i = 0; i < 12; i++) {
            double x = i * 0.5;
            sb.append(String.format(Locale.ROOT, "%.3f,%.6f%n", x, Math.sin(x) + 0.05 * Math.cos(7 * x)));
        }
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, sb);
        macros.assertRuns("run(\"Fit Gaussian Process\", \"input=[" + csv + "] target=y kernel=RBF optimize=true restarts=2 plot=[" + dir + "/gp.png]\");");
        byte[] png = Files.readAllBytes(dir.resolve("gp.png"));
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "plot saved as PNG");
    }

    @Test
    void badInputIsReportedClearly() throws IOException {
        Path csv = dir.resolve("const.csv");
        Files.writeString(csv, "x,y\n1,2\n2,2\n3,2\n");
        macros.assertFails("run(\"Fit Gaussian Process\", \"input=[" + csv + "] target=y kernel=RBF\");", "constant");
        macros.assertFails("run(\"Fit Gaussian Process\", \"input=[" + csv + "] target=y kernel=Cosine\");", "unknown kernel");
    }
}
