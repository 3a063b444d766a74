package org.matinf.core.optimize.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast numerical paths (LAPACK dpotri inverse, triangular-solve prediction, one-pass
 * symmetric gradient on several threads) give the numbers of the slow ones.
 */
class FastPathTest {
    private static double[][] points(int n, int d, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int c = 0; c < d; c++) {
                row[c] = r.nextDouble() * 3;
            }
        }
        return x;
    }

    private static double[] targets(double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(2 * x[i][0]) + x[i][1] * x[i][1] / 4 + 0.1 * Math.cos(17 * i);
        }
        return y;
    }

    private static Kernel maternWhite(int d) {
        return new ConstantKernel(2).times(new MaternKernel(2.5, 0.8)).plus(new WhiteKernel(0.05));
    }

    @Test
    void theNativesLoad() {
        assertTrue(Lapack.AVAILABLE, "bytedeco OpenBLAS natives (dpotri, dtrtrs) could not be loaded");
    }

    @Test
    void dpotriInverseEqualsSolvingAgainstTheIdentity() {
        double[][] x = points(120, 4, 1);
        Posterior p = Posterior.of(maternWhite(4), x, targets(x), 1e-10);
        double[] fast = p.inverseLower(true);
        double[] slow = p.inverseLower(false);
        int n = x.length;
        double largest = 0;
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                largest = Math.max(largest, Math.abs(slow[i + j * n]));
            }
        }
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                assertEquals(slow[i + j * n], fast[i + j * n], 1e-10 * largest, "inverse " + i + "," + j);
            }
        }
        double[] g1 = p.gradient(true);
        double[] g2 = p.gradient(false);
        for (int i = 0; i < g1.length; i++) {
            assertEquals(g2[i], g1[i], 1e-10 * Math.max(1, Math.abs(g2[i])), "gradient " + i);
        }
    }

    @Test
    void triangularSolvePredictionEqualsTheTwoSidedSolve() {
        double[][] x = points(150, 3, 2);
        double[][] xs = points(70, 3, 3);
        GaussianProcess gp = GaussianProcess.fit(x, targets(x), new GpSettings(maternWhite(3), 1e-10, true, false, 0, 0));
        GpPrediction fast = gp.predict(xs, true);
        GpPrediction slow = gp.predict(xs, false);
        for (int i = 0; i < xs.length; i++) {
            assertEquals(slow.mean()[i], fast.mean()[i], 1e-10 * Math.max(1, Math.abs(slow.mean()[i])), "mean " + i);
            assertEquals(slow.std()[i], fast.std()[i], 1e-10 * Math.max(1, slow.std()[i]), "std " + i);
        }
        assertTrue(fast.std()[0] > 0.05, "a real predictive spread, got " + fast.std()[0]);
    }

    /** 400 points run on all cores; the public contract is the old single-threaded double loop. */
    @Test
    void symmetricOnePassContractionEqualsTheFullOne() {
        double[][] x = points(400, 3, 4);
        Kernel[] kernels = {
            maternWhite(3),
            new ConstantKernel(1.5).times(new RbfKernel(0.7, 1.3, 2.0)).plus(new WhiteKernel(0.01)),
            new RbfKernel(0.9).times(new DotProductKernel(0.5)),
            new RationalQuadraticKernel(0.8, 1.7).plus(new WhiteKernel(0.2)),
            new MaternKernel(0.5, 1.1).times(new ConstantKernel(0.3)),
        };
        Random r = new Random(5);
        int n = x.length;
        double[][] w = new double[n][n];
        double[] lower = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                w[i][j] = r.nextGaussian();
                w[j][i] = w[i][j];
                lower[i + j * n] = w[i][j];
            }
        }
        for (Kernel k : kernels) {
            double[] expected = k.contract(x, w);
            double[] g = new double[k.size()];
            double weighted = k.contractLower(x, lower, 2, g, 0);
            for (int i = 0; i < g.length; i++) {
                assertEquals(2 * expected[i], g[i], 1e-10 * Math.max(1, Math.abs(expected[i])), k + " gradient " + i);
            }
            double[][] km = k.matrix(x);
            double s = 0;
            double[] flat = new double[n * n];
            k.addLower(x, flat, 1);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s += w[i][j] * km[i][j];
                    if (i >= j) {
                        assertEquals(km[i][j], flat[i + j * n], 1e-14, k + " K " + i + "," + j);
                    }
                }
            }
            assertEquals(s, weighted, 1e-10 * Math.max(1, Math.abs(s)), k + " Σ w K");
        }
    }

    @Test
    void rejectedStepsShrinkToTheMinimumOfTheQuadratic() {
        assertEquals(0.25, BoundedQuasiNewton.shrink(0, -1, 1), 1e-15);
        assertEquals(0.1, BoundedQuasiNewton.shrink(0, -1, 100), 1e-15);
        assertEquals(0.5, BoundedQuasiNewton.shrink(0, -1, Double.POSITIVE_INFINITY), 1e-15);
        assertEquals(0.5, BoundedQuasiNewton.shrink(0, -1, -0.9), 1e-15);
    }
}
