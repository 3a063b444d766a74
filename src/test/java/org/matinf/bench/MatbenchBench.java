package org.matinf.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.matinf.core.learn.CrossValidation;
import org.matinf.core.learn.LearningData;
import org.matinf.core.learn.Learners;
import org.matinf.core.learn.ModelSpec;
import org.matinf.core.learn.Pipeline;
import org.matinf.core.learn.Preprocessor;
import org.matinf.core.learn.Split;
import org.matinf.core.learn.Splits;
import org.matinf.core.learn.Task;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.table.DataTable;

/**
 * The matbench protocol on a features CSV (formula, target, then features) of
 * matbench_expt_gap: 5-fold KFold(shuffle=True, random_state=18012019), every model trained with
 * MatInf's default preprocessing (median fill, standard scaling) and scored by MAE (eV). Then the
 * random forest's training time on all rows beside scikit-learn's RandomForestRegressor with the
 * same trees, mtry, depth and leaf size (src/test/resources/bench/rf_sklearn.py, run by this main
 * with /usr/bin/python3), as a ratio. Not a test.
 *
 * <p>Usage: {@code MatbenchBench FEATURES_CSV [--no-sklearn] [--sklearn-cv] [MODEL SPEC ...]}, a spec
 * being e.g. {@code "GradientBoosting trees=1000 learning_rate=0.05"}.
 */
public final class MatbenchBench {
    private static final long SEED = 18012019;
    /** The forest compared with scikit-learn: trees, mtry (features per split), min leaf, max depth (0 = none). */
    private static final int TREES = 100;
    private static final int MIN_LEAF = 1;
    private static final int REPEATS = 3;

    private MatbenchBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 0) {
            System.err.println("usage: MatbenchBench FEATURES_CSV [--no-sklearn] [--sklearn-cv] [\"MODEL k=v ...\" ...]");
            System.exit(2);
        }
        Path csv = Path.of(args[0]);
        List<String> specs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                specs.add(args[i]);
            }
        }
        if (specs.isEmpty()) {
            specs = List.of("RandomForest trees=500 min_leaf=1",
                    "GradientBoosting trees=2000 learning_rate=0.02 max_depth=0 max_nodes=64 min_leaf=3 subsample=0.7");
        }
        LearningData d = LearningData.from(DataTable.read(csv), "target", List.of(), List.of(), "formula", null);
        List<Split> folds = Splits.kFold(d.size(), 5, SEED);
        System.err.printf(Locale.ROOT, "%s: %d rows, %d features%n", csv, d.size(), d.features().size());
        for (String s : specs) {
            ModelSpec spec = ModelSpec.parse(s, "");
            long t0 = System.nanoTime();
            CrossValidation.Result r = CrossValidation.run(d, spec, folds, Pipeline.Preparation.DEFAULT, SEED, ProgressListener.NONE);
            double sec = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "matbench_expt_gap_mae,%s,%.4f,%s,%.1f s%n", spec.toString().replace(',', ';'),
                    r.mean().get("mae"), Arrays.toString(r.folds().stream().mapToDouble(m -> m.get("mae")).map(v -> Math.round(v * 1e4) / 1e4)
                            .toArray()).replace(',', ';'), sec);
        }
        if (Arrays.asList(args).contains("--no-sklearn")) {
            return;
        }
        int mtry = Math.max(1, d.features().size() / 3);
        Preprocessor pre = Preprocessor.fit(d.x(), d.features(), Preprocessor.Imputation.MEDIAN, Preprocessor.Scaling.NONE);
        double[][] x = pre.transform(d.x());
        ModelSpec rf = ModelSpec.parse("RandomForest", "trees=" + TREES + " mtry=" + mtry + " min_leaf=" + MIN_LEAF + " max_depth=0");
        Learners.fit(rf, Task.REGRESSION, x, d.y(), 0, SEED); // warm-up
        double[] t = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            Learners.fit(rf, Task.REGRESSION, x, d.y(), 0, SEED);
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        double matinf = t[REPEATS / 2];
        System.out.printf(Locale.ROOT, "matinf_rf_fit_seconds,%.6g%n", matinf);
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "src/test/resources/bench/rf_sklearn.py", csv.toString(),
                Integer.toString(TREES), Integer.toString(mtry), Integer.toString(MIN_LEAF), "0", "-1", Integer.toString(REPEATS)));
        if (Arrays.asList(args).contains("--sklearn-cv")) {
            cmd.add("--cv");
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        double sklearn = Double.NaN;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                System.out.println(line);
                if (line.startsWith("sklearn_rf_fit_seconds,")) {
                    sklearn = Double.parseDouble(line.substring(line.indexOf(',') + 1));
                }
            }
        }
        p.waitFor();
        System.out.printf(Locale.ROOT, "rf_fit_time_ratio_matinf_over_sklearn,%.3f  (%d trees, mtry %d, min leaf %d, unlimited depth, "
                + "%d rows x %d features; both on all cores)%n", matinf / sklearn, TREES, mtry, MIN_LEAF, d.size(), d.features().size());
    }
}
