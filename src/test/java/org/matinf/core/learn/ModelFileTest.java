package org.matinf.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.table.DataTable;
import org.matinf.testutil.TestData;

/** Saving and loading property models; refusing foreign, old, truncated and corrupt files by name. */
class ModelFileTest {
    @TempDir
    Path dir;

    private static final DataTable TABLE = DataTable.read(TestData.reference("learn/models_data.csv"));

    private static PropertyModel train(String target, String model) {
        LearningData d = LearningData.from(TABLE, target, List.of(), target.equals("cls") ? List.of("y") : List.of(), "formula", null);
        return PropertyModel.train(d, ModelSpec.parse(model, ""), Pipeline.Preparation.DEFAULT, 7, "", "formula", Map.of("mae", 0.5));
    }

    @Test
    void savedModelsPredictAsBefore() throws IOException {
        for (String[] c : new String[][] {{"y", "RandomForest trees=30"}, {"y", "Ridge"}, {"y", "KNN"}, {"y", "SVR"},
            {"y", "GradientBoosting trees=30"}, {"cls", "LogisticRegression"}, {"cls", "SVM"}, {"cls", "RandomForest trees=20"}}) {
            PropertyModel m = train(c[0], c[1]);
            Path f = dir.resolve("m.matinf");
            ModelFile.write(m, f);
            PropertyModel back = ModelFile.read(f);
            assertArrayEquals(m.predict(TABLE), back.predict(TABLE), 0, c[1]);
            assertEquals(m.spec(), back.spec());
            assertEquals(m.features(), back.features());
            assertEquals(m.classes(), back.classes());
            assertEquals("formula", back.formulaColumn());
            assertEquals(0.5, back.crossValidation().get("mae"));
        }
        DataTable out = train("cls", "LogisticRegression").withPredictions(TABLE);
        assertEquals("predicted_cls", out.names().get(out.names().size() - 1));
        String[] predicted = out.texts("predicted_cls");
        String[] truth = TABLE.texts("cls");
        long right = java.util.stream.IntStream.range(0, predicted.length).filter(i -> predicted[i].equals(truth[i])).count();
        assertTrue(right > 180, "training accuracy " + right + "/200");
    }

    @Test
    void refusesForeignTruncatedAndOtherVersionFiles() throws IOException {
        Path f = dir.resolve("m.matinf");
        ModelFile.write(train("y", "Ridge"), f);
        byte[] good = Files.readAllBytes(f);

        Path truncated = dir.resolve("truncated.matinf");
        Files.write(truncated, Arrays.copyOf(good, good.length / 2));
        assertRefused(truncated, "truncated");

        Path text = dir.resolve("text.matinf");
        Files.writeString(text, "formula,target\nNaCl,1\n");
        assertRefused(text, "not a MatInf model file");

        String json = Files.readString(f, StandardCharsets.UTF_8);
        Path v2 = dir.resolve("v2.matinf");
        Files.writeString(v2, json.replace("\"version\" : 1", "\"version\" : 2"));
        assertRefused(v2, "format version 2");

        Path foreign = dir.resolve("foreign.matinf");
        Files.writeString(foreign, "{\"format\": \"something-else\", \"version\": 1}");
        assertRefused(foreign, "not a MatInf property model");

        Path bin = dir.resolve("bin.matinf");
        Files.writeString(bin, json.replaceAll("\"trained_model\" : \"[^\"]*\"", "\"trained_model\" : \"AAECAw==\""));
        assertRefused(bin, "corrupt or truncated");
        assertRefused(dir.resolve("missing.matinf"), "no such file");
        assertTrue(ModelFile.description(train("y", "Ridge")).contains("\"features\":[\"f0\",\"f1\",\"f2\",\"f3\",\"f4\"]"));
    }

    private static void assertRefused(Path f, String words) {
        ModelFileException ex = assertThrows(ModelFileException.class, () -> ModelFile.read(f));
        assertTrue(ex.getMessage().startsWith(f.toString()), ex.getMessage());
        assertTrue(ex.getMessage().contains(words), ex.getMessage());
    }
}
