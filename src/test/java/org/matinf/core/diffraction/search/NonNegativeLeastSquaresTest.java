package org.matinf.core.diffraction.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.matinf.testutil.TestData;

/** Lawson–Hanson NNLS against SciPy's scipy.optimize.nnls on the same problems. */
class NonNegativeLeastSquaresTest {

    @Test
    void matchesScipy() {
        JsonNode cases = TestData.json(TestData.reference("diffraction/nnls.json")).get("cases");
        assertTrue(cases.size() >= 19);
        int withActiveConstraint = 0;
        for (JsonNode c : cases) {
            double[][] a = TestData.matrix(c.get("a"));
            double[] b = TestData.vector(c.get("b"));
            double[] expected = TestData.vector(c.get("x"));
            double[] x = NonNegativeLeastSquares.solve(a, b);
            assertArrayEquals(expected, x, 1e-8);
            assertEquals(c.get("rnorm").asDouble(), NonNegativeLeastSquares.residual(a, b, x), 1e-8);
            for (double v : expected) {
                if (v == 0) {
                    withActiveConstraint++;
                    break;
                }
            }
        }
        assertTrue(withActiveConstraint >= 5, "cases exercising the constraint: " + withActiveConstraint);
    }

    @Test
    void recoversMixtureScales() {
        // three Gaussian "phases"; b = 2*p0 + 0*p1 + 0.5*p2
        int m = 300;
        double[][] a = new double[m][3];
        double[] b = new double[m];
        double[] centres = {20, 25, 40};
        for (int i = 0; i < m; i++) {
            double t = 10 + 0.1 * i;
            for (int j = 0; j < 3; j++) {
                a[i][j] = Math.exp(-0.5 * Math.pow((t - centres[j]) / 0.3, 2));
            }
            b[i] = 2 * a[i][0] + 0.5 * a[i][2];
        }
        assertArrayEquals(new double[] {2, 0, 0.5}, NonNegativeLeastSquares.solve(a, b), 1e-10);
    }
}
