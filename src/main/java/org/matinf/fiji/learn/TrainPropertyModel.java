package org.matinf.fiji.learn;

import ij.IJ;
import ij.measure.ResultsTable;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matinf.core.learn.CrossValidation;
import org.matinf.core.learn.LearningData;
import org.matinf.core.learn.ModelFile;
import org.matinf.core.learn.ModelSpec;
import org.matinf.core.learn.PropertyModel;
import org.matinf.core.learn.Scores;
import org.matinf.core.learn.Split;
import org.matinf.core.learn.Task;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.DiffractionPlots;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Cross-validates a model on a features CSV, then trains it on all rows and saves it. The Results
 * table gets one row per fold and a final {@code mean} row: {@code fold, mae, rmse, r2}
 * (classification: {@code fold, accuracy, precision, recall, f1, roc_auc}). For regression a parity
 * plot (cross-validated prediction against measured) and a residual plot are drawn; with
 * {@code plot=[file.png]} they are saved as file.png and file_residuals.png.
 *
 * <p>Macro: {@code run("Train Property Model", "input=[/path/features.csv] target=target model=RandomForest
 * folds=5 seed=18012019 output=[/path/model.matinf]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.LEARNING + "Train Property Model")
public class TrainPropertyModel extends LearningCommand {
    @Parameter(label = "Output model file (.matinf)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "Where the model trained on all rows is saved (empty: not saved)")
    private File output;

    @Parameter(label = "Plot (parity, .png)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "Saves the parity plot here and the residual plot beside it (NAME_residuals.png)")
    private File plot;

    @Parameter(label = "Preset of the descriptors", required = false, persist = false,
            description = "The Composition Descriptors preset that made the features, stored in the model file")
    private String preset = "";

    @Override
    protected void execute() throws IOException {
        LearningData d = data();
        ModelSpec spec = spec(d);
        List<Split> s = splits(d);
        CrossValidation.Result cv = CrossValidation.run(d, spec, s, preparation(), seed, progress());
        PatternTables.replaceResults(rt -> fill(rt, d.task(), cv));
        IJ.log(String.format(Locale.ROOT, "%s: %s on %d rows of %s (target '%s', %d features, %s), %d-fold %s CV: %s",
                title(), spec, d.size(), input.getName(), d.target(), d.features().size(), d.taskName(), folds, split,
                summary(cv.mean())));
        PropertyModel m = PropertyModel.train(d, spec, preparation(), seed, preset, formula, cv.mean());
        if (output != null && !output.getPath().isBlank()) {
            ModelFile.write(m, output.toPath());
            IJ.log(title() + ": model trained on all " + d.size() + " rows saved to " + output);
        }
        if (d.task() == Task.REGRESSION) {
            String name = input.getName();
            DiffractionPlots.display(ModelPlots.parity("Parity " + name, d.target(), d.y(), cv.predicted()), plot);
            DiffractionPlots.display(ModelPlots.residuals("Residuals " + name, d.target(), d.y(), cv.predicted()), residualFile());
        } else {
            IJ.log(title() + ": classes " + d.classes() + " (parity plots are drawn for regression only)");
        }
    }

    private File residualFile() {
        if (plot == null || plot.getPath().isBlank()) {
            return null;
        }
        String p = plot.getPath();
        int dot = p.toLowerCase(Locale.ROOT).endsWith(".png") ? p.length() - 4 : p.length();
        return new File(p.substring(0, dot) + "_residuals.png");
    }

    /** One row per fold, then the mean row. */
    static void fill(ResultsTable rt, Task task, CrossValidation.Result cv) {
        for (int f = 0; f < cv.folds().size(); f++) {
            addRow(rt, Integer.toString(f + 1), cv.folds().get(f));
        }
        addRow(rt, "mean", cv.mean());
        for (String c : Scores.names(task)) {
            rt.setDecimalPlaces(rt.getColumnIndex(c), 4);
        }
    }

    private static void addRow(ResultsTable rt, String fold, Map<String, Double> scores) {
        rt.incrementCounter();
        rt.addValue("fold", fold);
        scores.forEach(rt::addValue);
    }

    static String summary(Map<String, Double> scores) {
        StringBuilder sb = new StringBuilder();
        scores.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format(Locale.ROOT, "%.4f", v)));
        return sb.toString();
    }
}
