package org.matinf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matinf.core.dataset.DatasetSources;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.dataset.TiffStackReader;
import org.matinf.core.deep.NetworkConfig;
import org.matinf.core.deep.OrientationDataset;
import org.matinf.core.deep.OrientationModel;
import org.matinf.core.deep.OrientationTrainer;
import org.matinf.core.deep.TrainingConfig;
import org.matinf.core.deep.TrainingResult;
import org.matinf.core.image.GrayImage;
import org.matinf.core.io.StructureIO;
import org.matinf.core.orientation.CrystalSymmetry;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;

/**
 * Benchmark of the small orientation CNN (widths 16-32-64-64, dense 128) on 64 × 64 EBSD patterns
 * of Ni with PyTorch limited to 2 threads: training seconds per epoch on 2000 patterns (batch 32,
 * 80 % of them trained on) and inference patterns per second (batch 64, median of 5 runs after a
 * warm-up). Prints "case,value". Not a test:
 * {@code java -Dmatinf.djl.cache=... -cp ... org.matinf.bench.CnnBench [n] [epochs]}.
 */
public final class CnnBench {
    private CnnBench() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("ai.djl.pytorch.num_threads", "2");
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Structure ni = StructureIO.read(Path.of("..", "shared", "data", "structures", "elements_cod", "Ni.cif"));
        Path folder = Files.createTempDirectory("cnnbench");
        long t0 = System.nanoTime();
        DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(64, 20)))
                .count(n).seed(1).threads(2).structure("Ni.cif").build().write(folder, ProgressListener.NONE);
        System.out.printf(Locale.ROOT, "dataset_%d_patterns_s,%.1f%n", n, (System.nanoTime() - t0) / 1e9);
        OrientationDataset data = OrientationDataset.read(folder);
        TrainingConfig config = TrainingConfig.defaults(NetworkConfig.smallCnn(64)).withEpochs(epochs);
        t0 = System.nanoTime();
        TrainingResult r = new OrientationTrainer(data, CrystalSymmetry.laueGroup(ni), config).train(ProgressListener.NONE);
        double perEpoch = (System.nanoTime() - t0) / 1e9 / epochs;
        System.out.printf(Locale.ROOT, "train_s_per_epoch_%d_patterns,%.2f%n", n, perEpoch);
        System.out.printf(Locale.ROOT, "train_loss_per_epoch,%s%n", r.trainingLoss());
        List<GrayImage> batch = new ArrayList<>();
        try (TiffStackReader reader = new TiffStackReader(folder.resolve("patterns.tif"))) {
            for (int i = 0; i < 64; i++) {
                batch.add(reader.image(i));
            }
        }
        try (OrientationModel model = r.model()) {
            model.predict(batch);
            double[] rates = new double[5];
            for (int k = 0; k < rates.length; k++) {
                long s = System.nanoTime();
                for (int rep = 0; rep < 10; rep++) {
                    model.predict(batch);
                }
                rates[k] = 640 / ((System.nanoTime() - s) / 1e9);
            }
            java.util.Arrays.sort(rates);
            System.out.printf(Locale.ROOT, "inference_patterns_per_s_batch64,%.0f%n", rates[2]);
        }
    }
}
