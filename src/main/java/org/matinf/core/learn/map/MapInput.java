package org.matinf.core.learn.map;

/** Checks of the matrices given to the maps. */
final class MapInput {
    private MapInput() {
    }

    /**
     * @throws IllegalArgumentException for fewer than {@code min} rows, no column, ragged rows or a
     *     missing / infinite value (naming the 1-based row and column)
     */
    static void check(double[][] x, int min) {
        if (x.length < min) {
            throw new IllegalArgumentException("a map needs at least " + min + " rows, got " + x.length);
        }
        if (x[0].length == 0) {
            throw new IllegalArgumentException("a map needs at least one feature");
        }
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != x[0].length) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + x[r].length + " features, row 1 " + x[0].length);
            }
            for (int c = 0; c < x[r].length; c++) {
                if (!Double.isFinite(x[r][c])) {
                    throw new IllegalArgumentException("row " + (r + 1) + ", feature " + (c + 1) + " is not a number");
                }
            }
        }
    }

    /** Squared Euclidean distance of two rows. */
    static double squared(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            s += d * d;
        }
        return s;
    }
}
