package org.matinf.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against scikit-learn 1.2.1 (src/test/resources/reference/learn/preprocess.py). */
class PreprocessorTest {
    private static final List<String> NAMES = List.of("a", "b", "c");

    private static double[][] matrix(JsonNode rows) {
        double[][] m = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            m[r] = new double[rows.get(r).size()];
            for (int c = 0; c < m[r].length; c++) {
                m[r][c] = rows.get(r).get(c).asDouble();
            }
        }
        return m;
    }

    @Test
    void matchesScikitLearnsImputersAndScalers() throws IOException {
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("/reference/learn/preprocess.json")) {
            ref = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(in);
        }
        double[][] train = matrix(ref.get("train"));
        double[][] test = matrix(ref.get("test"));
        assertEquals(4, ref.get("cases").size());
        for (JsonNode c : ref.get("cases")) {
            Preprocessor p = Preprocessor.fit(train, NAMES, Preprocessor.imputation(c.get("imputation").asText()),
                    Preprocessor.scaling(c.get("scaling").asText()));
            Preprocessor back = Preprocessor.fromJson(p.toJson());
            for (String part : new String[] {"train", "test"}) {
                double[][] want = matrix(c.get(part));
                double[][] got = back.transform(part.equals("train") ? train : test);
                for (int r = 0; r < want.length; r++) {
                    for (int k = 0; k < 3; k++) {
                        assertEquals(want[r][k], got[r][k], 1e-12, c.get("imputation") + "/" + c.get("scaling") + " " + part + " " + r + "," + k);
                    }
                }
            }
        }
    }

    @Test
    void badInputIsNamed() {
        double[][] x = {{1, Double.NaN}, {2, Double.NaN}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Preprocessor.fit(x, List.of("a", "empty"), Preprocessor.Imputation.MEDIAN, Preprocessor.Scaling.STANDARD));
        assertEquals("feature 'empty' has no value in the training rows", e.getMessage());
        double[][] inf = {{1, Double.POSITIVE_INFINITY}};
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Preprocessor.fit(inf, List.of("a", "b"), Preprocessor.Imputation.MEAN, Preprocessor.Scaling.NONE)).getMessage()
                .contains("'b' holds an infinite value"));
        assertEquals("scaling must be one of [standard, minmax, none], got 'log'",
                assertThrows(IllegalArgumentException.class, () -> Preprocessor.scaling("log")).getMessage());
    }
}
