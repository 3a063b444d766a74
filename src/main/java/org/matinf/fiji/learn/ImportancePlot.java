package org.matinf.fiji.learn;

import ij.gui.Plot;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import org.matinf.core.learn.selection.FeatureScore;

/**
 * A feature-importance plot: the highest-scoring features as horizontal bars (longest at the top),
 * each named at the end of its bar; kept features blue, dropped ones grey.
 */
final class ImportancePlot {
    /** Most features drawn. */
    static final int MAX_BARS = 25;

    private ImportancePlot() {
    }

    static Plot of(String title, String method, List<FeatureScore> scores) {
        List<FeatureScore> top = scores.stream().filter(f -> Double.isFinite(f.score()))
                .sorted(Comparator.comparingDouble(FeatureScore::score).reversed()).limit(MAX_BARS).toList();
        double max = top.stream().mapToDouble(FeatureScore::score).max().orElse(1);
        double min = Math.min(0, top.stream().mapToDouble(FeatureScore::score).min().orElse(0));
        Plot plot = new Plot(title, "score (" + method + ")", "features, highest score at the top");
        plot.setLimits(min, max > 0 ? 1.9 * max : 1, 0, top.size() + 1);
        plot.setFont(-1, 10);
        for (int i = 0; i < top.size(); i++) {
            FeatureScore f = top.get(i);
            double y = top.size() - i;
            plot.setColor(f.kept() ? new Color(0x1f77b4) : Color.GRAY);
            plot.setLineWidth(6);
            plot.drawLine(0, y, f.score(), y);
            plot.setLineWidth(1);
            plot.setColor(Color.BLACK);
            plot.addText(f.feature(), Math.max(0, f.score()), y + 0.25);
        }
        return plot;
    }
}
