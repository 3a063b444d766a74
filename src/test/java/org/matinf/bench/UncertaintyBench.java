package org.matinf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.matinf.core.dataset.DatasetSources;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.Realism;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.dataset.TiffStackReader;
import org.matinf.core.deep.NetworkConfig;
import org.matinf.core.deep.OrientationDataset;
import org.matinf.core.deep.OrientationEnsemble;
import org.matinf.core.deep.OrientationEstimate;
import org.matinf.core.deep.OrientationModel;
import org.matinf.core.deep.OrientationTrainer;
import org.matinf.core.deep.TrainingConfig;
import org.matinf.core.image.GrayImage;
import org.matinf.core.io.StructureIO;
import org.matinf.core.orientation.CrystalSymmetry;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;

/**
 * How well the test-time-ensemble uncertainty of Estimate Orientation ranks the real errors: the
 * small CNN is trained on n simulated Ni EBSD patterns (32 × 32, noisy), then a held-out set of m
 * patterns (another seed) is estimated with K perturbed copies each; prints the median true
 * disorientation and the Spearman rank correlation between uncertainty and true disorientation
 * (1 = perfect ranking, 0 = none), and the median error of the best and worst uncertainty quartiles.
 * Not a test: {@code java -Dmatinf.djl.cache=... -cp ... org.matinf.bench.UncertaintyBench [n] [epochs] [m] [K]}, or
 * {@code ... UncertaintyBench bundled [m] [K]} for the bundled model ni-ebsd-64 on m fresh noisy 64 × 64 Ni patterns
 * (seed 2, as in CnnAccuracyBench).
 */
public final class UncertaintyBench {
    private UncertaintyBench() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("ai.djl.pytorch.num_threads", "2");
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        if (args.length > 0 && args[0].equals("bundled")) {
            bundled(args.length > 1 ? Integer.parseInt(args[1]) : 1000, args.length > 2 ? Integer.parseInt(args[2]) : OrientationEnsemble.DEFAULT_SAMPLES);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int m = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int k = args.length > 3 ? Integer.parseInt(args[3]) : OrientationEnsemble.DEFAULT_SAMPLES;
        Structure ni = StructureIO.read(Path.of("..", "shared", "data", "structures", "elements_cod", "Ni.cif"));
        LaueGroup group = CrystalSymmetry.laueGroup(ni);
        Realism realism = Realism.builder().dose(400).readNoise(0.02).blur(0.5).build();
        Path train = Files.createTempDirectory("unc-train");
        Path test = Files.createTempDirectory("unc-test");
        long t0 = System.nanoTime();
        for (Object[] set : new Object[][] {{train, n, 1L}, {test, m, 99L}}) {
            DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(32, 20))).realism(realism)
                    .count((Integer) set[1]).seed((Long) set[2]).threads(2).structure("Ni.cif").build().write((Path) set[0], ProgressListener.NONE);
        }
        System.out.printf(Locale.ROOT, "datasets_s,%.1f%n", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        TrainingConfig config = TrainingConfig.defaults(NetworkConfig.smallCnn(32)).withEpochs(epochs).withBatchSize(32);
        OrientationDataset data = OrientationDataset.read(train);
        OrientationDataset held = OrientationDataset.read(test);
        List<GrayImage> patterns = new ArrayList<>();
        try (TiffStackReader r = new TiffStackReader(test.resolve("patterns.tif"))) {
            for (int i = 0; i < m; i++) {
                patterns.add(r.image(i));
            }
        }
        try (OrientationModel model = new OrientationTrainer(data, group, config).train(ProgressListener.NONE).model()) {
            System.out.printf(Locale.ROOT, "train_s,%.1f%n", (System.nanoTime() - t0) / 1e9);
            report(model, patterns, held, group, k);
        }
    }

    private static void bundled(int m, int k) throws IOException {
        Structure ni = StructureIO.read(Path.of("..", "shared", "data", "structures", "elements_cod", "Ni.cif"));
        Path test = Files.createTempDirectory("unc-bundled");
        DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(64, 20))).realism(CnnAccuracyBench.NOISY)
                .count(m).seed(2).threads(2).structure("Ni.cif").build().write(test, ProgressListener.NONE);
        List<GrayImage> patterns = new ArrayList<>();
        try (TiffStackReader r = new TiffStackReader(test.resolve("patterns.tif"))) {
            for (int i = 0; i < m; i++) {
                patterns.add(r.image(i));
            }
        }
        try (OrientationModel model = org.matinf.core.deep.BundledModels.load("bundled:ni-ebsd-64")) {
            report(model, patterns, OrientationDataset.read(test), model.laueGroup(), k);
        }
    }

    private static void report(OrientationModel model, List<GrayImage> patterns, OrientationDataset held, LaueGroup group, int k) {
        int m = patterns.size();
        long t0 = System.nanoTime();
        List<OrientationEstimate> est = new OrientationEnsemble(model, k, OrientationEnsemble.DEFAULT_SEED).estimate(patterns,
                ProgressListener.NONE);
        System.out.printf(Locale.ROOT, "estimate_s_%d_patterns_K%d,%.1f%n", m, k, (System.nanoTime() - t0) / 1e9);
        double[] error = new double[m];
        double[] uncertainty = new double[m];
        for (int i = 0; i < m; i++) {
            error[i] = Misorientation.disorientationAngle(est.get(i).orientation(), held.orientation(i), group);
            uncertainty[i] = est.get(i).uncertainty();
        }
        System.out.printf(Locale.ROOT, "heldout_median_error_deg,%.2f%n", median(error));
        System.out.printf(Locale.ROOT, "heldout_median_uncertainty_deg,%.2f%n", median(uncertainty));
        System.out.printf(Locale.ROOT, "spearman_uncertainty_vs_error,%.3f%n", new SpearmansCorrelation().correlation(uncertainty, error));
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(uncertainty[a], uncertainty[b]));
        double[] low = new double[m / 4];
        double[] high = new double[m / 4];
        for (int i = 0; i < m / 4; i++) {
            low[i] = error[order[i]];
            high[i] = error[order[m - 1 - i]];
        }
        System.out.printf(Locale.ROOT, "median_error_lowest_uncertainty_quartile_deg,%.2f%n", median(low));
        System.out.printf(Locale.ROOT, "median_error_highest_uncertainty_quartile_deg,%.2f%n", median(high));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
