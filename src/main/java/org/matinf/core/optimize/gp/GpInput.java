package org.matinf.core.optimize.gp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks of training and prediction data, with messages naming the row (1-based), and a small Cholesky. */
final class GpInput {
    /** Below this α, repeated training points make K + αI numerically singular. */
    static final double DUPLICATE_ALPHA = 1e-6;

    private GpInput() {
    }

    static void check(double[][] x, double[] y, GpSettings settings) {
        if (x == null || y == null || x.length == 0) {
            throw new IllegalArgumentException("no training data");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " training points but " + y.length + " targets");
        }
        checkPoints(x, x[0].length, "training row");
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("training row " + (i + 1) + ": the target is " + (Double.isNaN(y[i]) ? "missing (NaN)" : y[i]));
            }
        }
        if (Arrays.stream(y).allMatch(v -> v == y[0])) {
            throw new IllegalArgumentException("the target is constant (" + y[0] + " in every row): nothing to fit");
        }
        boolean white = settings.kernel().names().stream().anyMatch(n -> n.endsWith("noise_level"));
        if (!white && settings.alpha() < DUPLICATE_ALPHA) {
            Map<List<Double>, Integer> seen = new HashMap<>();
            for (int i = 0; i < x.length; i++) {
                Integer first = seen.putIfAbsent(Arrays.stream(x[i]).boxed().toList(), i);
                if (first != null) {
                    throw new IllegalArgumentException("training rows " + (first + 1) + " and " + (i + 1)
                            + " have the same features: give a noise (alpha) of at least " + DUPLICATE_ALPHA + " or add a +White kernel");
                }
            }
        }
    }

    static void checkPoints(double[][] x, int dims, String what) {
        if (dims == 0) {
            throw new IllegalArgumentException("no features");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != dims) {
                throw new IllegalArgumentException(what + " " + (i + 1) + ": " + x[i].length + " features, expected " + dims);
            }
            for (int c = 0; c < dims; c++) {
                if (!Double.isFinite(x[i][c])) {
                    throw new IllegalArgumentException(what + " " + (i + 1) + ", feature " + (c + 1) + ": "
                            + (Double.isNaN(x[i][c]) ? "missing (NaN)" : "not finite"));
                }
            }
        }
    }

    /** Lower Cholesky factor of a + jitter·I; negative pivots (round-off) are set to zero. */
    static double[][] cholesky(double[][] a, double jitter) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j] + (i == j ? jitter : 0);
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(s, 0));
                } else {
                    l[i][j] = l[j][j] > 0 ? s / l[j][j] : 0;
                }
            }
        }
        return l;
    }
}
