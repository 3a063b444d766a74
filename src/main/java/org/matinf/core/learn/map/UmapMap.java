package org.matinf.core.learn.map;

import java.util.SplittableRandom;

/**
 * Uniform manifold approximation and projection (UMAP, McInnes, Healy &amp; Melville 2018) in 2-D:
 * the {@link FuzzyNeighbourGraph} of the rows is laid out by stochastic gradient descent with
 * negative sampling (5 per edge sample, repulsion 1, learning rate 1 falling linearly to 0; 500
 * epochs up to 10 000 rows, 200 above), with the low-dimensional similarity 1/(1 + a·d^2b) of
 * min_dist 0.1 and spread 1. The start is the rows' first two principal components scaled to
 * [0, 10] (umap-learn's init="pca"), so every row is placed — also when the neighbour graph falls
 * apart into clusters (Smile's UMAP keeps only its largest piece and starts from an ARPACK
 * eigenvector whose sign changes from call to call). The descent is sequential and its random
 * numbers come from {@code seed}: the same seed gives the same map. The neighbour search costs
 * n² distances: sample large tables first ({@link RowSample}).
 */
public final class UmapMap {
    /** a of 1/(1 + a·d^2b) for min_dist 0.1, spread 1 (umap-learn's least-squares fit of the curve). */
    static final double A = 1.576943460405378;
    /** b of 1/(1 + a·d^2b) for min_dist 0.1, spread 1. */
    static final double B = 0.8950608781227859;
    private static final int NEGATIVE_SAMPLES = 5;
    private static final double CLIP = 4;

    private UmapMap() {
    }

    /**
     * @param x rows [row][feature], no missing values (usually standardised)
     * @param neighbors neighbourhood size k (counting the row itself), 2 ≤ k &lt; rows
     * @return the 2-D coordinates [row][2]
     */
    public static double[][] map(double[][] x, int neighbors, long seed) {
        MapInput.check(x, 4);
        int n = x.length;
        if (neighbors < 2 || neighbors >= n) {
            throw new IllegalArgumentException("neighbors must be at least 2 and below the number of rows (" + n + "), got " + neighbors);
        }
        FuzzyNeighbourGraph g = FuzzyNeighbourGraph.of(x, neighbors);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] y = start(x, rnd);
        layout(y, g, n <= 10_000 ? 500 : 200, rnd);
        return y;
    }

    /** The first two principal components, each scaled to [0, 10]; a missing second one is random. */
    private static double[][] start(double[][] x, SplittableRandom rnd) {
        double[][] p = PcaMap.fit(x).transform(x, 2);
        double[][] y = new double[x.length][2];
        for (int c = 0; c < 2; c++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] row : p) {
                if (c < row.length) {
                    lo = Math.min(lo, row[c]);
                    hi = Math.max(hi, row[c]);
                }
            }
            for (int r = 0; r < y.length; r++) {
                y[r][c] = c < p[r].length && hi > lo ? 10 * (p[r][c] - lo) / (hi - lo) : 10 * rnd.nextDouble();
            }
        }
        return y;
    }

    private static void layout(double[][] y, FuzzyNeighbourGraph g, int epochs, SplittableRandom rnd) {
        int m = g.weight.length;
        double max = 0;
        for (double w : g.weight) {
            max = Math.max(max, w);
        }
        double[] perSample = new double[m];
        double[] next = new double[m];
        double[] perNegative = new double[m];
        double[] nextNegative = new double[m];
        for (int e = 0; e < m; e++) {
            perSample[e] = g.weight[e] >= max / epochs ? max / g.weight[e] : -1;
            next[e] = perSample[e];
            perNegative[e] = perSample[e] / NEGATIVE_SAMPLES;
            nextNegative[e] = perNegative[e];
        }
        int n = y.length;
        for (int epoch = 0; epoch < epochs; epoch++) {
            double alpha = 1.0 - (double) epoch / epochs;
            for (int e = 0; e < m; e++) {
                if (perSample[e] <= 0 || next[e] > epoch) {
                    continue;
                }
                double[] a = y[g.head[e]];
                double[] b = y[g.tail[e]];
                double d2 = dist2(a, b);
                if (d2 > 0) {
                    double coeff = -2 * A * B * Math.pow(d2, B - 1) / (A * Math.pow(d2, B) + 1);
                    for (int k = 0; k < 2; k++) {
                        double grad = clip(coeff * (a[k] - b[k]));
                        a[k] += grad * alpha;
                        b[k] -= grad * alpha;
                    }
                }
                next[e] += perSample[e];
                int negatives = (int) ((epoch - nextNegative[e]) / perNegative[e]);
                for (int s = 0; s < negatives; s++) {
                    double[] c = y[rnd.nextInt(n)];
                    double q2 = dist2(a, c);
                    if (q2 > 0) {
                        double coeff = 2 * B / ((0.001 + q2) * (A * Math.pow(q2, B) + 1));
                        for (int k = 0; k < 2; k++) {
                            a[k] += clip(coeff * (a[k] - c[k])) * alpha;
                        }
                    }
                }
                nextNegative[e] += negatives * perNegative[e];
            }
        }
    }

    private static double dist2(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        return dx * dx + dy * dy;
    }

    private static double clip(double v) {
        return Math.max(-CLIP, Math.min(CLIP, v));
    }
}
