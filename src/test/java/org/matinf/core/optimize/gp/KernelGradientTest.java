package org.matinf.core.optimize.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kernel's analytic gradient against central finite differences, and its basic properties. */
class KernelGradientTest {
    private static final Random RANDOM = new Random(11);
    private static final double[][] X = points(9, 3);

    private static double[][] points(int n, int d) {
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int c = 0; c < d; c++) {
                row[c] = RANDOM.nextDouble() * 3 - 1.5;
            }
        }
        x[n - 1] = x[0].clone();
        return x;
    }

    static Stream<Kernel> kernels() {
        return Stream.of(new RbfKernel(0.7), new RbfKernel(0.5, 1.3, 2.0), new MaternKernel(0.5, 0.8),
                new MaternKernel(0.5, 0.4, 1.1, 0.9), new MaternKernel(1.5, 1.2), new MaternKernel(1.5, 0.6, 0.9, 1.4),
                new MaternKernel(2.5, 0.9), new MaternKernel(2.5, 1.5, 0.3, 0.8), new RationalQuadraticKernel(0.8, 1.7),
                new DotProductKernel(0.6), new ConstantKernel(2.5), new WhiteKernel(0.3),
                new ConstantKernel(1.7).times(new MaternKernel(2.5, 0.9, 1.1, 0.5)).plus(new WhiteKernel(0.1)),
                new RbfKernel(1.1).plus(new DotProductKernel(0.4)).times(new RationalQuadraticKernel(1.3, 0.6)));
    }

    private static double weighted(Kernel k, double[][] w) {
        double[][] m = k.matrix(X);
        double s = 0;
        for (int i = 0; i < X.length; i++) {
            for (int j = 0; j < X.length; j++) {
                s += w[i][j] * m[i][j];
            }
        }
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void gradientEqualsFiniteDifferences(Kernel k) {
        double[][] w = new double[X.length][X.length];
        for (double[] row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] = RANDOM.nextGaussian();
            }
        }
        double[] g = k.contract(X, w);
        double[] t = k.theta();
        assertEquals(t.length, g.length);
        double h = 1e-5;
        for (int i = 0; i < t.length; i++) {
            double[] up = t.clone();
            double[] down = t.clone();
            up[i] += h;
            down[i] -= h;
            double fd = (weighted(k.withTheta(up), w) - weighted(k.withTheta(down), w)) / (2 * h);
            assertEquals(fd, g[i], 1e-6 * Math.max(1, Math.abs(fd)), k + " θ" + i + " (" + k.names().get(i) + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void matrixIsSymmetricWithTheDiagonalAndCrossAgrees(Kernel k) {
        double[][] m = k.matrix(X);
        double[] d = k.diagonal(X);
        boolean white = k.names().stream().anyMatch(n -> n.endsWith("noise_level"));
        double[][] c = k.cross(X, X);
        for (int i = 0; i < X.length; i++) {
            assertEquals(d[i], m[i][i], 1e-12);
            for (int j = 0; j < X.length; j++) {
                assertEquals(m[i][j], m[j][i], 1e-12);
                if (!white) {
                    assertEquals(m[i][j], c[i][j], 1e-12);
                }
            }
        }
        assertEquals(k.size(), k.bounds().length);
        assertEquals(k.size(), k.names().size());
    }

    @Test
    void knownValues() {
        double[][] a = {{0, 0}};
        double[][] b = {{3, 4}};
        assertEquals(Math.exp(-12.5), new RbfKernel(1).cross(a, b)[0][0], 1e-15);
        assertEquals(Math.exp(-2.5), new MaternKernel(0.5, 2).cross(a, b)[0][0], 1e-15);
        double r = Math.sqrt(5) * 2.5;
        assertEquals((1 + r + r * r / 3) * Math.exp(-r), new MaternKernel(2.5, 2).cross(a, b)[0][0], 1e-15);
        assertEquals(Math.pow(1 + 25 / (2 * 2.0 * 4), -2), new RationalQuadraticKernel(2, 2).cross(a, b)[0][0], 1e-15);
        assertEquals(0.25 + 0, new DotProductKernel(0.5).cross(a, b)[0][0], 1e-15);
        assertEquals(List.of("k1__k1__constant_value", "k1__k2__length_scale_0", "k1__k2__length_scale_1", "k2__noise_level"),
                Kernels.parse("Matern52+White", 2, true).names());
    }

    @Test
    void badKernelsAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Kernels.parse("Cosine", 2, false)).getMessage().contains("Matern52"));
        assertThrows(IllegalArgumentException.class, () -> new MaternKernel(2.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RbfKernel(-1));
        assertThrows(IllegalArgumentException.class, () -> Kernels.parse("DotProduct", 2, true));
        assertThrows(IllegalArgumentException.class, () -> new RbfKernel(1, 2).cross(X, X));
    }
}
