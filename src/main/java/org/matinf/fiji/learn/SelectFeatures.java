package org.matinf.fiji.learn;

import ij.IJ;
import ij.measure.ResultsTable;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.matinf.core.learn.FeatureColumns;
import org.matinf.core.learn.selection.FeatureScore;
import org.matinf.core.learn.selection.FeatureSelection;
import org.matinf.core.learn.selection.FeatureSelector;
import org.matinf.core.learn.selection.SelectionMethod;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Selects features of a CSV data set and writes the non-feature columns (text columns, target,
 * excluded ones) with the kept features. The Results table gets one row per feature: feature,
 * score, kept (1 or 0).
 *
 * <p>Macro: {@code run("Select Features", "input=[/path/features.csv] target=target method=correlation threshold=0.95 output=[/path/selected.csv]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.LEARNING + "Select Features")
public class SelectFeatures extends MatInfCommand {

    @Parameter(label = "Input (features CSV)", style = FileWidget.OPEN_STYLE, persist = false, description = "Data set: a header line, one row per material")
    private File input;

    @Parameter(label = "Target column", required = false, persist = false, description = "Property to predict; not a feature")
    private String target = "target";

    @Parameter(label = "Method", choices = {"variance", "correlation", "lasso", "random_forest", "permutation"}, persist = false)
    private String method = "correlation";

    @Parameter(label = "Threshold", required = false, persist = false,
            description = "variance: keep variance above it (default 0); correlation: largest |r| (default 0.95)")
    private double threshold = Double.NaN;

    @Parameter(label = "Alpha (Lasso)", required = false, persist = false,
            description = "scikit-learn's alpha on standardised features; 0 = choose by cross-validation")
    private double alpha = 0;

    @Parameter(label = "Folds", required = false, persist = false, min = "2", description = "Cross-validation folds for lasso")
    private int folds = 5;

    @Parameter(label = "Top (features kept)", required = false, persist = false, description = "Features kept by random_forest and permutation (0 = all)")
    private int top = 10;

    @Parameter(label = "Repeats", required = false, persist = false, min = "1", description = "Shuffles per feature (permutation)")
    private int repeats = 5;

    @Parameter(label = "Seed", required = false, persist = false)
    private long seed = 42;

    @Parameter(label = "Exclude columns", required = false, persist = false, description = "Numeric columns that are not features, comma separated")
    private String exclude = "";

    @Parameter(label = "Output (CSV)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "Writes the non-feature columns and the kept features")
    private File output;

    @Parameter(label = "Plot (PNG file)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "Feature-importance plot: the 25 highest scores as bars (kept blue, dropped grey), saved as PNG")
    private File plot;

    @Override
    protected void execute() throws IOException {
        DataTable table = DataTable.read(required(input, "input"));
        SelectionMethod m = SelectionMethod.of(method);
        String t = target == null ? "" : target.strip();
        List<String> features = FeatureColumns.of(table, t, exclude);
        double[] y = m.supervised() ? FeatureColumns.target(table, t) : null;
        FeatureSelection s = FeatureSelector.select(m, table.matrix(features), features, y,
                new FeatureSelector.Settings(threshold, alpha, folds, top, repeats, seed));
        if (output != null && !output.getPath().isBlank()) {
            FeatureColumns.keep(table, features, s.kept()).write(output.toPath());
        }
        PatternTables.replaceResults(rt -> fill(rt, s));
        org.matinf.fiji.diffraction.DiffractionPlots.display(ImportancePlot.of("Feature scores " + table.source(), m.key(), s.scores()), plot);
        IJ.log(String.format(Locale.ROOT, "Select Features (%s): kept %d of %d features of %s", m.key(), s.kept().size(),
                features.size(), table.source()));
    }

    private static void fill(ResultsTable rt, FeatureSelection s) {
        rt.showRowNumbers(false);
        for (FeatureScore f : s.scores()) {
            rt.incrementCounter();
            rt.addValue("feature", f.feature());
            rt.addValue("score", f.score());
            rt.addValue("kept", f.kept() ? 1 : 0);
        }
        rt.setDecimalPlaces(rt.getColumnIndex("score"), 9);
        rt.setDecimalPlaces(rt.getColumnIndex("kept"), 0);
    }
}
