package org.matinf.fiji.optimize;

import ij.gui.Plot;
import java.awt.Color;
import java.util.List;
import org.matinf.core.optimize.gp.GaussianProcess;
import org.matinf.core.optimize.gp.GpPrediction;
import org.matinf.fiji.diffraction.DiffractionPlots;

/** The 1-D plot of a Gaussian process: data points, predictive mean and the ±2σ band. */
final class GpPlot {
    private GpPlot() {
    }

    /** A plot over the data's range and 10 % beyond on either side, sampled at {@code grid} points. */
    static Plot of(String source, String feature, String target, double[][] x, double[] y, GaussianProcess gp, int grid) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : x) {
            lo = Math.min(lo, row[0]);
            hi = Math.max(hi, row[0]);
        }
        double pad = 0.1 * Math.max(hi - lo, 1e-9);
        double[] gx = new double[grid];
        double[][] at = new double[grid][1];
        for (int i = 0; i < grid; i++) {
            gx[i] = lo - pad + (hi - lo + 2 * pad) * i / (grid - 1);
            at[i][0] = gx[i];
        }
        GpPrediction p = gp.predict(at);
        double[] upper = new double[grid];
        double[] lower = new double[grid];
        for (int i = 0; i < grid; i++) {
            upper[i] = p.mean()[i] + 2 * p.std()[i];
            lower[i] = p.mean()[i] - 2 * p.std()[i];
        }
        double[] px = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            px[i] = x[i][0];
        }
        Plot plot = new Plot("Gaussian process " + source, feature, target);
        Color band = new Color(120, 160, 230);
        DiffractionPlots.addCurve(plot, gx, upper, band);
        DiffractionPlots.addCurve(plot, gx, lower, band);
        DiffractionPlots.addCurve(plot, gx, p.mean(), new Color(20, 60, 180));
        plot.setColor(Color.BLACK);
        plot.add("circle", px, y);
        double ymin = Math.min(min(lower), min(y));
        double ymax = Math.max(-min(negate(upper)), -min(negate(y)));
        double m = 0.05 * Math.max(ymax - ymin, 1e-9);
        plot.setLimits(gx[0], gx[grid - 1], ymin - m, ymax + m);
        DiffractionPlots.setLegend(plot, List.of("mean + 2σ", "mean − 2σ", "mean", "data"));
        return plot;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double[] negate(double[] v) {
        double[] n = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            n[i] = -v[i];
        }
        return n;
    }
}
