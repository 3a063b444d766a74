package org.matinf.fiji.orientation;

import ij.gui.Plot;
import ij.gui.PlotWindow;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.matinf.fiji.diffraction.DiffractionPlots;

/**
 * The plot of a training run, over the epochs, in degrees: the median disorientation of the
 * validation patterns, and the training loss L shown as the angle 2 asin(L / 2√2) (the loss of one
 * pattern is 2√2 sin(ω/2) for a disorientation ω, so this is the angle of the mean loss). With a
 * screen the plot window is updated after every epoch; the plot can also be saved as PNG.
 */
final class TrainingPlot {
    private final String title;
    private final List<Double> epochs = new ArrayList<>();
    private final List<Double> loss = new ArrayList<>();
    private final List<Double> validation = new ArrayList<>();
    private PlotWindow window;

    TrainingPlot(String title) {
        this.title = title;
    }

    /** The angle (degrees) of a mean loss: 2 asin(L / 2√2). */
    static double lossAngle(double loss) {
        return Math.toDegrees(2 * Math.asin(Math.max(0, Math.min(1, loss / (2 * Math.sqrt(2))))));
    }

    /** Adds an epoch and, with a screen, redraws the window. */
    synchronized void add(int epoch, double trainingLoss, double validationMedian) {
        epochs.add((double) epoch);
        loss.add(lossAngle(trainingLoss));
        validation.add(validationMedian);
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            if (window == null) {
                window = plot().show();
            } else if (window.isVisible()) {
                window.drawPlot(plot());
            }
        } catch (HeadlessException ex) {
            // no screen after all: the plot can still be saved
        }
    }

    /** The plot of the epochs so far. */
    synchronized Plot plot() {
        Plot p = new Plot(title, "epoch", "disorientation (°)");
        double[] x = values(epochs);
        DiffractionPlots.addCurve(p, x, values(loss), DiffractionPlots.color(0));
        DiffractionPlots.addCurve(p, x, values(validation), DiffractionPlots.color(1));
        DiffractionPlots.setLegend(p, List.of("training loss as angle, 2 asin(L / 2.83)", "validation median disorientation"));
        double top = 1;
        for (int i = 0; i < x.length; i++) {
            top = Math.max(top, Math.max(loss.get(i), validation.get(i)));
        }
        p.setLimits(0, Math.max(1, x.length), 0, 1.08 * top);
        return p;
    }

    /** Saves the plot as PNG when a file is given. */
    void save(File png) throws IOException {
        if (png != null && !png.getPath().isBlank()) {
            DiffractionPlots.save(plot(), png);
        }
    }

    private static double[] values(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
