package org.matinf.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.table.DataTable;
import org.matinf.core.table.TableException;
import org.matinf.testutil.TestData;

/** Cross-validation, hyperparameter search and learning curves on the reference data set. */
class ValidationTest {
    private static final DataTable TABLE = DataTable.read(TestData.reference("learn/models_data.csv"));
    private static final LearningData DATA = LearningData.from(TABLE, "y", List.of(), List.of(), "formula", null);

    @Test
    void crossValidatedOlsEqualsScikitLearn() {
        // cross_val_predict(make_pipeline(StandardScaler(), LinearRegression()), X, y, cv=KFold(5, shuffle=True, random_state=0))
        // gives the out-of-fold MAE below (models.py's data; value from scikit-learn 1.2.1, see cv.py and cv.json)
        CrossValidation.Result r = CrossValidation.run(DATA, ModelSpec.parse("OLS", ""), Splits.kFold(DATA.size(), 5, 0),
                Pipeline.Preparation.DEFAULT, 0, ProgressListener.NONE);
        assertEquals(5, r.folds().size());
        double[] expected = TestData.vector(TestData.json(TestData.reference("learn/cv.json")).get("fold_mae"));
        for (int f = 0; f < 5; f++) {
            assertEquals(expected[f], r.folds().get(f).get("mae"), 1e-9, "fold " + f);
        }
        assertEquals(TestData.json(TestData.reference("learn/cv.json")).get("oof_mae").asDouble(),
                Metrics.mae(DATA.y(), r.predicted()), 1e-9);
    }

    @Test
    void searchRanksCandidatesBestFirst() {
        List<ModelSpec> grid = HyperparameterSearch.grid(ModelSpec.parse("Ridge", ""));
        assertEquals(5, grid.size());
        List<HyperparameterSearch.Candidate> c = HyperparameterSearch.run(DATA, grid, Splits.kFold(DATA.size(), 5, 0),
                Pipeline.Preparation.DEFAULT, 0, ProgressListener.NONE);
        for (int i = 1; i < c.size(); i++) {
            assertTrue(c.get(i - 1).score() <= c.get(i).score(), "sorted by MAE");
        }
        assertEquals("100", c.get(c.size() - 1).spec().values().get("alpha"), "the strongest penalty fits worst");
        List<ModelSpec> random = HyperparameterSearch.random(ModelSpec.parse("SVR", ""), 5, 1);
        assertEquals(5, new HashSet<>(random).size());
        assertEquals(random, HyperparameterSearch.random(ModelSpec.parse("SVR", ""), 5, 1), "seeded");
        assertEquals(12, HyperparameterSearch.grid(ModelSpec.parse("SVR", "")).size());
    }

    @Test
    void learningCurveImprovesWithData() {
        List<LearningCurve.Point> pts = LearningCurve.run(DATA, ModelSpec.parse("KNN", ""), Splits.kFold(DATA.size(), 5, 0),
                LearningCurve.fractions(3), Pipeline.Preparation.DEFAULT, 0, ProgressListener.NONE);
        assertEquals(3, pts.size());
        assertEquals(16, pts.get(0).size());
        assertEquals(160, pts.get(2).size());
        assertTrue(pts.get(2).validation() < pts.get(0).validation(), "validation MAE falls with more data: " + pts);
    }

    @Test
    void groupedFoldsKeepFormulasTogether() {
        String csv = "formula,a,target\nFe2O3,1,1\nFe4O6,2,2\nNaCl,3,3\nCl1Na1,4,4\nSiO2,5,5\nMgO,6,6\n";
        LearningData d = LearningData.from(DataTable.parse("g.csv", csv), "target", List.of(), List.of(), "formula", null);
        String[] groups = d.reducedFormulas();
        assertEquals(groups[0], groups[1]);
        assertEquals(groups[2], groups[3]);
        for (Split s : SplitMethod.GROUP.folds(d, 2, 1)) {
            Set<String> test = new HashSet<>();
            for (int i : s.test()) {
                test.add(groups[i]);
            }
            for (int i : s.train()) {
                assertTrue(!test.contains(groups[i]), groups[i] + " straddles");
            }
        }
        TableException bad = assertThrows(TableException.class, () -> LearningData.from(DataTable.parse("b.csv",
                "formula,a,target\nNaCl,1,1\nXx2O,2,2\n"), "target", List.of(), List.of(), "formula", null).reducedFormulas());
        assertTrue(bad.getMessage().startsWith("b.csv, line 3: formula 'Xx2O'"), bad.getMessage());
    }

    @Test
    void missingTargetsAreDroppedAndBadColumnsNamed() {
        LearningData d = LearningData.from(DataTable.parse("t.csv", "a,target\n1,1\n2,\n3,NaN\n4,4\n"), "target",
                List.of(), List.of(), null, null);
        assertEquals(2, d.dropped());
        assertArrayEquals(new double[] {1, 4}, d.y());
        assertTrue(assertThrows(TableException.class, () -> LearningData.from(DataTable.parse("t.csv", "a,b\n1,2\n"), "target",
                List.of(), List.of(), null, null)).getMessage().contains("no target column 'target'"));
        assertTrue(assertThrows(TableException.class, () -> LearningData.from(DataTable.parse("t.csv", "a,b,target\n1,x,2\n"),
                "target", List.of("a", "b"), List.of(), null, null)).getMessage().startsWith("t.csv, line 2: column 'b' must hold numbers"));
        assertTrue(assertThrows(TableException.class, () -> LearningData.from(DataTable.parse("t.csv", "a,target\n1,\n"),
                "target", List.of(), List.of(), null, null)).getMessage().contains("no row has a value"));
    }
}
