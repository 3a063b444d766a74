package org.matinf.core.learn.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * UMAP's weighted neighbour graph (McInnes, Healy &amp; Melville 2018, algorithms 2 and 3): each row
 * is joined to its k − 1 nearest other rows (Euclidean; k counts the row itself, as umap-learn's
 * n_neighbors), with membership exp(−(d − ρ)/σ), where ρ is the distance to the nearest neighbour
 * and σ is found by bisection so the memberships sum to log₂ k; the two directions of an edge are
 * joined by the fuzzy union a + b − ab. Exact neighbours (all pairs), computed in parallel but
 * reproducibly.
 */
final class FuzzyNeighbourGraph {
    /** Symmetric edges: both (i, j) and (j, i) are listed. */
    final int[] head;
    final int[] tail;
    final double[] weight;

    private FuzzyNeighbourGraph(int[] head, int[] tail, double[] weight) {
        this.head = head;
        this.tail = tail;
        this.weight = weight;
    }

    static FuzzyNeighbourGraph of(double[][] x, int k) {
        int n = x.length;
        int m = Math.min(k - 1, n - 1);
        int[][] nbr = new int[n][];
        double[][] dist = new double[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            nbr[i] = new int[m];
            dist[i] = new double[m];
            nearest(x, i, nbr[i], dist[i]);
        });
        double meanDistance = Arrays.stream(dist).flatMapToDouble(Arrays::stream).average().orElse(1);
        double target = Math.log(k) / Math.log(2);
        List<Map<Integer, Double>> member = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double rho = Arrays.stream(dist[i]).filter(v -> v > 0).min().orElse(0);
            double sigma = bandwidth(dist[i], rho, target, meanDistance);
            Map<Integer, Double> row = new HashMap<>();
            for (int t = 0; t < m; t++) {
                row.put(nbr[i][t], Math.exp(-Math.max(0, dist[i][t] - rho) / sigma));
            }
            member.add(row);
        }
        List<TreeSet<Integer>> union = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            union.add(new TreeSet<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j : nbr[i]) {
                union.get(i).add(j);
                union.get(j).add(i);
            }
        }
        List<int[]> edges = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j : union.get(i)) {
                double a = member.get(i).getOrDefault(j, 0.0);
                double b = member.get(j).getOrDefault(i, 0.0);
                edges.add(new int[] {i, j});
                w.add(a + b - a * b);
            }
        }
        int[] head = new int[edges.size()];
        int[] tail = new int[edges.size()];
        double[] weight = new double[edges.size()];
        for (int e = 0; e < head.length; e++) {
            head[e] = edges.get(e)[0];
            tail[e] = edges.get(e)[1];
            weight[e] = w.get(e);
        }
        return new FuzzyNeighbourGraph(head, tail, weight);
    }

    /** The m nearest other rows of row i, nearest first (ties: lower index first). */
    private static void nearest(double[][] x, int i, int[] idx, double[] d) {
        int m = idx.length;
        int filled = 0;
        for (int j = 0; j < x.length; j++) {
            if (j == i) {
                continue;
            }
            double v = Math.sqrt(MapInput.squared(x[i], x[j]));
            if (filled == m && v >= d[m - 1]) {
                continue;
            }
            int p = filled < m ? filled++ : m - 1;
            while (p > 0 && d[p - 1] > v) {
                d[p] = d[p - 1];
                idx[p] = idx[p - 1];
                p--;
            }
            d[p] = v;
            idx[p] = j;
        }
    }

    /** σ such that Σ exp(−max(0, d − ρ)/σ) = target, by bisection; at least 0.001 × the mean distance. */
    private static double bandwidth(double[] d, double rho, double target, double meanDistance) {
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double mid = 1;
        for (int it = 0; it < 64; it++) {
            double sum = 0;
            for (double v : d) {
                sum += Math.exp(-Math.max(0, v - rho) / mid);
            }
            if (Math.abs(sum - target) < 1e-5) {
                break;
            }
            if (sum > target) {
                hi = mid;
                mid = (lo + hi) / 2;
            } else {
                lo = mid;
                mid = Double.isInfinite(hi) ? 2 * mid : (lo + hi) / 2;
            }
        }
        return Math.max(mid, 1e-3 * meanDistance);
    }
}
