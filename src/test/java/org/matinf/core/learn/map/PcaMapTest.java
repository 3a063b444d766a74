package org.matinf.core.learn.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.matinf.core.learn.Preprocessor;
import org.matinf.core.learn.selection.SelectionReference;
import org.matinf.testutil.TestData;

/** PCA against scikit-learn 1.2.1 on the median-imputed, standardised reference features. */
class PcaMapTest {

    static double[][] standardised() {
        double[][] x = SelectionReference.x();
        return Preprocessor.fit(x, SelectionReference.NAMES, Preprocessor.Imputation.MEDIAN, Preprocessor.Scaling.STANDARD).transform(x);
    }

    @Test
    void explainedVarianceAndComponentsMatchScikitLearn() {
        JsonNode ref = SelectionReference.JSON.get("pca");
        double[][] z = standardised();
        PcaMap pca = PcaMap.fit(z);
        double[] var = TestData.vector(ref.get("explained_variance"));
        double[] ratio = TestData.vector(ref.get("explained_variance_ratio"));
        assertEquals(10, pca.size());
        for (int c = 0; c < 10; c++) {
            assertEquals(var[c], pca.explainedVariance()[c], 1e-10, "explained variance " + c);
            assertEquals(ratio[c], pca.explainedVarianceRatio()[c], 1e-12, "ratio " + c);
        }
        double[][] comp = TestData.matrix(ref.get("abs_components"));
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < 10; j++) {
                assertEquals(comp[c][j], Math.abs(pca.component(c)[j]), 1e-9, "|component " + c + "| on f" + j);
            }
        }
        double[][] scores = TestData.matrix(ref.get("abs_scores_first5"));
        double[][] t = pca.transform(z, 2);
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 2; c++) {
                assertEquals(scores[r][c], Math.abs(t[r][c]), 1e-9, "|score| row " + r + " pc " + c);
            }
        }
    }

    @Test
    void signsAreFixedByTheLargestLoading() {
        PcaMap pca = PcaMap.fit(standardised());
        for (int c = 0; c < 2; c++) {
            double[] v = pca.component(c);
            double big = 0;
            for (double a : v) {
                big = Math.abs(a) > Math.abs(big) ? a : big;
            }
            assertEquals(true, big > 0);
        }
    }
}
