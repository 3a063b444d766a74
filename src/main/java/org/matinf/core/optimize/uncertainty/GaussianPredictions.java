package org.matinf.core.optimize.uncertainty;

/**
 * Predictions with a Gaussian uncertainty: for every row a mean and a standard deviation.
 *
 * @param mean the predicted value of each row
 * @param std the standard deviation of each row's prediction (≥ 0)
 */
public record GaussianPredictions(double[] mean, double[] std) {

    /** @throws IllegalArgumentException if the arrays differ in length */
    public GaussianPredictions {
        if (mean.length != std.length) {
            throw new IllegalArgumentException(mean.length + " means but " + std.length + " standard deviations");
        }
    }

    /**
     * The mean and the spread (population standard deviation, i.e. divided by the number of members)
     * of several predictions of each row.
     *
     * @param members one row per predicted row, one column per member (ensemble model or tree)
     */
    public static GaussianPredictions ofMembers(double[][] members) {
        int n = members.length;
        double[] mean = new double[n];
        double[] std = new double[n];
        for (int i = 0; i < n; i++) {
            double[] m = members[i];
            double sum = 0;
            for (double v : m) {
                sum += v;
            }
            mean[i] = sum / m.length;
            double ss = 0;
            for (double v : m) {
                ss += (v - mean[i]) * (v - mean[i]);
            }
            std[i] = Math.sqrt(ss / m.length);
        }
        return new GaussianPredictions(mean, std);
    }

    /** Number of rows. */
    public int size() {
        return mean.length;
    }

    /** The mean of the standard deviations (how wide the predictions are on average). */
    public double meanStd() {
        double s = 0;
        for (double v : std) {
            s += v;
        }
        return s / std.length;
    }
}
