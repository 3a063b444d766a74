package org.matinf.core.optimize.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad training data gives clear errors; posterior samples follow the predictive distribution. */
class GaussianProcessInputTest {
    private static final double[][] X = {{0}, {1}, {2}, {3}, {4}};
    private static final double[] Y = {0.1, 0.8, 0.9, 0.2, -0.7};

    private static String error(double[][] x, double[] y, GpSettings s) {
        return assertThrows(IllegalArgumentException.class, () -> GaussianProcess.fit(x, y, s)).getMessage();
    }

    @Test
    void duplicatePointsWithoutNoiseAreRefused() {
        double[][] x = {{0}, {1}, {2}, {1}, {4}};
        String m = error(x, Y, GpSettings.fixed(Kernels.parse("RBF", 1, false)));
        assertTrue(m.contains("rows 2 and 4") && m.contains("noise"), m);
        GaussianProcess ok = GaussianProcess.fit(x, Y, new GpSettings(Kernels.parse("RBF+White", 1, false), 1e-10, true, true, 1, 0));
        assertTrue(Double.isFinite(ok.logMarginalLikelihood()));
        GaussianProcess noisy = GaussianProcess.fit(x, Y, new GpSettings(Kernels.parse("RBF", 1, false), 0.01, false, false, 0, 0));
        assertTrue(Double.isFinite(noisy.logMarginalLikelihood()));
    }

    @Test
    void constantTargetNanAndShapesAreRefused() {
        GpSettings s = GpSettings.fixed(Kernels.parse("Matern52", 1, false));
        assertTrue(error(X, new double[] {2, 2, 2, 2, 2}, s).contains("constant"));
        assertTrue(error(X, new double[] {1, 2, Double.NaN, 2, 2}, s).contains("row 3"));
        String m = error(new double[][] {{0}, {1}, {Double.NaN}, {3}, {4}}, Y, s);
        assertTrue(m.contains("row 3") && m.contains("NaN"), m);
        assertTrue(error(X, new double[] {1, 2}, s).contains("5 training points but 2 targets"));
        GaussianProcess gp = GaussianProcess.fit(X, Y, s);
        assertThrows(IllegalArgumentException.class, () -> gp.predict(new double[][] {{0, 1}}));
        assertThrows(IllegalArgumentException.class, () -> new GpSettings(Kernels.parse("RBF", 1, false), -1, false, false, 0, 0));
    }

    @Test
    void samplesHaveThePredictiveMeanAndCovariance() {
        GaussianProcess gp = GaussianProcess.fit(X, Y, new GpSettings(Kernels.parse("RBF", 1, false), 1e-4, true, false, 0, 0));
        double[][] at = {{0.5}, {2.5}, {6}};
        double[][] s = gp.samples(at, 20000, 5);
        GpPrediction p = gp.predict(at);
        double[][] cov = gp.covariance(at);
        for (int i = 0; i < at.length; i++) {
            double m = 0;
            for (double[] row : s) {
                m += row[i];
            }
            m /= s.length;
            assertEquals(p.mean()[i], m, 4 * p.std()[i] / Math.sqrt(s.length) + 1e-12);
            assertEquals(p.std()[i] * p.std()[i], cov[i][i], 1e-12);
            double v = 0;
            for (double[] row : s) {
                v += (row[i] - m) * (row[i] - m);
            }
            assertEquals(cov[i][i], v / (s.length - 1), 0.05 * cov[i][i]);
        }
        assertTrue(p.std()[2] > 5 * p.std()[0], "far from the data the band widens");
    }
}
