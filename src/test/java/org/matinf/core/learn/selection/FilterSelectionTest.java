package org.matinf.core.learn.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.testutil.TestData;

/** Variance threshold and correlation filter against scikit-learn 1.2.1 and pandas 1.5.3. */
class FilterSelectionTest {

    @Test
    void varianceThresholdMatchesScikitLearn() {
        JsonNode ref = SelectionReference.JSON.get("variance");
        FeatureSelection s = VarianceThreshold.select(SelectionReference.x(), SelectionReference.NAMES, ref.get("threshold").asDouble());
        double[] var = TestData.vector(ref.get("variances"));
        for (int i = 0; i < var.length; i++) {
            assertEquals(var[i], s.scores().get(i).score(), 1e-12 * Math.max(1, var[i]), "variance of f" + i);
        }
        assertEquals(SelectionReference.names(ref.get("kept")), s.kept());
        assertEquals(List.of("f0", "f1", "f2", "f3", "f6", "f7", "f8", "f9"), s.kept(), "near-constant f4 and constant f5 go");
    }

    @Test
    void zeroThresholdRemovesOnlyTheConstantColumn() {
        FeatureSelection s = VarianceThreshold.select(SelectionReference.x(), SelectionReference.NAMES, 0);
        assertEquals(9, s.kept().size());
        assertEquals(false, s.scores().get(5).kept());
    }

    @Test
    void correlationFilterDropsTheLaterColumnAsPandasRecipe() {
        JsonNode ref = SelectionReference.JSON.get("correlation");
        FeatureSelection s = CorrelationFilter.select(SelectionReference.x(), SelectionReference.NAMES, ref.get("threshold").asDouble());
        double[] r = TestData.vector(ref.get("max_abs_r_with_earlier"));
        for (int i = 0; i < r.length; i++) {
            assertEquals(r[i], s.scores().get(i).score(), 1e-12, "max |r| of f" + i);
        }
        assertEquals(SelectionReference.names(ref.get("kept")), s.kept());
        // f3 ~ f0 (r 0.996), f7 ~ -f1, f8 ~ f3: the later of each pair goes
        assertEquals(List.of("f0", "f1", "f2", "f4", "f5", "f6", "f9"), s.kept());
    }

    @Test
    void thresholdsOutsideTheirRangeAreRefused() {
        double[][] x = SelectionReference.x();
        assertThrows(IllegalArgumentException.class, () -> CorrelationFilter.select(x, SelectionReference.NAMES, 1.5));
        assertThrows(IllegalArgumentException.class, () -> VarianceThreshold.select(x, SelectionReference.NAMES, -1));
    }
}
