package org.matinf.fiji.learn;

import ij.IJ;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.matinf.core.learn.LearningCurve;
import org.matinf.core.learn.LearningData;
import org.matinf.core.learn.ModelSpec;
import org.matinf.core.learn.Scores;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.DiffractionPlots;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Training and cross-validated score against the number of training rows ({@code sizes} fractions
 * of each fold's training rows, evenly from 10 % to 100 %). Results: one row per size,
 * {@code size, train_S, train_S_std, validation_S, validation_S_std} with S = mae (regression) or
 * accuracy (classification); and a plot, saved with {@code plot=[file.png]}.
 *
 * <p>Macro: {@code run("Learning Curve", "input=[/path/features.csv] target=target model=RandomForest
 * sizes=5 folds=5 seed=18012019 plot=[/path/curve.png]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.LEARNING + "Learning Curve")
public class LearningCurveCommand extends LearningCommand {
    @Parameter(label = "Sizes of the training set", min = "2", persist = false, description = "Number of training sizes, 10 % to 100 %")
    private int sizes = 5;

    @Parameter(label = "Plot (.png)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "Saves the learning curve plot as PNG")
    private File plot;

    @Override
    protected void execute() throws IOException {
        LearningData d = data();
        ModelSpec spec = spec(d);
        List<LearningCurve.Point> pts = LearningCurve.run(d, spec, splits(d), LearningCurve.fractions(sizes), preparation(),
                seed, progress());
        String s = Scores.primary(d.task());
        PatternTables.replaceResults(rt -> {
            for (LearningCurve.Point p : pts) {
                rt.incrementCounter();
                rt.addValue("size", p.size());
                rt.addValue("train_" + s, p.train());
                rt.addValue("train_" + s + "_std", p.trainStd());
                rt.addValue("validation_" + s, p.validation());
                rt.addValue("validation_" + s + "_std", p.validationStd());
            }
            rt.setDecimalPlaces(rt.getColumnIndex("size"), 0);
        });
        LearningCurve.Point last = pts.get(pts.size() - 1);
        IJ.log(String.format(Locale.ROOT, "%s: %s, %d-fold CV; with %d training rows: train %s %.4f, validation %s %.4f",
                title(), spec, folds, last.size(), s, last.train(), s, last.validation()));
        DiffractionPlots.display(ModelPlots.learningCurve("Learning curve " + input.getName(), s, pts), plot);
    }
}
