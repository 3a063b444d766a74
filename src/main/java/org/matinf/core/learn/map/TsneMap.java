package org.matinf.core.learn.map;

import java.util.stream.IntStream;
import smile.manifold.TSNE;
import smile.math.MathEx;

/**
 * t-distributed stochastic neighbour embedding in 2-D (Smile's exact t-SNE: learning rate 200,
 * early exaggeration 12 for the first 250 iterations, momentum 0.5 then 0.8). The random start is
 * drawn from Smile's generator seeded with {@code seed} on the calling thread, so the same seed
 * gives the same map. Time and memory grow as n² (three n × n matrices: 5000 rows need about
 * 600 MB): sample large tables first ({@link RowSample}).
 */
public final class TsneMap {
    /** Gradient-descent iterations. */
    public static final int ITERATIONS = 1000;
    private static final double LEARNING_RATE = 200;

    private TsneMap() {
    }

    /**
     * @param x rows [row][feature], no missing values (usually standardised)
     * @param perplexity effective number of neighbours, 1 ≤ perplexity &lt; number of rows
     * @return the 2-D coordinates [row][2], centred on 0
     */
    public static double[][] map(double[][] x, double perplexity, long seed) {
        MapInput.check(x, 4);
        int n = x.length;
        if (!(perplexity >= 1 && perplexity < n)) {
            throw new IllegalArgumentException("the perplexity must be at least 1 and below the number of rows (" + n + "), got " + perplexity);
        }
        // squared distances, always passed as a square matrix (Smile reads a square input as distances)
        double[][] d = new double[n][n];
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = 0; j < n; j++) {
                d[i][j] = MapInput.squared(x[i], x[j]);
            }
        });
        MathEx.setSeed(seed);
        return new TSNE(d, 2, perplexity, LEARNING_RATE, ITERATIONS).coordinates;
    }
}
