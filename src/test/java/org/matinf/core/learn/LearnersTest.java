package org.matinf.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.matinf.core.table.DataTable;
import org.matinf.testutil.TestData;

/**
 * Smile models against scikit-learn 1.2.1 on the same standardised data
 * (src/test/resources/reference/learn/models.py): linear models and k-NN predict the same values;
 * forests, boosting and SVMs (other random streams and solvers) reach a comparable test error.
 */
class LearnersTest {
    private static final JsonNode REF = TestData.json(TestData.reference("learn/models.json"));
    private static final LearningData REG = data("y");
    private static final LearningData CLS = data("cls");
    private static final int[] TRAIN = IntStream.range(0, 150).toArray();
    private static final int[] TEST = IntStream.range(150, 200).toArray();

    private static LearningData data(String target) {
        DataTable t = DataTable.read(TestData.reference("learn/models_data.csv"));
        // the class is made from f0 and f1: the regression target y must not be a feature for it
        return LearningData.from(t, target, List.of(), target.equals("y") ? List.of() : List.of("y"), "formula", null);
    }

    private static double[] predict(LearningData d, String model) {
        Pipeline p = Pipeline.fit(ModelSpec.parse(model, ""), d.subset(TRAIN), Pipeline.Preparation.DEFAULT, 0);
        return p.predict(d.subset(TEST).x());
    }

    private static double testMae(String model) {
        return Metrics.mae(REG.subset(TEST).y(), predict(REG, model));
    }

    @Test
    void dataTakesNumericColumnsExceptTargetAndFormula() {
        assertEquals(List.of("f0", "f1", "f2", "f3", "f4"), REG.features());
        assertEquals(List.of("f0", "f1", "f2", "f3", "f4"), CLS.features());
        assertEquals(Task.REGRESSION, REG.task());
        assertEquals(Task.CLASSIFICATION, CLS.task());
        assertEquals(List.of("insulator", "metal"), CLS.classes());
    }

    @Test
    void linearModelsAndNeighboursPredictAsScikitLearn() {
        String[][] cases = {{"OLS", "OLS", "1e-9"}, {"Ridge alpha=1", "Ridge", "1e-9"}, {"Lasso alpha=0.01 max_iter=100000", "Lasso", "5e-4"},
            {"ElasticNet alpha=0.01 l1_ratio=0.5", "ElasticNet", "5e-4"}, {"KNN k=5", "KNN", "1e-9"},
            {"KNN k=5 weights=distance", "KNN_distance", "1e-9"}};
        for (String[] c : cases) {
            double[] p = predict(REG, c[0]);
            double[] ref = TestData.vector(REF.get(c[1]).get("predictions"));
            for (int i = 0; i < p.length; i++) {
                assertEquals(ref[i], p[i], Double.parseDouble(c[2]) * Math.max(1, Math.abs(ref[i])), c[0] + " row " + i);
            }
        }
    }

    @Test
    void treesAndKernelsReachScikitLearnsError() {
        // (model, reference, allowed excess of MAE over scikit-learn's)
        Object[][] cases = {{"RandomForest trees=300 min_leaf=5", "RandomForest", 0.15},
            {"GradientBoosting", "GradientBoosting", 0.15}, {"DecisionTree", "DecisionTree", 0.25},
            {"SVR C=10", "SVR_rbf", 0.05}, {"SVR kernel=linear", "SVR_linear", 0.05},
            {"SVR kernel=poly gamma=0.2 coef0=1", "SVR_poly", 0.05}};
        for (Object[] c : cases) {
            double mae = testMae((String) c[0]);
            double ref = REF.get((String) c[1]).get("mae").asDouble();
            assertTrue(mae < ref + (double) c[2], c[0] + ": MAE " + mae + " vs scikit-learn " + ref);
        }
    }

    @Test
    void classifiersReachScikitLearnsAccuracy() {
        Object[][] cases = {{"LogisticRegression", "LogisticRegression"}, {"RandomForest trees=300", "RandomForestClassifier"},
            {"GradientBoosting trees=200", "GradientBoostingClassifier"}, {"SVM", "SVM"}};
        LearningData test = CLS.subset(TEST);
        for (Object[] c : cases) {
            Pipeline p = Pipeline.fit(ModelSpec.parse((String) c[0], ""), CLS.subset(TRAIN), Pipeline.Preparation.DEFAULT, 0);
            var s = Scores.classification(test.y(), p.predict(test.x()), p.classScores(test.x()), 2);
            JsonNode ref = REF.get((String) c[1]);
            assertTrue(s.get("accuracy") >= ref.get("accuracy").asDouble() - 0.06, c[0] + ": " + s + " vs " + ref);
            assertTrue(s.get("roc_auc") >= ref.get("roc_auc").asDouble() - 0.05, c[0] + ": " + s + " vs " + ref);
        }
    }

    @Test
    void seededModelsAreDeterministic() {
        for (String m : List.of("RandomForest trees=50", "GradientBoosting trees=50")) {
            double[] a = predict(REG, m);
            scrambleWorkerRandomState();
            double[] b = predict(REG, m);
            assertArrayEquals(a, b, 0, m + " twice with one seed");
            double[] c = Pipeline.fit(ModelSpec.parse(m, ""), REG.subset(TRAIN), Pipeline.Preparation.DEFAULT, 99)
                    .predict(REG.subset(TEST).x());
            assertFalse(Arrays.equals(a, c), m + " with another seed should differ");
        }
    }

    /** Draws from Smile's per-thread random generators in many pool threads, so nothing may rely on their state. */
    private static void scrambleWorkerRandomState() {
        IntStream.range(0, 64).parallel().forEach(i -> {
            for (int k = 0; k <= i; k++) {
                smile.math.MathEx.random();
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void specsParseAndRefuseBadNames() {
        ModelSpec s = ModelSpec.parse("randomforest", "trees=200, max_depth=12");
        assertEquals(ModelType.RANDOM_FOREST, s.type());
        assertEquals(200, s.integer("trees"));
        assertEquals("trees=200 max_depth=12", s.changed());
        assertEquals(s, ModelSpec.parse(s.toString(), ""));
        assertEquals(s, ModelSpec.fromJson(s.toJson()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("Forest", ""))
                .getMessage().contains("RandomForest"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("RandomForest", "tres=5"))
                .getMessage().contains("no hyperparameter 'tres'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("Ridge", "alpha=abc"))
                .getMessage().contains("alpha must be a number"));
        assertThrows(IllegalArgumentException.class, () -> predict(CLS, "Lasso"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> predict(CLS, "GradientBoosting trees=5 loss=lad"))
                .getMessage().contains("is for regression"));
        assertTrue(testMae("GradientBoosting loss=huber") < REF.get("GradientBoosting").get("mae").asDouble() + 0.2);
    }
}
