package org.matinf.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.matinf.testutil.TestData;

/** Against sklearn.metrics 1.2.1 (src/test/resources/reference/learn/folds.py). */
class MetricsTest {
    private static final double TOL = 1e-12;
    private static final JsonNode REF = TestData.json(TestData.reference("learn/folds.json"));

    private static int[] ints(JsonNode a) {
        return Arrays.stream(TestData.vector(a)).mapToInt(v -> (int) v).toArray();
    }

    @Test
    void regressionScores() {
        JsonNode r = REF.get("regression");
        double[] y = TestData.vector(r.get("y"));
        double[] p = TestData.vector(r.get("p"));
        assertEquals(r.get("mae").asDouble(), Metrics.mae(y, p), TOL);
        assertEquals(r.get("rmse").asDouble(), Metrics.rmse(y, p), TOL);
        assertEquals(r.get("r2").asDouble(), Metrics.r2(y, p), TOL);
    }

    @Test
    void binaryScoresWithTiedScores() {
        JsonNode b = REF.get("binary");
        int[] y = ints(b.get("y"));
        int[] p = ints(b.get("pred"));
        assertEquals(b.get("accuracy").asDouble(), Metrics.accuracy(y, p), TOL);
        assertEquals(b.get("precision").asDouble(), Metrics.precision(y, p, 2), TOL);
        assertEquals(b.get("recall").asDouble(), Metrics.recall(y, p, 2), TOL);
        assertEquals(b.get("f1").asDouble(), Metrics.f1(y, p, 2), TOL);
        assertEquals(b.get("roc_auc").asDouble(), Metrics.rocAuc(y, TestData.vector(b.get("score"))), TOL);
        int[][] c = Metrics.confusion(y, p, 2);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(ints(b.get("confusion").get(i)), c[i]);
        }
    }

    @Test
    void multiclassMacroScores() {
        JsonNode m = REF.get("multiclass");
        int[] y = ints(m.get("y"));
        int[] p = ints(m.get("pred"));
        assertEquals(m.get("accuracy").asDouble(), Metrics.accuracy(y, p), TOL);
        assertEquals(m.get("precision_macro").asDouble(), Metrics.precision(y, p, 3), TOL);
        assertEquals(m.get("recall_macro").asDouble(), Metrics.recall(y, p, 3), TOL);
        assertEquals(m.get("f1_macro").asDouble(), Metrics.f1(y, p, 3), TOL);
        int[][] c = Metrics.confusion(y, p, 3);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(ints(m.get("confusion").get(i)), c[i]);
        }
        assertTrue(Double.isNaN(Metrics.rocAuc(new int[] {1, 1}, new double[] {0.2, 0.3})), "one class: no AUC");
    }
}
