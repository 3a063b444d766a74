package org.matinf.core.learn;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * k-nearest-neighbour regression: the mean property of the k training rows nearest (Euclidean) to
 * a row, or their mean weighted by inverse distance (an exact match then gives its own value).
 */
record NearestNeighbours(double[][] train, double[] y, int k, boolean distanceWeighted) implements FittedModel {
    private static final long serialVersionUID = 1L;

    NearestNeighbours {
        if (k < 1 || k > train.length) {
            throw new IllegalArgumentException("KNN k must be between 1 and the number of training rows (" + train.length + "), got " + k);
        }
    }

    @Override
    public double[] predict(double[][] x) {
        return Arrays.stream(x).mapToDouble(this::predictOne).toArray();
    }

    private double predictOne(double[] q) {
        double[] d = Arrays.stream(train).mapToDouble(t -> distance(t, q)).toArray();
        int[] nearest = IntStream.range(0, train.length).boxed().sorted(Comparator.comparingDouble(i -> d[i]))
                .limit(k).mapToInt(Integer::intValue).toArray();
        if (!distanceWeighted) {
            return Arrays.stream(nearest).mapToDouble(i -> y[i]).average().orElse(Double.NaN);
        }
        for (int i : nearest) {
            if (d[i] == 0) {
                return Arrays.stream(nearest).filter(j -> d[j] == 0).mapToDouble(j -> y[j]).average().orElse(Double.NaN);
            }
        }
        double w = 0;
        double s = 0;
        for (int i : nearest) {
            w += 1 / d[i];
            s += y[i] / d[i];
        }
        return s / w;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
