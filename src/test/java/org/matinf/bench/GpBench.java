package org.matinf.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.matinf.core.optimize.gp.GaussianProcess;
import org.matinf.core.optimize.gp.GpSettings;
import org.matinf.core.optimize.gp.Kernels;

/**
 * Gaussian process fit (optimised hyperparameters, the same restarts) and prediction (mean and
 * standard deviation) beside scikit-learn's GaussianProcessRegressor on the same data in one run
 * (src/test/resources/bench/gp_sklearn.py with /usr/bin/python3): C·Matérn 5/2 + White, normalised
 * target, n training and n test points of Friedman's function #1 in d dimensions with noise.
 * Prints the times, their ratios and both log marginal likelihoods. Not a test:
 * {@code java -cp ... org.matinf.bench.GpBench [n=2000] [d=10] [restarts=1]}.
 */
public final class GpBench {
    private GpBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int restarts = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Random random = new Random(42);
        double[][] x = new double[n][d];
        double[] y = new double[n];
        double[][] xs = new double[n][d];
        double[] ys = new double[n];
        fill(random, x, y);
        fill(random, xs, ys);
        Path dir = Files.createTempDirectory("gp-bench");
        Path train = write(dir.resolve("train.csv"), x, y);
        Path test = write(dir.resolve("test.csv"), xs, ys);

        GpSettings s = new GpSettings(Kernels.parse("Matern52+White", d, false), GpSettings.DEFAULT_ALPHA, true, true, restarts, 0);
        long t0 = System.nanoTime();
        GaussianProcess gp = GaussianProcess.fit(x, y, s);
        double fit = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        gp.predict(xs);
        double predict = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "matinf_gp_fit_seconds,%.6g%nmatinf_gp_predict_seconds,%.6g%nmatinf_gp_log_marginal_likelihood,%.10g%nmatinf_gp_kernel,%s%n",
                fit, predict, gp.logMarginalLikelihood(), gp.kernel());

        Process p = new ProcessBuilder("/usr/bin/python3", "src/test/resources/bench/gp_sklearn.py", train.toString(), test.toString(),
                Integer.toString(restarts)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> sk = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                System.out.println(line);
                int c = line.indexOf(',');
                if (c > 0) {
                    sk.put(line.substring(0, c), line.substring(c + 1));
                }
            }
        }
        p.waitFor();
        System.out.printf(Locale.ROOT, "gp_fit_time_ratio_matinf_over_sklearn,%.3f%ngp_predict_time_ratio_matinf_over_sklearn,%.3f%n"
                + "gp_log_marginal_likelihood_matinf_minus_sklearn,%.6g  (n=%d, d=%d, %d restarts)%n",
                fit / Double.parseDouble(sk.get("sklearn_gp_fit_seconds")), predict / Double.parseDouble(sk.get("sklearn_gp_predict_seconds")),
                gp.logMarginalLikelihood() - Double.parseDouble(sk.get("sklearn_gp_log_marginal_likelihood")), n, d, restarts);
    }

    /** Friedman #1 on the first five features (the others are irrelevant) plus Gaussian noise σ = 0.5. */
    private static void fill(Random random, double[][] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < x[i].length; c++) {
                x[i][c] = random.nextDouble();
            }
            double[] v = x[i];
            y[i] = 10 * Math.sin(Math.PI * v[0] * at(v, 1)) + 20 * Math.pow(at(v, 2) - 0.5, 2) + 10 * at(v, 3) + 5 * at(v, 4)
                    + 0.5 * random.nextGaussian();
        }
    }

    private static double at(double[] v, int c) {
        return c < v.length ? v[c] : 0;
    }

    private static Path write(Path file, double[][] x, double[] y) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < x[0].length; c++) {
            sb.append('x').append(c).append(',');
        }
        sb.append("y\n");
        for (int i = 0; i < y.length; i++) {
            for (double v : x[i]) {
                sb.append(String.format(Locale.ROOT, "%.17g,", v));
            }
            sb.append(String.format(Locale.ROOT, "%.17g%n", y[i]));
        }
        Files.writeString(file, sb);
        return file;
    }
}
