package org.matinf.core.learn.selection;

import java.util.Arrays;

/** Column statistics of a feature matrix [row][column] with NaN for missing cells. */
final class Columns {
    private Columns() {
    }

    /** The non-missing values of column c. */
    static double[] present(double[][] x, int c) {
        return Arrays.stream(x).mapToDouble(row -> row[c]).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** Population variance (divided by n); NaN for no values. */
    static double variance(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double m = Arrays.stream(v).average().orElse(0);
        double ss = 0;
        for (double a : v) {
            ss += (a - m) * (a - m);
        }
        return ss / v.length;
    }

    /**
     * Pearson r of columns a and b over the rows where both are present; NaN when fewer than two
     * such rows or either is constant there.
     */
    static double pearson(double[][] x, int a, int b) {
        double sa = 0;
        double sb = 0;
        int n = 0;
        for (double[] row : x) {
            if (!Double.isNaN(row[a]) && !Double.isNaN(row[b])) {
                sa += row[a];
                sb += row[b];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double ma = sa / n;
        double mb = sb / n;
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        for (double[] row : x) {
            if (!Double.isNaN(row[a]) && !Double.isNaN(row[b])) {
                double da = row[a] - ma;
                double db = row[b] - mb;
                saa += da * da;
                sbb += db * db;
                sab += da * db;
            }
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
    }
}
