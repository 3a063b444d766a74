package org.matinf.fiji.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.learn.selection.SelectionReference;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/** Select Features and Feature Map run headless from macro lines, on the scikit-learn reference data set. */
class FeatureCommandsTest {
    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    private static String features() {
        return SelectionReference.FEATURES.toAbsolutePath().toString();
    }

    private static List<String> dataColumns(List<Map<String, String>> rows) {
        List<String> c = TestData.columns(rows);
        return !c.isEmpty() && c.get(0).isEmpty() ? c.subList(1, c.size()) : c;
    }

    @Test
    void correlationSelectionWritesTheKeptColumnsAndScores() throws IOException {
        macros.assertRuns("run(\"Select Features\", \"input=[" + features() + "] target=target method=correlation threshold=0.95 output=["
                + dir + "/selected.csv]\");\nsaveAs(\"Results\", \"" + dir + "/scores.csv\");");
        List<Map<String, String>> out = TestData.csv(dir.resolve("selected.csv"));
        assertEquals(List.of("formula", "target", "f0", "f1", "f2", "f4", "f5", "f6", "f9"), TestData.columns(out));
        assertEquals(120, out.size());
        assertEquals("M1", out.get(0).get("formula"));
        assertEquals("", out.get(4).get("f6"), "a missing cell stays missing");
        List<Map<String, String>> scores = TestData.csv(dir.resolve("scores.csv"));
        assertEquals(List.of("feature", "score", "kept"), dataColumns(scores));
        JsonNode ref = SelectionReference.JSON.get("correlation").get("max_abs_r_with_earlier");
        for (int i = 0; i < 10; i++) {
            assertEquals("f" + i, scores.get(i).get("feature"));
            assertEquals(ref.get(i).asDouble(), Double.parseDouble(scores.get(i).get("score")), 1e-8, "f" + i);
        }
        assertEquals("0", scores.get(3).get("kept"));
        assertEquals("1", scores.get(0).get("kept"));
    }

    @Test
    void varianceLassoForestAndPermutationRun() throws IOException {
        macros.assertRuns("run(\"Select Features\", \"input=[" + features() + "] method=variance threshold=0.05 output=[" + dir + "/v.csv]\");");
        assertEquals(List.of("formula", "target", "f0", "f1", "f2", "f3", "f6", "f7", "f8", "f9"), TestData.columns(TestData.csv(dir.resolve("v.csv"))));
        macros.assertRuns("run(\"Select Features\", \"input=[" + features() + "] target=target method=lasso alpha=0.5 output=[" + dir + "/l.csv]\");");
        assertEquals(List.of("formula", "target", "f0", "f1", "f7"), TestData.columns(TestData.csv(dir.resolve("l.csv"))), "scikit-learn's non-zero coefficients at alpha 0.5");
        macros.assertRuns("run(\"Select Features\", \"input=[" + features() + "] target=target method=random_forest top=2 seed=3 output=[" + dir + "/rf.csv] plot=[" + dir + "/importance.png]\");");
        byte[] png = java.nio.file.Files.readAllBytes(dir.resolve("importance.png"));
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "feature-importance plot saved as PNG");
        List<String> rf = TestData.columns(TestData.csv(dir.resolve("rf.csv")));
        assertEquals(4, rf.size());
        assertTrue(rf.contains("f1") || rf.contains("f7"), rf.toString());
        macros.assertRuns("run(\"Select Features\", \"input=[" + features() + "] target=target method=permutation top=1 repeats=3 output=[" + dir + "/p.csv]\");");
        List<String> p = TestData.columns(TestData.csv(dir.resolve("p.csv")));
        assertTrue(p.equals(List.of("formula", "target", "f1")) || p.equals(List.of("formula", "target", "f7")), p.toString());
    }

    @Test
    void badInputIsNamedByFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "formula,target,a,b\nNaCl,1,2,3\nKCl,,4,5\nLiF,3,1,1\n");
        macros.assertFails("run(\"Select Features\", \"input=[" + bad + "] target=target method=lasso\");",
                bad + ", line 3: target 'target' is missing");
        macros.assertFails("run(\"Select Features\", \"input=[" + bad + "] target=gap method=lasso\");", bad + ", line 1: no column 'gap'");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        macros.assertFails("run(\"Feature Map\", \"input=[" + empty + "] method=pca\");", empty + ": empty");
        macros.assertFails("run(\"Select Features\", \"input=[" + bad + "] method=magic\");", "method must be one of");
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void pcaMapWritesScikitLearnCoordinatesAndAPlot() throws IOException {
        macros.assertRuns("run(\"Feature Map\", \"input=[" + features() + "] method=pca color=target output=[" + dir + "/map.csv] plot=["
                + dir + "/map.png]\");\nsaveAs(\"Results\", \"" + dir + "/pca.csv\");");
        List<Map<String, String>> map = TestData.csv(dir.resolve("map.csv"));
        assertEquals(List.of("row", "formula", "target", "pc1", "pc2"), TestData.columns(map));
        double[][] ref = TestData.matrix(SelectionReference.JSON.get("pca").get("abs_scores_first5"));
        for (int r = 0; r < 5; r++) {
            assertEquals(ref[r][0], Math.abs(Double.parseDouble(map.get(r).get("pc1"))), 1e-9);
            assertEquals(ref[r][1], Math.abs(Double.parseDouble(map.get(r).get("pc2"))), 1e-9);
        }
        assertTrue(Files.size(dir.resolve("map.png")) > 1000);
        List<Map<String, String>> pca = TestData.csv(dir.resolve("pca.csv"));
        double[] ratio = TestData.vector(SelectionReference.JSON.get("pca").get("explained_variance_ratio"));
        assertEquals(ratio[0], Double.parseDouble(pca.get(0).get("explained_variance_ratio")), 1e-6);
    }

    @Test
    void classColouredUmapAndSampledTsne() throws IOException {
        Path blobs = dir.resolve("blobs.csv");
        StringBuilder sb = new StringBuilder("name,kind,a,b,c,d\n");
        Random rnd = new Random(2);
        String[] kinds = {"metal", "insulator", "semiconductor"};
        for (int i = 0; i < 150; i++) {
            sb.append("m").append(i).append(',').append(kinds[i % 3]);
            for (int j = 0; j < 4; j++) {
                sb.append(',').append(rnd.nextGaussian() + (j == i % 3 ? 10 : 0));
            }
            sb.append('\n');
        }
        Files.writeString(blobs, sb.toString());
        String umap = "run(\"Feature Map\", \"input=[" + blobs + "] method=umap neighbors=10 seed=1 color=kind output=[" + dir
                + "/u.csv] plot=[" + dir + "/u.png]\");";
        macros.assertRuns(umap);
        List<Map<String, String>> u = TestData.csv(dir.resolve("u.csv"));
        assertEquals(List.of("row", "name", "kind", "x", "y"), TestData.columns(u));
        assertEquals(150, u.size());
        assertTrue(Files.size(dir.resolve("u.png")) > 1000);
        String first = Files.readString(dir.resolve("u.csv"));
        macros.assertRuns(umap);
        assertEquals(first, Files.readString(dir.resolve("u.csv")), "same seed, same map");
        macros.assertRuns("run(\"Feature Map\", \"input=[" + blobs + "] method=tsne perplexity=10 max_rows=60 seed=4 color=kind output=["
                + dir + "/t.csv]\");");
        List<Map<String, String>> t = TestData.csv(dir.resolve("t.csv"));
        assertEquals(60, t.size());
        List<Integer> rows = new ArrayList<>();
        t.forEach(r -> rows.add(Integer.parseInt(r.get("row"))));
        assertEquals(rows.stream().sorted().toList(), rows);
        assertEquals("m" + (rows.get(0) - 1), t.get(0).get("name"), "row numbers point at the input rows");
    }
}
