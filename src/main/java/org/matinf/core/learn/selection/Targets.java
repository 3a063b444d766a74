package org.matinf.core.learn.selection;

/** Checks of the target and matrix shapes shared by the supervised selection methods. */
final class Targets {
    private Targets() {
    }

    /**
     * @throws IllegalArgumentException if the rows of x and y differ in number, a target is missing
     *     or infinite (naming the 1-based row), or there are fewer than {@code min} rows
     */
    static void check(double[][] x, double[] y, int min) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " feature rows but " + y.length + " targets");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("the target of row " + (i + 1) + " is " + (Double.isNaN(y[i]) ? "missing" : "infinite"));
            }
        }
        if (y.length < min) {
            throw new IllegalArgumentException("at least " + min + " rows are needed, got " + y.length);
        }
    }
}
