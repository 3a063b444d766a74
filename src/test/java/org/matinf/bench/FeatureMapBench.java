package org.matinf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.matinf.core.learn.map.PcaMap;
import org.matinf.core.learn.map.TsneMap;
import org.matinf.core.learn.map.UmapMap;

/**
 * Benchmark of the feature maps on a 4604 × 132 matrix (the size of matbench_expt_gap featurised
 * with 132 descriptors): 5 seeded Gaussian clusters in 132-D plus noise, standardised. Times
 * MatInf's PCA, t-SNE (perplexity 30, 1000 iterations) and UMAP (15 neighbours) once each, then
 * scikit-learn's PCA and t-SNE on the same matrix (src/test/resources/bench/feature_map_bench.py,
 * /usr/bin/python3) and prints "case,seconds" lines and the ratios scikit-learn / MatInf. Not a test.
 */
public final class FeatureMapBench {
    private static final int ROWS = 4604;
    private static final int COLS = 132;

    private FeatureMapBench() {
    }

    static double[][] matrix() {
        Random rnd = new Random(6);
        double[][] centres = new double[5][COLS];
        for (double[] c : centres) {
            for (int j = 0; j < COLS; j++) {
                c[j] = 3 * rnd.nextGaussian();
            }
        }
        double[][] x = new double[ROWS][COLS];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < COLS; j++) {
                x[i][j] = centres[i % 5][j] + rnd.nextGaussian();
            }
        }
        return x;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        double[][] x = matrix();
        Path csv = Files.createTempFile("featuremap", ".csv");
        StringBuilder sb = new StringBuilder();
        for (double[] row : x) {
            for (int j = 0; j < COLS; j++) {
                sb.append(j == 0 ? "" : ",").append(row[j]);
            }
            sb.append('\n');
        }
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
        double[][] z = standardised(x);
        PcaMap.fit(z).transform(z, 2); // warm-up (native libraries)
        Map<String, Double> t = new HashMap<>();
        long t0 = System.nanoTime();
        PcaMap.fit(z).transform(z, 2);
        t.put("matinf_pca", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        TsneMap.map(z, 30, 1);
        t.put("matinf_tsne", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        UmapMap.map(z, 15, 1);
        t.put("matinf_umap", (System.nanoTime() - t0) / 1e9);
        t.forEach((k, v) -> System.out.printf(Locale.ROOT, "%s,%.3f%n", k, v));
        Process p = new ProcessBuilder("/usr/bin/python3", "src/test/resources/bench/feature_map_bench.py", csv.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.contains(",")) {
                System.out.println(line);
                String[] kv = line.split(",");
                t.put(kv[0], Double.parseDouble(kv[1]));
            }
        }
        p.waitFor();
        Files.delete(csv);
        for (String m : new String[] {"pca", "tsne"}) {
            if (t.containsKey("sklearn_" + m)) {
                System.err.printf(Locale.ROOT, "%s: scikit-learn / MatInf time = %.2f%n", m, t.get("sklearn_" + m) / t.get("matinf_" + m));
            }
        }
    }

    private static double[][] standardised(double[][] x) {
        int n = x.length;
        double[][] z = new double[n][COLS];
        for (int j = 0; j < COLS; j++) {
            double m = 0;
            for (double[] r : x) {
                m += r[j] / n;
            }
            double ss = 0;
            for (double[] r : x) {
                ss += (r[j] - m) * (r[j] - m);
            }
            double sd = Math.sqrt(ss / n);
            for (int i = 0; i < n; i++) {
                z[i][j] = (x[i][j] - m) / sd;
            }
        }
        return z;
    }
}
