package org.matinf.fiji.optimize;

import ij.gui.Plot;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.matinf.core.optimize.bo.StrategyOutcome;
import org.matinf.core.optimize.bo.VirtualLabResult;
import org.matinf.fiji.diffraction.DiffractionPlots;

/**
 * The convergence plot of a virtual lab: the gap between the pool's best target and the best
 * measured so far against the number of experiments after the initial ones, the median over the
 * seeds for each strategy, with random search's 10 % and 90 % quantiles as dotted lines.
 */
public final class ConvergencePlot {
    private ConvergencePlot() {
    }

    /**
     * @param title the plot's title
     * @param target the target's name and unit for the y axis
     */
    public static Plot of(VirtualLabResult r, String title, String target) {
        int length = 1;
        for (StrategyOutcome o : r.outcomes()) {
            if (!o.strategy().random() || r.outcomes().size() == 1) {
                length = Math.max(length, o.budget() + 1);
            }
        }
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = i;
        }
        Plot plot = new Plot(title, "experiments after the initial " + r.initial(), "gap to the pool's best " + target);
        List<String> legend = new ArrayList<>();
        double top = 0;
        int colour = 0;
        for (StrategyOutcome o : r.outcomes()) {
            double[] median = r.gapQuantile(o, 0.5, length);
            top = Math.max(top, median[0]);
            if (o.strategy().random()) {
                Color grey = new Color(150, 150, 150);
                double[] lo = r.gapQuantile(o, 0.1, length);
                double[] hi = r.gapQuantile(o, 0.9, length);
                top = Math.max(top, hi[0]);
                plot.setColor(grey);
                plot.setLineWidth(1);
                plot.add("dot", x, lo);
                plot.add("dot", x, hi);
                legend.add("random 10 %");
                legend.add("random 90 %");
                plot.setColor(Color.DARK_GRAY);
            } else {
                plot.setColor(DiffractionPlots.color(colour++));
            }
            plot.setLineWidth(2);
            plot.add("line", x, median);
            legend.add(o.strategy().name() + " (median)");
        }
        plot.setLineWidth(1);
        plot.setLimits(0, length - 1, 0, Math.max(top, 1e-9) * 1.05);
        DiffractionPlots.setLegend(plot, legend);
        return plot;
    }
}
