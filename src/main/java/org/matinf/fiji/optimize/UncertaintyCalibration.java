package org.matinf.fiji.optimize;

import ij.IJ;
import ij.gui.Plot;
import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.matinf.core.learn.LearningData;
import org.matinf.core.learn.ModelSpec;
import org.matinf.core.learn.Task;
import org.matinf.core.optimize.uncertainty.Calibration;
import org.matinf.core.optimize.uncertainty.CalibrationReport;
import org.matinf.core.optimize.uncertainty.EnsembleMethod;
import org.matinf.core.optimize.uncertainty.GaussianPredictions;
import org.matinf.core.optimize.uncertainty.OutOfFoldUncertainty;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.DiffractionPlots;
import org.matinf.fiji.diffraction.PatternTables;
import org.matinf.fiji.learn.LearningCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Cross-validated uncertainties of a regression model and how well they are calibrated. In every
 * fold an ensemble (the model with several seeds, on bootstrap resamples, or the trees of a random
 * forest) is trained on the training rows and gives each held-out row a mean and a standard
 * deviation. The Results table gets one row: {@code coverage_68, coverage_95, miscalibration_area,
 * nll, mae, mean_std}; the calibration plot (observed against expected proportion in central
 * Gaussian intervals, with the diagonal) is shown and, with {@code plot=[file.png]}, saved.
 *
 * <p>Macro: {@code run("Uncertainty Calibration", "input=[/path/features.csv] target=gap model=RandomForest
 * method=trees folds=5 seed=0 plot=[/path/calibration.png] output=[/path/uncertainty.csv]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.OPTIMIZATION + "Uncertainty Calibration")
public class UncertaintyCalibration extends LearningCommand {
    /** Fewest rows with a target value for a calibration worth the name. */
    static final int MIN_ROWS = 10;

    @Parameter(label = "Method of the ensemble", choices = {"bootstrap", "ensemble", "trees"}, persist = false,
            description = "bootstrap: the model on resampled training rows; ensemble: the model with different seeds "
                    + "(randomised models only); trees: the spread of a random forest's trees")
    private String method = "bootstrap";

    @Parameter(label = "Members", min = "2", persist = false, description = "Number of models in the ensemble (not for trees)")
    private int members = 5;

    @Parameter(label = "Plot of the calibration (.png)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "Saves the calibration plot here (empty: only shown)")
    private File plot;

    @Parameter(label = "Output CSV (per-row mean and std)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "Writes row, target, mean, std of every row (empty: not written)")
    private File output;

    @Override
    protected void execute() throws IOException {
        EnsembleMethod how = EnsembleMethod.of(method);
        LearningData d = data();
        if (d.task() != Task.REGRESSION) {
            throw new IllegalArgumentException("uncertainties are for numeric targets; '" + d.target() + "' holds text (classes "
                    + d.classes() + ")");
        }
        if (d.size() < MIN_ROWS) {
            throw new IllegalArgumentException("calibration needs at least " + MIN_ROWS + " rows with a value of '" + d.target()
                    + "', " + input.getName() + " has " + d.size());
        }
        ModelSpec spec = spec(d);
        GaussianPredictions p = OutOfFoldUncertainty.run(d, spec, how, members, splits(d), preparation(), seed, progress());
        CalibrationReport r = CalibrationReport.of(d.y(), p);
        PatternTables.replaceResults(rt -> {
            rt.incrementCounter();
            r.values().forEach((k, v) -> {
                rt.addValue(k, v);
                rt.setDecimalPlaces(rt.getColumnIndex(k), 4);
            });
        });
        IJ.log(String.format(Locale.ROOT, "%s: %s, %s%s on %d rows of %s (target '%s'), %d-fold %s: coverage of ±1 std %.3f "
                + "(ideal 0.683), ±2 std %.3f (ideal 0.954), miscalibration area %.4f, NLL %.4f, MAE %.4f, mean std %.4f",
                title(), spec, how.label(), how == EnsembleMethod.TREES ? "" : " of " + members, d.size(), input.getName(),
                d.target(), folds, split, r.coverage68(), r.coverage95(), r.miscalibrationArea(), r.nll(), r.mae(), r.meanStd()));
        if (output != null && !output.getPath().isBlank()) {
            DataTable.builder(output.getName())
                    .numbers("row", Arrays.stream(d.rows()).mapToDouble(i -> i + 1).toArray())
                    .numbers(d.target(), d.y()).numbers("mean", p.mean()).numbers("std", p.std()).build()
                    .write(output.toPath());
            IJ.log(title() + ": per-row mean and std written to " + output);
        }
        DiffractionPlots.display(calibrationPlot("Calibration " + input.getName(), r.curve()), plot);
    }

    /** Observed against expected proportion, with the diagonal of perfect calibration. */
    static Plot calibrationPlot(String title, Calibration.Curve c) {
        Plot p = new Plot(title, "expected proportion in interval", "observed proportion in interval");
        p.setLimits(0, 1, 0, 1);
        p.setColor(Color.GRAY);
        p.add("line", new double[] {0, 1}, new double[] {0, 1});
        p.setColor(DiffractionPlots.color(0));
        p.add("line", c.expected(), c.observed());
        p.setColor(Color.BLACK);
        p.addLegend("ideal\tobserved");
        return p;
    }
}
