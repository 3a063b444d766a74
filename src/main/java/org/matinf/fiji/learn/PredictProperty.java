package org.matinf.fiji.learn;

import ij.IJ;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.matinf.core.learn.ModelFile;
import org.matinf.core.learn.PropertyModel;
import org.matinf.core.learn.Task;
import org.matinf.core.table.DataTable;
import org.matinf.core.table.TableException;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Applies a saved model (.matinf) to a CSV that has the model's feature columns, and writes the CSV
 * with a {@code predicted_<target>} column appended. The Results table shows a summary only: for
 * regression one row {@code rows, min, mean, max}; for classification one row per class
 * {@code class, count}.
 *
 * <p>Macro: {@code run("Predict Property", "model=[/path/model.matinf] input=[/path/new.csv]
 * output=[/path/predicted.csv]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.LEARNING + "Predict Property")
public class PredictProperty extends MatInfCommand {
    @Parameter(label = "Model file (.matinf)", style = FileWidget.OPEN_STYLE, persist = false, description = "A model saved by Train Property Model")
    private File model;

    @Parameter(label = "Input CSV", style = FileWidget.OPEN_STYLE, persist = false, description = "CSV with the model's feature columns")
    private File input;

    @Parameter(label = "Output CSV", style = FileWidget.SAVE_STYLE, persist = false, description = "The input with the predictions appended")
    private File output;

    @Override
    protected void execute() throws IOException {
        PropertyModel m = ModelFile.read(required(model, "model"));
        DataTable table = DataTable.read(required(input, "input"));
        java.nio.file.Path out = required(output, "output");
        for (String f : m.features()) {
            if (!table.has(f)) {
                throw new TableException(table.source(), 0, "no feature column '" + f + "' that the model " + model.getName()
                        + " needs (" + m.features().size() + " features" + (m.preset().isEmpty() ? "" : ", Composition Descriptors preset "
                        + m.preset()) + "); compute the same features for these rows first");
            }
        }
        DataTable result = m.withPredictions(table);
        result.write(out);
        if (m.task() == Task.REGRESSION) {
            double[] p = result.numbers(m.predictionColumn());
            PatternTables.replaceResults(rt -> {
                rt.incrementCounter();
                rt.addValue("rows", p.length);
                rt.addValue("min", Arrays.stream(p).min().orElse(Double.NaN));
                rt.addValue("mean", Arrays.stream(p).average().orElse(Double.NaN));
                rt.addValue("max", Arrays.stream(p).max().orElse(Double.NaN));
                rt.setDecimalPlaces(rt.getColumnIndex("rows"), 0);
            });
        } else {
            Map<String, Integer> counts = new TreeMap<>();
            for (String c : result.texts(m.predictionColumn())) {
                counts.merge(c, 1, Integer::sum);
            }
            PatternTables.replaceResults(rt -> counts.forEach((c, n) -> {
                rt.incrementCounter();
                rt.addValue("class", c);
                rt.addValue("count", n);
            }));
        }
        IJ.log(String.format(Locale.ROOT, "%s: %s (%s of '%s') predicted %d rows of %s; written to %s", title(), model.getName(),
                m.spec().type().label(), m.target(), table.rows(), input.getName(), out));
    }
}
