package org.matinf.fiji.optimize;

import ij.IJ;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matinf.core.learn.FeatureColumns;
import org.matinf.core.learn.LearningData;
import org.matinf.core.learn.Task;
import org.matinf.core.optimize.bo.Acquisition;
import org.matinf.core.optimize.bo.Goal;
import org.matinf.core.optimize.bo.Strategy;
import org.matinf.core.optimize.bo.StrategyOutcome;
import org.matinf.core.optimize.bo.VirtualLab;
import org.matinf.core.optimize.bo.VirtualLabResult;
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
 * A virtual lab: how many experiments Bayesian optimisation needs to find the best material of a
 * data set whose targets are all known, against random search. For each seed a pool is drawn from
 * the rows, a few random pool rows are measured first, then each strategy proposes one experiment
 * at a time until it measures the pool's best target (see {@link VirtualLab}). The Results table
 * gets one row per strategy: {@code strategy, median_iterations, mean_iterations, found_fraction};
 * a seed that missed the best within the budget counts as budget + 1 iterations.
 *
 * <p>Macro: {@code run("Bayesian Optimization Benchmark", "input=[/path/features.csv] target=target
 * pool=1000 initial=10 seeds=30 acquisition=EI");} (more keys: goal, features, budget, kernel,
 * seed, xi, kappa, plot, output).
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.OPTIMIZATION + "Bayesian Optimization Benchmark")
public class BayesianOptimizationBenchmark extends MatInfCommand {
    @Parameter(label = "Input (CSV)", style = FileWidget.OPEN_STYLE, persist = false,
            description = "Data set with numeric features and the known target of every row (e.g. Composition Descriptors' output)")
    private File input;

    @Parameter(label = "Target column", persist = false)
    private String target = "target";

    @Parameter(label = "Goal", choices = {"maximize", "minimize"}, persist = false)
    private String goal = "maximize";

    @Parameter(label = "Features", required = false, persist = false,
            description = "Feature columns, comma separated (empty: every numeric column except the target)")
    private String features = "";

    @Parameter(label = "Pool size", min = "2", persist = false, description = "Candidates drawn per seed (all rows if the data set is smaller)")
    private int pool = 1000;

    @Parameter(label = "Initial measurements", min = "1", persist = false, description = "Random pool rows measured before the first proposal")
    private int initial = 10;

    @Parameter(label = "Seeds", min = "1", persist = false, description = "Number of campaigns per strategy (seeds seed, seed + 1, ...)")
    private int seeds = 30;

    @Parameter(label = "Acquisition", persist = false, description = "EI, UCB, TS, PI or a list such as EI,UCB,TS; random search is always added")
    private String acquisition = "EI";

    @Parameter(label = "Budget", min = "1", required = false, persist = false,
            description = "Most proposals of a model-based strategy per seed (random search runs until it finds the best)")
    private int budget = VirtualLab.DEFAULT_BUDGET;

    @Parameter(label = "Kernel", required = false, persist = false,
            description = "RBF, Matern12, Matern32, Matern52, RationalQuadratic or DotProduct, optionally +White (isotropic, refitted every step)")
    private String kernel = "Matern52+White";

    @Parameter(label = "Seed (the first; seeds seed … seed + seeds − 1)", required = false, persist = false)
    private long seed = 0;

    @Parameter(label = "xi (EI, PI)", required = false, persist = false, min = "0")
    private double xi = Acquisition.DEFAULT_XI;

    @Parameter(label = "kappa (UCB)", required = false, persist = false, min = "0")
    private double kappa = Acquisition.DEFAULT_KAPPA;

    @Parameter(label = "Plot of the convergence (.png)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "Saves the plot of the gap to the pool's best against the experiments (empty: only shown)")
    private File plot;

    @Parameter(label = "Output CSV (per seed)", style = FileWidget.SAVE_STYLE, required = false, persist = false,
            description = "Writes seed, strategy, iterations, found, pool_best, best_id for every seed and strategy")
    private File output;

    @Override
    protected void execute() throws IOException {
        DataTable table = DataTable.read(required(input, "input"));
        String t = target == null ? "" : target.strip();
        List<String> chosen = features == null || features.isBlank() ? List.of() : FeatureColumns.excluded(features);
        LearningData data = LearningData.from(table, t, chosen, List.of(), null, Task.REGRESSION);
        List<String> names = data.features();
        String[] ids = ids(table);
        // rows without a target are already out; rows with a missing feature go too (a pool needs every feature)
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (java.util.Arrays.stream(data.x()[i]).allMatch(Double::isFinite)) {
                kept.add(i);
            }
        }
        if (kept.size() < table.rows()) {
            IJ.log(title() + ": " + (table.rows() - kept.size()) + " of " + table.rows() + " rows of " + table.source()
                    + " left out (missing target or features)");
        }
        if (kept.size() < 2) {
            throw new IllegalArgumentException(table.source() + ": " + kept.size() + " rows with a target and all features; a virtual lab needs at least 2");
        }
        double[] yk = kept.stream().mapToDouble(i -> data.y()[i]).toArray();
        double[][] xk = kept.stream().map(i -> data.x()[i]).toArray(double[][]::new);
        List<String> idk = kept.stream().map(i -> ids[data.rows()[i]]).toList();

        Goal g = Goal.parse(goal);
        List<Strategy> strategies = Strategy.parse(acquisition, xi, kappa);
        GpSettings gp = new GpSettings(Kernels.parse(kernel, names.size(), false), GpSettings.DEFAULT_ALPHA, false, true, 0, seed);
        VirtualLab.Settings s = new VirtualLab.Settings(g, pool, initial, VirtualLab.Settings.seedRange(seed, seeds), budget, strategies, gp,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        long start = System.nanoTime();
        VirtualLabResult r = VirtualLab.run(idk, xk, yk, s, progress());
        double seconds = (System.nanoTime() - start) / 1e9;

        PatternTables.replaceResults(rt -> {
            rt.showRowNumbers(false);
            for (StrategyOutcome o : r.outcomes()) {
                rt.incrementCounter();
                rt.addValue("strategy", o.strategy().name());
                rt.addValue("median_iterations", o.median());
                rt.addValue("mean_iterations", o.mean());
                rt.addValue("found_fraction", o.foundFraction());
            }
            rt.setDecimalPlaces(rt.getColumnIndex("mean_iterations"), 2);
            rt.setDecimalPlaces(rt.getColumnIndex("found_fraction"), 4);
        });
        IJ.log(String.format(Locale.ROOT, "%s: %s, %d rows, %d features, target '%s' (%s), pool %d, initial %d, seeds %d..%d, budget %d, "
                + "kernel %s: %.1f s. Iterations = experiments after the initial ones until the pool's best is measured; "
                + "a seed that missed it within the budget counts as budget + 1.", title(), table.source(), yk.length, names.size(), t, g,
                r.poolSize(), initial, seed, seed + seeds - 1, budget, kernel.strip(), seconds));
        StrategyOutcome random = r.outcome(Strategy.RANDOM.name());
        for (StrategyOutcome o : r.outcomes()) {
            if (!o.strategy().random()) {
                IJ.log(String.format(Locale.ROOT, "  %s: median %.1f, found %.0f %% of seeds, %.1fx fewer experiments than random search (median %.1f)",
                        o.strategy().acquisition(), o.median(), 100 * o.foundFraction(), random.median() / Math.max(1, o.median()),
                        random.median()));
            }
        }
        if (output != null && !output.getPath().isBlank()) {
            write(r, output);
            IJ.log(title() + ": per-seed iterations written to " + output);
        }
        DiffractionPlots.display(ConvergencePlot.of(r, "Bayesian optimization benchmark " + table.source(), t), plot);
    }

    /** The first text column (formulas, names), else the 1-based row numbers. */
    private static String[] ids(DataTable table) {
        for (String c : table.names()) {
            if (!table.isNumeric(c)) {
                return table.texts(c);
            }
        }
        String[] n = new String[table.rows()];
        for (int i = 0; i < n.length; i++) {
            n[i] = "row " + (i + 1);
        }
        return n;
    }

    private static void write(VirtualLabResult r, File file) throws IOException {
        int n = r.seeds().length * r.outcomes().size();
        double[] seedColumn = new double[n];
        String[] strategy = new String[n];
        double[] iterations = new double[n];
        double[] found = new double[n];
        double[] best = new double[n];
        String[] bestId = new String[n];
        int k = 0;
        for (int s = 0; s < r.seeds().length; s++) {
            for (StrategyOutcome o : r.outcomes()) {
                seedColumn[k] = r.seeds()[s];
                strategy[k] = o.strategy().name();
                iterations[k] = o.iterations()[s];
                found[k] = o.found()[s] ? 1 : 0;
                best[k] = r.poolBest()[s];
                bestId[k] = r.bestIds().get(s);
                k++;
            }
        }
        DataTable.builder(file.getName()).numbers("seed", seedColumn).texts("strategy", strategy).numbers("iterations", iterations)
                .numbers("found", found).numbers("pool_best", best).texts("best_id", bestId).build().write(file.toPath());
    }
}
