package org.matinf.core.learn.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.testutil.TestData;

/** Lasso selection at fixed alphas against scikit-learn 1.2.1's Lasso on the same standardised features. */
class LassoSelectionTest {

    @Test
    void coefficientsAndKeptFeaturesMatchScikitLearn() {
        JsonNode ref = SelectionReference.JSON.get("lasso");
        List<String> fitted = SelectionReference.names(ref.get("features"));
        for (int a = 0; a < ref.get("alpha").size(); a++) {
            double alpha = ref.get("alpha").get(a).asDouble();
            LassoSelection.Result r = LassoSelection.select(SelectionReference.x(), SelectionReference.NAMES, SelectionReference.y(), alpha, 5, 1);
            assertEquals(alpha, r.alpha());
            double[] coef = TestData.vector(ref.get("coef").get(a));
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < coef.length; i++) {
                double score = r.selection().score(fitted.get(i));
                assertEquals(Math.abs(coef[i]), score, 1e-4 * 6, "alpha " + alpha + " |coef| of " + fitted.get(i));
                if (coef[i] != 0) {
                    kept.add(fitted.get(i));
                }
            }
            assertEquals(kept, r.selection().kept(), "alpha " + alpha);
            assertEquals(0, r.selection().score("f5"), "a constant feature has no coefficient");
        }
    }

    @Test
    void crossValidationKeepsTheInformativeFeatures() {
        LassoSelection.Result r = LassoSelection.select(SelectionReference.x(), SelectionReference.NAMES, SelectionReference.y(), 0, 5, 7);
        assertTrue(r.alpha() > 0 && r.alpha() < 0.5, "alpha " + r.alpha());
        List<String> kept = r.selection().kept();
        assertTrue(kept.contains("f1") && kept.contains("f2"), kept.toString());
        assertTrue(kept.contains("f0") || kept.contains("f3") || kept.contains("f8"), kept.toString());
        assertEquals(r.alpha(), LassoSelection.select(SelectionReference.x(), SelectionReference.NAMES,
                SelectionReference.y(), 0, 5, 7).alpha(), "same seed, same folds");
    }

    @Test
    void aMissingTargetIsRefusedWithItsRow() {
        double[] y = SelectionReference.y();
        y[9] = Double.NaN;
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> LassoSelection.select(SelectionReference.x(), SelectionReference.NAMES, y, 0.1, 5, 1));
        assertEquals("the target of row 10 is missing", ex.getMessage());
    }
}
