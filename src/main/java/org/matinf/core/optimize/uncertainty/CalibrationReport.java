package org.matinf.core.optimize.uncertainty;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calibration of Gaussian predictions against measured values, as one summary.
 *
 * @param coverage68 fraction of values within mean ± 1 std (ideal 0.6827)
 * @param coverage95 fraction of values within mean ± 2 std (ideal 0.9545)
 * @param miscalibrationArea area between the calibration curve and the diagonal (ideal 0)
 * @param nll mean Gaussian negative log-likelihood
 * @param mae mean absolute error of the means
 * @param meanStd mean of the standard deviations
 * @param curve the calibration curve (expected against observed proportion)
 */
public record CalibrationReport(double coverage68, double coverage95, double miscalibrationArea, double nll, double mae,
        double meanStd, Calibration.Curve curve) {

    /** Evaluates predictions against measured values y. */
    public static CalibrationReport of(double[] y, GaussianPredictions p) {
        Calibration.Curve c = Calibration.curve(y, p);
        return new CalibrationReport(Calibration.coverage(y, p, 1), Calibration.coverage(y, p, 2), Calibration.area(c),
                Calibration.negativeLogLikelihood(y, p), Calibration.meanAbsoluteError(y, p), p.meanStd(), c);
    }

    /** The numbers by column name: coverage_68, coverage_95, miscalibration_area, nll, mae, mean_std. */
    public Map<String, Double> values() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("coverage_68", coverage68);
        m.put("coverage_95", coverage95);
        m.put("miscalibration_area", miscalibrationArea);
        m.put("nll", nll);
        m.put("mae", mae);
        m.put("mean_std", meanStd);
        return m;
    }
}
