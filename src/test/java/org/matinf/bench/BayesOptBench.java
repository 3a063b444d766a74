package org.matinf.bench;

import ij.io.FileSaver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matinf.core.descriptors.CompositionDescriptors;
import org.matinf.core.learn.map.PcaMap;
import org.matinf.core.optimize.bo.Goal;
import org.matinf.core.optimize.bo.Strategy;
import org.matinf.core.optimize.bo.StrategyOutcome;
import org.matinf.core.optimize.bo.VirtualLab;
import org.matinf.core.optimize.bo.VirtualLabResult;
import org.matinf.core.optimize.gp.GpSettings;
import org.matinf.core.optimize.gp.Kernels;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.optimize.ConvergencePlot;

/**
 * The virtual lab of issue 7 on the shipped AFLOW bulk-modulus sample
 * (sample-images/materials/bulk_modulus.csv, 3428 compositions): Magpie composition descriptors,
 * pools of 1000, 10 random initial measurements, seeds 0 … 29, maximising the bulk modulus with
 * EI, UCB and TS against random search. Prints the table and the enhancement factors (random
 * median / strategy median) and saves the convergence plot. Not a test:
 * {@code java -cp ... org.matinf.bench.BayesOptBench [plot.png] [key=value ...]}
 * (keys: first=0 seeds=30 pool=1000 initial=10 budget=200 acquisition=EI,UCB,TS kernel=Matern52+White
 * xi=0.01 kappa=2 features=magpie|pca:K threads=2).
 */
public final class BayesOptBench {
    private BayesOptBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        String png = null;
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                o.put(a.substring(0, eq), a.substring(eq + 1));
            } else {
                png = a;
            }
        }
        long first = Long.parseLong(o.getOrDefault("first", "0"));
        int seeds = Integer.parseInt(o.getOrDefault("seeds", "30"));
        int pool = Integer.parseInt(o.getOrDefault("pool", "1000"));
        int initial = Integer.parseInt(o.getOrDefault("initial", "10"));
        int budget = Integer.parseInt(o.getOrDefault("budget", "200"));
        String kernel = o.getOrDefault("kernel", "Matern52+White");
        double xi = Double.parseDouble(o.getOrDefault("xi", "0.01"));
        double kappa = Double.parseDouble(o.getOrDefault("kappa", "2"));
        String featureMode = o.getOrDefault("features", "magpie");
        int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
        List<Strategy> strategies = Strategy.parse(o.getOrDefault("acquisition", "EI,UCB,TS"), xi, kappa);

        DataTable table = DataTable.read(Path.of("sample-images", "materials", "bulk_modulus.csv"));
        String[] formulas = table.texts("formula");
        double[] y = table.numbers("target");
        CompositionDescriptors magpie = CompositionDescriptors.of("magpie");
        long t0 = System.nanoTime();
        double[][] x = new double[formulas.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = magpie.compute(formulas[i]);
        }
        x = features(x, featureMode);
        double featureSeconds = (System.nanoTime() - t0) / 1e9;

        GpSettings gp = new GpSettings(Kernels.parse(kernel, x[0].length, false), GpSettings.DEFAULT_ALPHA, false, true, 0, 0);
        VirtualLab.Settings s = new VirtualLab.Settings(Goal.MAXIMIZE, pool, initial, VirtualLab.Settings.seedRange(first, seeds), budget,
                strategies, gp, threads);
        long start = System.nanoTime();
        long[] last = {0};
        VirtualLabResult r = VirtualLab.run(List.of(formulas), x, y, s, new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                long now = System.nanoTime();
                if (now - last[0] > 30e9 || done == total) {
                    last[0] = now;
                    System.err.printf(Locale.ROOT, "  %d/%d campaigns, %.0f s%n", done, total, (now - start) / 1e9);
                }
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "virtual lab: %d compositions (AFLOW bulk modulus, maximise), %s features (%d columns, %.1f s), "
                + "pool %d, initial %d, seeds %d..%d, budget %d, kernel %s, xi %s, kappa %s: %.0f s%n", formulas.length, featureMode,
                x[0].length, featureSeconds, r.poolSize(), initial, first, first + seeds - 1, budget, kernel, xi, kappa, seconds);
        double randomMedian = r.outcome("random").median();
        System.out.println("strategy,median_iterations,mean_iterations,found_fraction,enhancement_factor");
        for (StrategyOutcome so : r.outcomes()) {
            System.out.printf(Locale.ROOT, "%s,%.1f,%.1f,%.3f,%.1f%n", so.strategy().name(), so.median(), so.mean(), so.foundFraction(),
                    randomMedian / Math.max(so.median(), 1));
        }
        for (StrategyOutcome so : r.outcomes()) {
            System.out.println(so.strategy().name() + " per seed: " + java.util.Arrays.toString(so.iterations()));
        }
        if (png != null) {
            new FileSaver(ConvergencePlot.of(r, "Virtual lab: AFLOW bulk modulus", "bulk modulus (GPa)").getImagePlus()).saveAsPng(png);
            System.out.println("plot: " + png);
        }
    }

    /** Magpie as computed, or its standardised principal components (pca:K). */
    private static double[][] features(double[][] x, String mode) {
        if (mode.equals("magpie")) {
            return x;
        }
        if (!mode.startsWith("pca:")) {
            throw new IllegalArgumentException("features=magpie or pca:K");
        }
        int k = Integer.parseInt(mode.substring(4));
        int d = x[0].length;
        List<Integer> keep = new ArrayList<>();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int c = 0; c < d; c++) {
            for (double[] row : x) {
                mean[c] += row[c] / x.length;
            }
            for (double[] row : x) {
                sd[c] += (row[c] - mean[c]) * (row[c] - mean[c]) / x.length;
            }
            sd[c] = Math.sqrt(sd[c]);
            if (sd[c] > 1e-12) {
                keep.add(c);
            }
        }
        double[][] z = new double[x.length][keep.size()];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < keep.size(); j++) {
                int c = keep.get(j);
                z[i][j] = (x[i][c] - mean[c]) / sd[c];
            }
        }
        return PcaMap.fit(z).transform(z, k);
    }
}
