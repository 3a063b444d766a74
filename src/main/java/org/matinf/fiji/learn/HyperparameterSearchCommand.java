package org.matinf.fiji.learn;

import ij.IJ;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.matinf.core.learn.HyperparameterSearch;
import org.matinf.core.learn.LearningData;
import org.matinf.core.learn.ModelSpec;
import org.matinf.core.learn.Scores;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Grid or random search over the model's small search space (see the README), every candidate
 * cross-validated on the same folds. The Results table gets one row per candidate, best first:
 * {@code rank, parameters} (the full hyperparameters, ready for {@code parameters=[...]}), the mean
 * of each score over the folds and the standard deviation of the ranking score (mae or accuracy).
 *
 * <p>Macro: {@code run("Hyperparameter Search", "input=[/path/features.csv] target=target model=SVR
 * search=random candidates=6 folds=5 seed=18012019");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.LEARNING + "Hyperparameter Search")
public class HyperparameterSearchCommand extends LearningCommand {
    @Parameter(label = "Search", choices = {"grid", "random"}, persist = false,
            description = "grid: every combination; random: a seeded draw of 'candidates' combinations")
    private String search = "grid";

    @Parameter(label = "Candidates (random search)", min = "1", persist = false, description = "How many combinations a random search tries")
    private int candidates = 10;

    @Override
    protected void execute() throws IOException {
        LearningData d = data();
        ModelSpec base = spec(d);
        List<ModelSpec> specs = switch (search == null ? "" : search.strip().toLowerCase(Locale.ROOT)) {
            case "grid" -> HyperparameterSearch.grid(base);
            case "random" -> HyperparameterSearch.random(base, candidates, seed);
            default -> throw new IllegalArgumentException("search must be grid or random, got '" + search + "'");
        };
        if (base.type().searchSpace().isEmpty()) {
            IJ.log(title() + ": " + base.type().label() + " has no hyperparameters to search; scoring it once");
        }
        List<HyperparameterSearch.Candidate> result = HyperparameterSearch.run(d, specs, splits(d), preparation(), seed, progress());
        String primary = Scores.primary(d.task());
        PatternTables.replaceResults(rt -> {
            for (int i = 0; i < result.size(); i++) {
                HyperparameterSearch.Candidate c = result.get(i);
                rt.incrementCounter();
                rt.addValue("rank", i + 1);
                rt.addValue("parameters", c.spec().toString().substring(c.spec().type().label().length()).strip());
                c.mean().forEach(rt::addValue);
                rt.addValue(primary + "_std", c.std());
            }
            rt.setDecimalPlaces(rt.getColumnIndex("rank"), 0);
        });
        HyperparameterSearch.Candidate best = result.get(0);
        IJ.log(String.format(Locale.ROOT, "%s: %d candidates of %s, %d-fold CV on %d rows; best %s = %.4f ± %.4f: %s",
                title(), result.size(), base.type().label(), folds, d.size(), primary, best.score(), best.std(), best.spec()));
    }
}
