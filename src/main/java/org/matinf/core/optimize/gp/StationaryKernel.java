package org.matinf.core.optimize.gp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A kernel of the scaled distance r² = Σ_c ((x_c − x′_c)/ℓ_c)², with one length scale ℓ
 * (isotropic) or one per feature (ARD, automatic relevance determination).
 */
abstract class StationaryKernel extends LeafKernel {

    StationaryKernel(double[] theta) {
        super(theta);
    }

    /** k as a function of r². */
    abstract double value(double r2);

    /** g(r²) with ∂k/∂ log ℓ_c = g · ((x_c − x′_c)/ℓ_c)². */
    abstract double radial(double r2);

    /** {@link #radial(double)} when k(r²) = value is known already (saves an exponential). */
    double radial(double r2, double value) {
        return radial(r2);
    }

    @Override
    List<String> ownNames() {
        if (theta.length == 1) {
            return List.of("length_scale");
        }
        List<String> n = new ArrayList<>();
        for (int i = 0; i < theta.length; i++) {
            n.add("length_scale_" + i);
        }
        return n;
    }

    private double[] inverseScales(int dims) {
        if (theta.length != 1 && theta.length != dims) {
            throw new IllegalArgumentException("the kernel has " + theta.length + " length scales but the data " + dims + " features");
        }
        double[] inv = new double[dims];
        for (int c = 0; c < dims; c++) {
            inv[c] = 1 / parameter(theta.length == 1 ? 0 : c);
        }
        return inv;
    }

    private static double scaled(double[] a, double[] b, double[] inv, double[] s) {
        double r2 = 0;
        for (int c = 0; c < a.length; c++) {
            double d = (a[c] - b[c]) * inv[c];
            s[c] = d * d;
            r2 += s[c];
        }
        return r2;
    }

    @Override
    public double[][] cross(double[][] a, double[][] b) {
        int dims = a.length == 0 ? 0 : a[0].length;
        double[] inv = inverseScales(dims);
        double[] s = new double[dims];
        double[][] k = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                k[i][j] = value(scaled(a[i], b[j], inv, s));
            }
        }
        return k;
    }

    @Override
    public double[][] matrix(double[][] x) {
        int dims = x.length == 0 ? 0 : x[0].length;
        double[] inv = inverseScales(dims);
        double[] s = new double[dims];
        double[][] k = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            k[i][i] = value(0.0);
            for (int j = 0; j < i; j++) {
                k[i][j] = value(scaled(x[i], x[j], inv, s));
                k[j][i] = k[i][j];
            }
        }
        return k;
    }

    /** Below this many entries the loops stay on the calling thread. */
    private static final int PARALLEL_ENTRIES = 1 << 16;

    /**
     * Runs column j and column n−1−j of the lower triangle together (n + 1 entries per task, so
     * the tasks are even), on all cores for large n. Each column writes only its own results.
     */
    private static void lowerColumns(int n, IntConsumer column) {
        IntConsumer pair = j -> {
            column.accept(j);
            if (n - 1 - j != j) {
                column.accept(n - 1 - j);
            }
        };
        IntStream tasks = IntStream.range(0, (n + 1) / 2);
        (n * (long) n > 2 * PARALLEL_ENTRIES ? tasks.parallel() : tasks).forEach(pair);
    }

    private static double distance2(double[] a, double[] b, double[] inv) {
        double r2 = 0;
        for (int c = 0; c < a.length; c++) {
            double d = (a[c] - b[c]) * inv[c];
            r2 += d * d;
        }
        return r2;
    }

    @Override
    void addLower(double[][] x, double[] out, double factor) {
        int n = x.length;
        double[] inv = inverseScales(x[0].length);
        double diagonal = factor * value(0.0);
        lowerColumns(n, j -> {
            double[] xj = x[j];
            int base = j * n;
            out[base + j] += diagonal;
            for (int i = j + 1; i < n; i++) {
                out[base + i] += factor * value(distance2(x[i], xj, inv));
            }
        });
    }

    @Override
    void addCross(double[][] a, double[][] b, double[] out, double factor) {
        if (a.length == 0 || b.length == 0) {
            return;
        }
        double[] inv = inverseScales(a[0].length);
        int nb = b.length;
        IntStream rows = IntStream.range(0, a.length);
        (a.length * (long) nb > PARALLEL_ENTRIES ? rows.parallel() : rows).forEach(i -> {
            double[] ai = a[i];
            for (int j = 0; j < nb; j++) {
                out[j + i * nb] += factor * value(distance2(ai, b[j], inv));
            }
        });
    }

    /**
     * One pass over the lower triangle: per column, Σ w K and the gradient sums, then the columns
     * are added in order (the result does not depend on the number of threads).
     */
    @Override
    double contractLower(double[][] x, double[] w, double factor, double[] g, int offset) {
        int n = x.length;
        int dims = x[0].length;
        double[] inv = inverseScales(dims);
        int p = theta.length;
        double k0 = value(0.0);
        double[] columnSums = new double[n * (p + 1)];
        lowerColumns(n, j -> {
            double[] s = new double[dims];
            double[] xj = x[j];
            int base = j * n;
            double weighted = 0;
            double[] grad = new double[p];
            for (int i = j + 1; i < n; i++) {
                double wij = w[base + i];
                double r2 = scaled(x[i], xj, inv, s);
                double k = value(r2);
                weighted += wij * k;
                double f = wij * radial(r2, k);
                if (p == 1) {
                    grad[0] += f * r2;
                } else {
                    for (int c = 0; c < dims; c++) {
                        grad[c] += f * s[c];
                    }
                }
            }
            int at = j * (p + 1);
            columnSums[at] = w[base + j] * k0 + 2 * weighted;
            for (int c = 0; c < p; c++) {
                columnSums[at + 1 + c] = 2 * grad[c];
            }
        });
        double total = 0;
        double[] sums = new double[p];
        for (int j = 0; j < n; j++) {
            int at = j * (p + 1);
            total += columnSums[at];
            for (int c = 0; c < p; c++) {
                sums[c] += columnSums[at + 1 + c];
            }
        }
        for (int c = 0; c < p; c++) {
            g[offset + c] += factor * sums[c];
        }
        return total;
    }

    @Override
    public double[] diagonal(double[][] x) {
        return filled(x.length, value(0.0));
    }

    @Override
    public double[] contract(double[][] x, double[][] w) {
        int dims = x.length == 0 ? 0 : x[0].length;
        double[] inv = inverseScales(dims);
        double[] s = new double[dims];
        double[] g = new double[theta.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < i; j++) {
                double r2 = scaled(x[i], x[j], inv, s);
                double f = (w[i][j] + w[j][i]) * radial(r2);
                if (theta.length == 1) {
                    g[0] += f * r2;
                } else {
                    for (int c = 0; c < dims; c++) {
                        g[c] += f * s[c];
                    }
                }
            }
        }
        return g;
    }
}
