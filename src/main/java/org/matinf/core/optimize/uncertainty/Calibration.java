package org.matinf.core.optimize.uncertainty;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How well Gaussian predictive distributions N(mean, std²) describe measured values.
 *
 * <ul>
 *   <li>{@link #coverage}: the fraction of measured values inside mean ± k·std (k = 1: the central
 *       68.27 % interval, k = 2: the 95.45 % interval);</li>
 *   <li>{@link #curve}: for central intervals of expected probability p = 0, 1/(L−1), …, 1 the
 *       observed fraction of values inside them (the calibration plot);</li>
 *   <li>{@link #miscalibrationArea}: the area between that curve, joined by straight lines, and
 *       the diagonal (0 = perfectly calibrated; the convention of uncertainty-toolbox's
 *       {@code miscalibration_area} with interval proportions and 100 levels);</li>
 *   <li>{@link #negativeLogLikelihood}: the mean Gaussian negative log-likelihood.</li>
 * </ul>
 * Every standard deviation must be positive and finite.
 */
public final class Calibration {
    /** Number of expected proportions in the calibration curve, as uncertainty-toolbox. */
    public static final int LEVELS = 100;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Calibration() {
    }

    /** Expected against observed proportions; {@code expected} runs from 0 to 1. */
    public record Curve(double[] expected, double[] observed) {
    }

    /** The fraction of measured values y with |y − mean| ≤ k·std. */
    public static double coverage(double[] y, GaussianPredictions p, double k) {
        double[] z = standardResiduals(y, p);
        int inside = 0;
        for (double v : z) {
            if (Math.abs(v) <= k) {
                inside++;
            }
        }
        return (double) inside / z.length;
    }

    /** The calibration curve with {@value #LEVELS} expected proportions. */
    public static Curve curve(double[] y, GaussianPredictions p) {
        return curve(y, p, LEVELS);
    }

    /**
     * The calibration curve: for each expected proportion e = j/(levels−1), the fraction of rows
     * whose standardised residual lies in the central interval [Φ⁻¹(½ − e/2), Φ⁻¹(½ + e/2)].
     */
    public static Curve curve(double[] y, GaussianPredictions p, int levels) {
        if (levels < 2) {
            throw new IllegalArgumentException("a calibration curve needs at least 2 levels, got " + levels);
        }
        double[] z = standardResiduals(y, p);
        double[] expected = new double[levels];
        double[] observed = new double[levels];
        for (int j = 0; j < levels; j++) {
            double e = (double) j / (levels - 1);
            double lo = STANDARD_NORMAL.inverseCumulativeProbability(0.5 - e / 2);
            double hi = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + e / 2);
            int inside = 0;
            for (double v : z) {
                if (v >= lo && v <= hi) {
                    inside++;
                }
            }
            expected[j] = e;
            observed[j] = (double) inside / z.length;
        }
        return new Curve(expected, observed);
    }

    /** The miscalibration area of the {@value #LEVELS}-level curve. */
    public static double miscalibrationArea(double[] y, GaussianPredictions p) {
        return area(curve(y, p));
    }

    /**
     * The area between a calibration curve (straight lines between its points) and the diagonal;
     * where the curve crosses the diagonal within a step, the two triangles are counted apart.
     */
    public static double area(Curve c) {
        double a = 0;
        for (int j = 1; j < c.expected().length; j++) {
            double h = c.expected()[j] - c.expected()[j - 1];
            double d0 = c.observed()[j - 1] - c.expected()[j - 1];
            double d1 = c.observed()[j] - c.expected()[j];
            if (d0 * d1 >= 0) {
                a += h * (Math.abs(d0) + Math.abs(d1)) / 2;
            } else {
                a += h * (d0 * d0 + d1 * d1) / (2 * (Math.abs(d0) + Math.abs(d1)));
            }
        }
        return a;
    }

    /** The mean over rows of −ln N(y | mean, std²) = ½ ln(2π std²) + (y − mean)² / (2 std²). */
    public static double negativeLogLikelihood(double[] y, GaussianPredictions p) {
        double[] z = standardResiduals(y, p);
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            s += 0.5 * Math.log(2 * Math.PI * p.std()[i] * p.std()[i]) + 0.5 * z[i] * z[i];
        }
        return s / z.length;
    }

    /** The mean absolute error of the means. */
    public static double meanAbsoluteError(double[] y, GaussianPredictions p) {
        check(y, p);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += Math.abs(y[i] - p.mean()[i]);
        }
        return s / y.length;
    }

    /** (y − mean) / std for every row. */
    static double[] standardResiduals(double[] y, GaussianPredictions p) {
        check(y, p);
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double s = p.std()[i];
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("row " + (i + 1) + " has standard deviation " + s
                        + "; calibration needs every standard deviation > 0 (the members predict the same value:"
                        + " a model that ignores its seed needs method=bootstrap)");
            }
            z[i] = (y[i] - p.mean()[i]) / s;
        }
        return z;
    }

    private static void check(double[] y, GaussianPredictions p) {
        if (y.length != p.size()) {
            throw new IllegalArgumentException(y.length + " measured values but " + p.size() + " predictions");
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("calibration needs at least one row");
        }
    }
}
