package org.matinf.fiji.optimize;

import ij.IJ;
import ij.measure.ResultsTable;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matinf.core.learn.FeatureColumns;
import org.matinf.core.optimize.gp.GaussianProcess;
import org.matinf.core.optimize.gp.GpPrediction;
import org.matinf.core.optimize.gp.GpSettings;
import org.matinf.core.optimize.gp.Kernels;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.DiffractionPlots;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Fits a Gaussian process to a CSV data set. The Results table gets one row: kernel,
 * {@code log_marginal_likelihood} and one column per fitted hyperparameter, named as scikit-learn
 * names them ({@code k1__k1__constant_value}, {@code k1__k2__length_scale}, {@code k2__noise_level};
 * ARD length scales {@code k1__k2__length_scale_0} ...). With one feature a plot shows the data,
 * the predictive mean and the ±2σ band; with more, a table of observed and predicted values.
 *
 * <p>Macro: {@code run("Fit Gaussian Process", "input=[/path/data.csv] target=y kernel=Matern52 optimize=true restarts=5");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.OPTIMIZATION + "Fit Gaussian Process")
public class FitGaussianProcess extends MatInfCommand {
    private static final int GRID = 300;

    @Parameter(label = "Input (CSV)", style = FileWidget.OPEN_STYLE, persist = false, description = "Data set: a header line, one row per observation")
    private File input;

    @Parameter(label = "Target column", persist = false)
    private String target = "y";

    @Parameter(label = "Features", required = false, persist = false, description = "Feature columns, comma separated (empty: every other numeric column)")
    private String features = "";

    @Parameter(label = "Kernel", persist = false, description = "RBF, Matern12, Matern32, Matern52, RationalQuadratic or DotProduct; add +White for fitted noise")
    private String kernel = "Matern52";

    @Parameter(label = "ARD (one length scale per feature)", required = false, persist = false)
    private boolean ard = false;

    @Parameter(label = "Optimize hyperparameters", required = false, persist = false)
    private boolean optimize = true;

    @Parameter(label = "Restarts", required = false, persist = false, min = "0", description = "Further optimisations from random starts")
    private int restarts = 5;

    /** A choice, not a check box: ImageJ macros read a missing check box as false, and the default is true. */
    @Parameter(label = "Normalize target", choices = {"true", "false"}, required = false, persist = false,
            description = "Subtract the mean and divide by the standard deviation of the target before fitting")
    private String normalize = "true";

    @Parameter(label = "Seed", required = false, persist = false)
    private long seed = 0;

    @Parameter(label = "Noise (alpha)", required = false, persist = false, description = "Added to the diagonal of the training covariance")
    private double noise = GpSettings.DEFAULT_ALPHA;

    @Parameter(label = "Plot (PNG file)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "One feature: saves the data, mean and ±2σ plot as PNG")
    private File plot;

    @Override
    protected void execute() throws IOException {
        DataTable table = DataTable.read(required(input, "input"));
        String t = target == null ? "" : target.strip();
        double[] y = FeatureColumns.target(table, t);
        List<String> names = features == null || features.isBlank() ? FeatureColumns.of(table, t, "") : FeatureColumns.excluded(features);
        double[][] x = table.matrix(names);
        GpSettings settings = new GpSettings(Kernels.parse(kernel, names.size(), ard), noise, !"false".equalsIgnoreCase(normalize.strip()), optimize, restarts, seed);
        GaussianProcess gp = GaussianProcess.fit(x, y, settings);
        PatternTables.replaceResults(rt -> fill(rt, gp));
        if (names.size() == 1) {
            DiffractionPlots.display(GpPlot.of(table.source(), names.get(0), t, x, y, gp, GRID), plot);
        } else if (!GraphicsEnvironment.isHeadless()) {
            predictions(x, y, gp).show("Gaussian Process Predictions");
        }
        IJ.log(String.format(Locale.ROOT, "Fit Gaussian Process: %s on %d rows × %d features of %s, log marginal likelihood %.6f",
                gp.kernel(), y.length, names.size(), table.source(), gp.logMarginalLikelihood()));
    }

    private void fill(ResultsTable rt, GaussianProcess gp) {
        rt.showRowNumbers(false);
        rt.incrementCounter();
        rt.addValue("kernel", kernel.strip());
        rt.addValue("log_marginal_likelihood", gp.logMarginalLikelihood());
        for (Map.Entry<String, Double> e : gp.hyperparameters().entrySet()) {
            rt.addValue(e.getKey(), e.getValue());
        }
        for (int c = 1; c <= rt.getLastColumn(); c++) {
            if (rt.columnExists(c)) {
                rt.setDecimalPlaces(c, 9);
            }
        }
    }

    private static ResultsTable predictions(double[][] x, double[] y, GaussianProcess gp) {
        GpPrediction p = gp.predict(x);
        ResultsTable rt = new ResultsTable();
        rt.showRowNumbers(false);
        for (int i = 0; i < y.length; i++) {
            rt.incrementCounter();
            rt.addValue("row", i + 1);
            rt.addValue("observed", y[i]);
            rt.addValue("mean", p.mean()[i]);
            rt.addValue("std", p.std()[i]);
        }
        return rt;
    }
}
