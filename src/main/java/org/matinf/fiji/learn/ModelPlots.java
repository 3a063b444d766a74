package org.matinf.fiji.learn;

import ij.gui.Plot;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.matinf.core.learn.LearningCurve;
import org.matinf.fiji.diffraction.DiffractionPlots;

/** ImageJ plots of model quality: parity (predicted against measured), residuals, learning curves. */
final class ModelPlots {
    private static final Color POINTS = DiffractionPlots.color(0);
    private static final Color LINE = Color.GRAY;

    private ModelPlots() {
    }

    /** Predicted against measured values, with the line y = x. */
    static Plot parity(String title, String target, double[] measured, double[] predicted) {
        Plot p = new Plot(title, "measured " + target, "predicted " + target);
        double lo = Math.min(min(measured), min(predicted));
        double hi = Math.max(max(measured), max(predicted));
        double pad = hi > lo ? 0.03 * (hi - lo) : 1;
        p.setLimits(lo - pad, hi + pad, lo - pad, hi + pad);
        p.setColor(LINE);
        p.add("line", new double[] {lo - pad, hi + pad}, new double[] {lo - pad, hi + pad});
        p.setColor(POINTS);
        p.add("circle", measured, predicted);
        return p;
    }

    /** Residuals (predicted − measured) against the measured values, with the zero line. */
    static Plot residuals(String title, String target, double[] measured, double[] predicted) {
        double[] r = new double[measured.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = predicted[i] - measured[i];
        }
        Plot p = new Plot(title, "measured " + target, "residual (predicted − measured)");
        p.setColor(LINE);
        p.add("line", new double[] {min(measured), max(measured)}, new double[] {0, 0});
        p.setColor(POINTS);
        p.add("circle", measured, r);
        p.setLimitsToFit(false);
        return p;
    }

    /** Training and validation score against training rows, with error bars of one standard deviation over folds. */
    static Plot learningCurve(String title, String score, List<LearningCurve.Point> points) {
        double[] n = points.stream().mapToDouble(LearningCurve.Point::size).toArray();
        Plot p = new Plot(title, "training rows", score);
        p.setColor(DiffractionPlots.color(0));
        p.add("connected circle", n, points.stream().mapToDouble(LearningCurve.Point::train).toArray());
        p.addErrorBars(points.stream().mapToDouble(LearningCurve.Point::trainStd).toArray());
        p.setColor(DiffractionPlots.color(1));
        p.add("connected circle", n, points.stream().mapToDouble(LearningCurve.Point::validation).toArray());
        p.addErrorBars(points.stream().mapToDouble(LearningCurve.Point::validationStd).toArray());
        p.setColor(Color.BLACK);
        p.addLegend("training\tvalidation (cross-validated)");
        p.setLimitsToFit(false);
        return p;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).max().orElse(1);
    }
}
