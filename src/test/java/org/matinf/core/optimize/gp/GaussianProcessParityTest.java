package org.matinf.core.optimize.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.matinf.core.learn.NumpyRandom;
import org.matinf.testutil.TestData;

/** Log marginal likelihood, its gradient and predictions equal scikit-learn 1.2.1's (gp/gp_reference.py). */
class GaussianProcessParityTest {
    private static final JsonNode REF = TestData.json(TestData.reference("gp/gp_reference.json"));
    private static final double[][] X = TestData.matrix(REF.get("X"));
    private static final double[] Y = TestData.vector(REF.get("y"));
    private static final double[][] XS = TestData.matrix(REF.get("Xs"));

    static Stream<JsonNode> fixed() {
        List<JsonNode> l = new ArrayList<>();
        REF.get("fixed").forEach(l::add);
        return l.stream();
    }

    static Stream<JsonNode> optimised() {
        List<JsonNode> l = new ArrayList<>();
        REF.get("optimised").forEach(l::add);
        return l.stream();
    }

    private static void assertRelative(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.max(1e-3, Math.abs(expected)), what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixed")
    void fixedHyperparametersGiveScikitLearnsNumbers(JsonNode c) {
        String name = c.get("kernel").asText();
        Kernel k = Kernels.parse(name, 3, c.get("ard").asBoolean()).withTheta(TestData.vector(c.get("theta")));
        List<String> names = new ArrayList<>();
        c.get("names").forEach(n -> names.add(n.asText()));
        if (!c.get("ard").asBoolean()) {
            assertEquals(names, k.names(), "scikit-learn's hyperparameter names");
        }
        GaussianProcess gp = GaussianProcess.fit(X, Y, new GpSettings(k, c.get("alpha").asDouble(), c.get("normalize").asBoolean(), false, 0, 0));
        assertRelative(c.get("lml").asDouble(), gp.logMarginalLikelihood(), 1e-8, name + " log marginal likelihood");
        double[] g = TestData.vector(c.get("gradient"));
        double[] mine = Posterior.of(k, X, normalised(c), c.get("alpha").asDouble()).gradient();
        for (int i = 0; i < g.length; i++) {
            assertRelative(g[i], mine[i], 1e-7, name + " gradient " + i);
        }
        GpPrediction p = gp.predict(XS);
        double[] mean = TestData.vector(c.get("mean"));
        double[] std = TestData.vector(c.get("std"));
        double[][] cov = TestData.matrix(c.get("cov"));
        double[][] myCov = gp.covariance(XS);
        for (int i = 0; i < XS.length; i++) {
            assertRelative(mean[i], p.mean()[i], 1e-8, name + " mean " + i);
            assertRelative(std[i], p.std()[i], 1e-8, name + " std " + i);
            for (int j = 0; j < XS.length; j++) {
                assertRelative(cov[i][j], myCov[i][j], 1e-8, name + " cov " + i + "," + j);
            }
        }
    }

    private static double[] normalised(JsonNode c) {
        if (!c.get("normalize").asBoolean()) {
            return Y;
        }
        double m = java.util.Arrays.stream(Y).average().orElseThrow();
        double v = java.util.Arrays.stream(Y).map(y -> (y - m) * (y - m)).sum() / Y.length;
        return java.util.Arrays.stream(Y).map(y -> (y - m) / Math.sqrt(v)).toArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimised")
    void optimisedLikelihoodIsAtLeastScikitLearns(JsonNode c) {
        String name = c.get("kernel").asText();
        Kernel k = Kernels.parse(name, 3, c.get("ard").asBoolean());
        GaussianProcess gp = GaussianProcess.fit(X, Y, new GpSettings(k, GpSettings.DEFAULT_ALPHA, true, true,
                c.get("restarts").asInt(), c.get("seed").asLong()));
        double ref = c.get("lml").asDouble();
        assertTrue(gp.logMarginalLikelihood() >= ref - 1e-6 * Math.abs(ref),
                name + ": MatInf " + gp.logMarginalLikelihood() + " vs scikit-learn " + ref + " " + gp.kernel());
        assertTrue(gp.logMarginalLikelihood() < ref + 0.5, name + ": far above scikit-learn's optimum? " + gp.logMarginalLikelihood());
    }

    @Test
    void restartsAreDrawnAsNumpysUniform() {
        double[] ref = TestData.vector(REF.get("uniform_seed0"));
        NumpyRandom r = new NumpyRandom(0);
        double b = Math.log(1e5);
        for (double v : ref) {
            assertEquals(v, -b + 2 * b * r.nextDouble(), 1e-12);
        }
    }
}
