package org.matinf.fiji.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/**
 * The Machine Learning commands run headless from macro lines; numbers against scikit-learn 1.2.1
 * (src/test/resources/reference/learn/cv.py: scaled OLS, KFold(5, shuffle=True, random_state=0)).
 */
class LearningCommandsTest {
    private static final Path DATA = TestData.reference("learn/models_data.csv").toAbsolutePath();
    private static final JsonNode CV = TestData.json(TestData.reference("learn/cv.json"));

    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    private List<Map<String, String>> results(String macroLine) throws IOException {
        Path csv = dir.resolve("results.csv");
        macros.assertRuns(macroLine + "\nsaveAs(\"Results\", \"" + csv + "\");");
        return TestData.csv(csv);
    }

    @Test
    void trainPropertyModelCrossValidatesSavesAndPlots() throws IOException {
        Path model = dir.resolve("ols.matinf");
        Path plot = dir.resolve("parity.png");
        List<Map<String, String>> rows = results("run(\"Train Property Model\", \"input=[" + DATA + "] target=y model=OLS folds=5 seed=0 "
                + "output=[" + model + "] plot=[" + plot + "]\");");
        assertEquals(6, rows.size());
        for (int f = 0; f < 5; f++) {
            Map<String, String> r = rows.get(f);
            assertEquals(Integer.toString(f + 1), r.get("fold"));
            assertEquals(CV.get("fold_mae").get(f).asDouble(), Double.parseDouble(r.get("mae")), 1e-4);
            assertEquals(CV.get("fold_rmse").get(f).asDouble(), Double.parseDouble(r.get("rmse")), 1e-4);
            assertEquals(CV.get("fold_r2").get(f).asDouble(), Double.parseDouble(r.get("r2")), 1e-4);
        }
        assertEquals("mean", rows.get(5).get("fold"));
        double meanMae = 0;
        for (JsonNode v : CV.get("fold_mae")) {
            meanMae += v.asDouble() / 5;
        }
        assertEquals(meanMae, Double.parseDouble(rows.get(5).get("mae")), 1e-4);
        assertTrue(Files.size(model) > 100);
        assertTrue(Files.size(plot) > 1000);
        assertTrue(Files.size(dir.resolve("parity_residuals.png")) > 1000);

        Path out = dir.resolve("predicted.csv");
        List<Map<String, String>> summary = results("run(\"Predict Property\", \"model=[" + model + "] input=[" + DATA + "] output=["
                + out + "]\");");
        assertEquals("200", summary.get(0).get("rows"));
        List<Map<String, String>> predicted = TestData.csv(out);
        assertEquals(200, predicted.size());
        for (int i = 0; i < 200; i++) {
            assertEquals(CV.get("full_predictions").get(i).asDouble(), Double.parseDouble(predicted.get(i).get("predicted_y")), 1e-9);
        }
        assertEquals("X0", predicted.get(0).get("formula"), "the input columns are kept");
    }

    @Test
    void classificationReportsClassScores() throws IOException {
        List<Map<String, String>> rows = results("run(\"Train Property Model\", \"input=[" + DATA + "] target=cls exclude=[y] "
                + "model=LogisticRegression split=stratified folds=4 seed=1\");");
        assertEquals(5, rows.size());
        assertEquals(List.of("fold", "accuracy", "precision", "recall", "f1", "roc_auc"), columns(rows));
        assertTrue(Double.parseDouble(rows.get(4).get("accuracy")) > 0.85, rows.get(4).toString());
        assertTrue(Double.parseDouble(rows.get(4).get("roc_auc")) > 0.9, rows.get(4).toString());
    }

    @Test
    void searchAndLearningCurve() throws IOException {
        List<Map<String, String>> rows = results("run(\"Hyperparameter Search\", \"input=[" + DATA + "] target=y model=Ridge search=grid "
                + "folds=5 seed=0\");");
        assertEquals(5, rows.size());
        assertEquals("1", rows.get(0).get("rank"));
        assertEquals("alpha=100", rows.get(4).get("parameters"));
        assertTrue(Double.parseDouble(rows.get(0).get("mae")) <= Double.parseDouble(rows.get(4).get("mae")));
        assertTrue(rows.get(0).containsKey("mae_std"));

        List<Map<String, String>> random = results("run(\"Hyperparameter Search\", \"input=[" + DATA + "] target=y model=KNN "
                + "search=random candidates=3 folds=3 seed=4\");");
        assertEquals(3, random.size());

        Path plot = dir.resolve("curve.png");
        List<Map<String, String>> curve = results("run(\"Learning Curve\", \"input=[" + DATA + "] target=y model=KNN sizes=3 folds=5 "
                + "seed=0 plot=[" + plot + "]\");");
        assertEquals(List.of("size", "train_mae", "train_mae_std", "validation_mae", "validation_mae_std"), columns(curve));
        assertEquals("160", curve.get(2).get("size"));
        assertTrue(Files.size(plot) > 1000);
    }

    @Test
    void badInputIsNamed() throws IOException {
        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "formula,a,target\nNaCl,1,1\nKCl,2,\nMgO,3,3\nSiO2,4,4.5\nCaO,5,5\nFeO,6,6.2\n");
        assertEquals(3, results("run(\"Train Property Model\", \"input=[" + nan + "] target=target model=KNN parameters=[k=2] folds=2\");").size());

        macros.assertFails("run(\"Train Property Model\", \"input=[" + DATA + "] target=gap model=OLS\");", "no target column 'gap'");
        macros.assertFails("run(\"Train Property Model\", \"input=[" + DATA + "] target=y model=Forest\");", "unknown model 'Forest'");
        macros.assertFails("run(\"Train Property Model\", \"input=[" + DATA + "] target=y model=RandomForest parameters=[tres=5]\");",
                "RandomForest has no hyperparameter 'tres'");
        macros.assertFails("run(\"Train Property Model\", \"input=[" + DATA + "] target=cls exclude=[y] model=Lasso\");",
                "Lasso does not do classification");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        macros.assertFails("run(\"Train Property Model\", \"input=[" + empty + "] target=y\");", empty + ": empty");
        Path badFormula = dir.resolve("bad.csv");
        Files.writeString(badFormula, "formula,a,target\nNaCl,1,1\nKCl,2,2\nXx2O,3,3\nSiO2,4,4\n");
        macros.assertFails("run(\"Train Property Model\", \"input=[" + badFormula + "] target=target model=OLS split=group folds=2\");",
                badFormula + ", line 4: formula 'Xx2O'");
        Path notModel = dir.resolve("not.matinf");
        Files.writeString(notModel, "hello");
        macros.assertFails("run(\"Predict Property\", \"model=[" + notModel + "] input=[" + DATA + "] output=[" + dir.resolve("o.csv") + "]\");",
                notModel + ": not a MatInf model file");
        assertFalse(Files.exists(dir.resolve("o.csv")), "nothing written on failure");
    }

    private static List<String> columns(List<Map<String, String>> rows) {
        List<String> c = TestData.columns(rows);
        return !c.isEmpty() && c.get(0).isEmpty() ? c.subList(1, c.size()) : c;
    }
}
