package org.matinf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.KikuchiPatternSource;
import org.matinf.core.dataset.TiffStackReader;
import org.matinf.core.deep.FineTuning;
import org.matinf.core.deep.NetworkConfig;
import org.matinf.core.deep.OrientationDataset;
import org.matinf.core.deep.OrientationModel;
import org.matinf.core.deep.OrientationTrainer;
import org.matinf.core.deep.TrainingConfig;
import org.matinf.core.deep.TrainingResult;
import org.matinf.core.diffraction.ebsd.KikuchiMasterPattern;
import org.matinf.core.diffraction.ebsd.KikuchiReflectors;
import org.matinf.core.image.GrayImage;
import org.matinf.core.io.StructureIO;
import org.matinf.core.orientation.CrystalSymmetry;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;

/**
 * Transfer learning (issue 5): a small CNN (16-32-64-64, dense 128) is trained on Ni EBSD patterns
 * of 32 × 32 pixels at pattern centre (0.5, 0.5, 0.5) (patience 5); the targets are small sets of
 * Ni patterns at pattern centre (0.5, 0.45, 0.55) (new geometry) and of bcc Fe at the parent's
 * pattern centre (new phase). On each target set's validation patterns it prints the median disorientation of the parent as it is, of the parent fine-tuned
 * with its first two stages frozen, fine-tuned with nothing frozen, and of the same network trained
 * from scratch, all after the same number of epochs with the same split and seed; and wall times.
 * PyTorch limited to 2 threads. Prints "case,value". Not a test:
 * {@code java -Dmatinf.djl.cache=... -cp ... org.matinf.bench.FineTuneBench [parentPatterns] [parentEpochs] [targetPatterns] [epochs]}.
 */
public final class FineTuneBench {
    private FineTuneBench() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("ai.djl.pytorch.num_threads", "2");
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        int parentCount = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        int parentEpochs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int targetCount = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int epochs = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path lib = Path.of("..", "shared", "data", "structures", "elements_cod");
        Structure ni = StructureIO.read(lib.resolve("Ni.cif"));
        Structure fe = StructureIO.read(lib.resolve("Fe.cif"));
        LaueGroup group = CrystalSymmetry.laueGroup(ni);
        long t0 = System.nanoTime();
        KikuchiMasterPattern master = KikuchiMasterPattern.builder(KikuchiReflectors.of(ni, 20)).build();
        Path parentData = dataset(master, new double[] {0.5, 0.5, 0.5}, parentCount, 1, "Ni.cif");
        Path newGeometry = dataset(master, new double[] {0.5, 0.45, 0.55}, targetCount, 2, "Ni.cif");
        Path newPhase = dataset(KikuchiMasterPattern.builder(KikuchiReflectors.of(fe, 20)).build(), new double[] {0.5, 0.5, 0.5}, targetCount, 3,
                "Fe.cif");
        report("datasets_s", seconds(t0));
        NetworkConfig net = NetworkConfig.smallCnn(32);
        TrainingConfig config = new TrainingConfig(net, epochs, 32, 1e-3, 0.2, epochs, 1, null);
        t0 = System.nanoTime();
        try (OrientationModel parent = new OrientationTrainer(OrientationDataset.read(parentData), group,
                new TrainingConfig(net, parentEpochs, 32, 1e-3, 0.2, 5, 1, null)).train(ProgressListener.NONE).model()) {
            report("parent_train_s_" + parentCount + "_patterns_" + parentEpochs + "_epochs", seconds(t0));
            report("parent_validation_median_deg_own_geometry", parent.card().path("validation").path("median_disorientation_deg").asDouble());
            compare("ni_pc_0.5_0.45_0.55", parent, newGeometry, CrystalSymmetry.laueGroup(ni), config);
            compare("fe_bcc", parent, newPhase, CrystalSymmetry.laueGroup(fe), config);
        }
    }

    /** The parent as it is, fine-tuned (freeze 2 and 0) and the network trained from scratch, on one target set. */
    private static void compare(String name, OrientationModel parent, Path folder, LaueGroup group, TrainingConfig config) throws IOException {
        OrientationDataset target = OrientationDataset.read(folder);
        int[] val = new OrientationTrainer(target, group, config).validationIndices();
        report(name + "_parent_as_is_validation_median_deg", parentOnTarget(parent, folder, target, val, group));
        for (int freeze : new int[] {2, 0}) {
            long t0 = System.nanoTime();
            TrainingResult r = new FineTuning(parent, "parent", freeze, FineTuning.DEFAULT_MAX_PATTERNS).trainer(target, group, config)
                    .train(ProgressListener.NONE);
            describe(name + "_finetuned_freeze" + freeze, r, seconds(t0));
        }
        long t0 = System.nanoTime();
        describe(name + "_scratch", new OrientationTrainer(target, group, config).train(ProgressListener.NONE), seconds(t0));
    }

    private static Path dataset(KikuchiMasterPattern master, double[] pc, int count, long seed, String phase) throws IOException {
        Path folder = Files.createTempDirectory("finetunebench");
        DiffractionDataset.builder(new KikuchiPatternSource(master, 32, pc)).count(count).seed(seed).threads(2).structure(phase).build()
                .write(folder, ProgressListener.NONE);
        return folder;
    }

    private static double parentOnTarget(OrientationModel parent, Path folder, OrientationDataset target, int[] val, LaueGroup group)
            throws IOException {
        List<GrayImage> patterns = new ArrayList<>();
        try (TiffStackReader r = new TiffStackReader(folder.resolve(DiffractionDataset.PATTERNS))) {
            for (int i : val) {
                patterns.add(r.image(i));
            }
        }
        Orientation[] predicted = parent.predict(patterns);
        double[] angles = new double[val.length];
        for (int i = 0; i < val.length; i++) {
            angles[i] = Misorientation.disorientationAngle(predicted[i], target.orientation(val[i]), group);
        }
        java.util.Arrays.sort(angles);
        int k = angles.length / 2;
        return angles.length % 2 == 1 ? angles[k] : 0.5 * (angles[k - 1] + angles[k]);
    }

    private static void describe(String name, TrainingResult r, double seconds) {
        try (OrientationModel m = r.model()) {
            report(name + "_validation_median_deg", m.card().path("validation").path("median_disorientation_deg").asDouble());
            report(name + "_within_10deg", m.card().path("validation").path("within_10deg").asDouble());
            System.out.printf(Locale.ROOT, "%s_median_per_epoch,%s%n", name, r.validationMedian().stream()
                    .map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString().replace(",", ";"));
            report(name + "_train_s", seconds);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void report(String name, double value) {
        System.out.printf(Locale.ROOT, "%s,%.2f%n", name, value);
    }
}
