package org.matinf.core.optimize.bo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A discrete set of candidate materials to choose from: the rows of a descriptor table, each with
 * an identifier (a formula, a sample name) and numeric features. The surrogate sees the features
 * standardised with the pool's own means and standard deviations (every candidate is known
 * beforehand); columns constant over the pool carry no information and are left out.
 */
public final class CandidatePool {
    private final List<String> ids;
    private final double[][] encoded;
    private final Map<String, Integer> index = new HashMap<>();

    /**
     * @param source names the data in messages (a file name)
     * @param ids one identifier per row, all different
     * @param features one row per candidate, finite numbers
     * @param names the feature names (for messages)
     * @throws IllegalArgumentException naming the row and column of a missing value or a repeated identifier
     */
    public CandidatePool(String source, List<String> ids, double[][] features, List<String> names) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(source + ": the candidate pool is empty");
        }
        if (ids.size() != features.length) {
            throw new IllegalArgumentException(source + ": " + ids.size() + " identifiers but " + features.length + " feature rows");
        }
        this.ids = List.copyOf(ids);
        int d = names.size();
        for (int i = 0; i < features.length; i++) {
            Integer before = index.putIfAbsent(ids.get(i), i);
            if (before != null) {
                throw new IllegalArgumentException(source + ": candidate '" + ids.get(i) + "' occurs twice (rows " + (before + 1)
                        + " and " + (i + 1) + "); identifiers must be unique");
            }
            for (int c = 0; c < d; c++) {
                if (!Double.isFinite(features[i][c])) {
                    throw new IllegalArgumentException(source + ", row " + (i + 1) + " (" + ids.get(i) + "): feature " + names.get(c) + " is "
                            + (Double.isNaN(features[i][c]) ? "missing (NaN); impute it or drop the column" : "not finite"));
                }
            }
        }
        this.encoded = standardise(source, features, d);
    }

    private static double[][] standardise(String source, double[][] x, int d) {
        int n = x.length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        int kept = 0;
        for (int c = 0; c < d; c++) {
            for (double[] row : x) {
                mean[c] += row[c];
            }
            mean[c] /= n;
            for (double[] row : x) {
                sd[c] += (row[c] - mean[c]) * (row[c] - mean[c]);
            }
            sd[c] = Math.sqrt(sd[c] / n);
            if (sd[c] > 1e-12 * Math.max(1, Math.abs(mean[c]))) {
                kept++;
            }
        }
        if (kept == 0) {
            throw new IllegalArgumentException(source + ": every feature is the same for all candidates; nothing tells them apart");
        }
        double[][] e = new double[n][kept];
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int c = 0; c < d; c++) {
                if (sd[c] > 1e-12 * Math.max(1, Math.abs(mean[c]))) {
                    e[i][k++] = (x[i][c] - mean[c]) / sd[c];
                }
            }
        }
        return e;
    }

    /** Number of candidates. */
    public int size() {
        return ids.size();
    }

    /** Identifier of row i. */
    public String id(int row) {
        return ids.get(row);
    }

    /** Row of an identifier, or −1. */
    public int row(String id) {
        return index.getOrDefault(id == null ? "" : id.trim(), -1);
    }

    /** The standardised features of row i (shared array: do not modify). */
    public double[] encoded(int row) {
        return encoded[row];
    }

    /** Number of encoded (informative) columns. */
    public int encodedWidth() {
        return encoded[0].length;
    }
}
