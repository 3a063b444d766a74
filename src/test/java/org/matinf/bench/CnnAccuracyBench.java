package org.matinf.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.matinf.core.dataset.DatasetSources;
import org.matinf.core.dataset.KikuchiPatternSource;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.Realism;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.dataset.TiffStackReader;
import org.matinf.core.deep.LearningRateSchedule;
import org.matinf.core.diffraction.ebsd.DictionaryIndexer;
import org.matinf.core.diffraction.ebsd.DictionaryMatch;
import org.matinf.core.diffraction.ebsd.EbsdDetector;
import org.matinf.core.diffraction.ebsd.KikuchiMasterPattern;
import org.matinf.core.diffraction.ebsd.KikuchiPatternSimulator;
import org.matinf.core.diffraction.ebsd.KikuchiReflectors;
import org.matinf.core.diffraction.ebsd.OrientationDictionary;
import org.matinf.core.deep.NetworkConfig;
import org.matinf.core.deep.OrientationDataset;
import org.matinf.core.deep.OrientationModel;
import org.matinf.core.deep.OrientationTrainer;
import org.matinf.core.deep.TrainingConfig;
import org.matinf.core.deep.TrainingResult;
import org.matinf.core.image.GrayImage;
import org.matinf.core.io.StructureIO;
import org.matinf.core.orientation.CrystalSymmetry;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;

/**
 * Accuracy of the orientation CNN on freshly generated, noisy, held-out Ni EBSD patterns of 64 px
 * (the goal), with PyTorch on 2 threads. Not a test. Two modes:
 * <pre>
 *   eval MODEL TEST               the disorientation statistics of a saved model on a dataset folder
 *   compare MODEL TEST [STEP]     the CNN (a model folder or bundled:NAME) beside dictionary indexing (STEP° dictionary over the m-3m
 *                                 fundamental zone, same detector; unrefined and refined) on the
 *                                 same patterns: patterns/s and disorientation statistics
 *   make-clean FOLDER N SEED      the same without realism (Generate Diffraction Dataset's defaults)
 *   make FOLDER N SEED            writes a Generate Diffraction Dataset folder of N noisy Ni patterns
 *                                 (type ebsd, size 64, default geometry and 20 kV; dose 500,
 *                                 background 0.2, blur 0.5, gain jitter 0.1)
 *   train TRAIN TEST EPOCHS WIDTHS DENSE DROPOUT RATE SCHEDULE BATCH [MODEL_OUT]
 *                                 trains (5 % of TRAIN for early stopping) and prints the seconds
 *                                 and the median, mean and within-1/2/5° disorientation on TEST
 * </pre>
 */
public final class CnnAccuracyBench {
    private CnnAccuracyBench() {
    }

    /** The realism of the noisy patterns the goal is measured on. */
    public static final Realism NOISY = Realism.builder().dose(500).background(0.2).blur(0.5).gainJitter(0.1).build();

    public static void main(String[] args) throws IOException {
        System.setProperty("ai.djl.pytorch.num_threads", "2");
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        Structure ni = StructureIO.read(Path.of("..", "shared", "data", "structures", "elements_cod", "Ni.cif"));
        if (args[0].equals("make")) {
            long t0 = System.nanoTime();
            DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(64, 20)))
                    .count(Integer.parseInt(args[2])).seed(Long.parseLong(args[3])).realism(NOISY).threads(2).structure("Ni.cif").build()
                    .write(Path.of(args[1]), ProgressListener.NONE);
            System.out.printf(Locale.ROOT, "made %s patterns in %.1f s%n", args[2], (System.nanoTime() - t0) / 1e9);
            return;
        }
        if (args[0].equals("make-clean")) {
            DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(64, 20)))
                    .count(Integer.parseInt(args[2])).seed(Long.parseLong(args[3])).threads(2).structure("Ni.cif").build()
                    .write(Path.of(args[1]), ProgressListener.NONE);
            return;
        }
        if (args[0].equals("eval")) {
            try (OrientationModel model = OrientationModel.load(Path.of(args[1]))) {
                print(errors(model, Path.of(args[2]), model.laueGroup()), 0);
            }
            return;
        }
        if (args[0].equals("compare")) {
            compare(ni, args[1], Path.of(args[2]), args.length > 3 ? Double.parseDouble(args[3]) : 3);
            return;
        }
        OrientationDataset train = OrientationDataset.read(Path.of(args[1]));
        Path test = Path.of(args[2]);
        int epochs = Integer.parseInt(args[3]);
        int[] widths = Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray();
        NetworkConfig net = widths.length == 1 && widths[0] == 18 ? new NetworkConfig(NetworkConfig.RESNET18, 64, null, 0,
                Double.parseDouble(args[6])) : new NetworkConfig(NetworkConfig.SMALL_CNN, 64, widths, Integer.parseInt(args[5]),
                Double.parseDouble(args[6]));
        TrainingConfig config = new TrainingConfig(net, epochs, Integer.parseInt(args[9]), Double.parseDouble(args[7]), 0.05, epochs, 1,
                null, LearningRateSchedule.parse(args[8]));
        LaueGroup group = CrystalSymmetry.laueGroup(ni);
        long t0 = System.nanoTime();
        TrainingResult r = new OrientationTrainer(train, group, config).train(ProgressListener.NONE,
                (e, loss, median) -> System.out.printf(Locale.ROOT, "epoch %d loss %.4f val_median %.2f t %.0f s%n", e, loss, median,
                        (System.nanoTime() - t0) / 1e9));
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (OrientationModel model = r.model()) {
            if (args.length > 10) {
                model.save(Path.of(args[10]));
            }
            print(errors(model, test, group), seconds);
        }
    }

    private static void compare(Structure ni, String modelSpec, Path test, double step) throws IOException {
        OrientationDataset truth = OrientationDataset.read(test);
        List<GrayImage> patterns = patterns(test);
        int n = patterns.size();
        try (OrientationModel model = org.matinf.core.deep.BundledModels.isBundled(modelSpec)
                ? org.matinf.core.deep.BundledModels.load(modelSpec) : OrientationModel.load(Path.of(modelSpec))) {
            model.predict(patterns.subList(0, Math.min(128, n)));
            long t0 = System.nanoTime();
            Orientation[] predicted = model.predict(patterns);
            double rate = n / ((System.nanoTime() - t0) / 1e9);
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = Misorientation.disorientationAngle(predicted[i], truth.orientation(i), model.laueGroup());
            }
            row("cnn_" + model.network().architecture(), rate, e);
        }
        KikuchiMasterPattern master = KikuchiMasterPattern.builder(KikuchiReflectors.of(ni, 20)).build();
        EbsdDetector detector = EbsdDetector.builder().size(64, 64).pc(KikuchiPatternSource.DEFAULT_PC[0], KikuchiPatternSource.DEFAULT_PC[1],
                KikuchiPatternSource.DEFAULT_PC[2]).sampleTilt(70).detectorTilt(0).build();
        KikuchiPatternSimulator sim = new KikuchiPatternSimulator(master, detector);
        long t0 = System.nanoTime();
        OrientationDictionary dictionary = OrientationDictionary.builder(sim, LaueGroup.M_BAR_3_M).step(step).build();
        System.out.printf(Locale.ROOT, "dictionary_build_s,%.1f,%s%n", (System.nanoTime() - t0) / 1e9, dictionary);
        for (boolean refine : new boolean[] {false, true}) {
            DictionaryIndexer indexer = DictionaryIndexer.builder(dictionary).refine(refine).build();
            indexer.index(patterns.subList(0, 8), null);
            long s = System.nanoTime();
            List<DictionaryMatch> matches = indexer.index(patterns, null);
            double rate = n / ((System.nanoTime() - s) / 1e9);
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = Misorientation.disorientationAngle(matches.get(i).orientation(), truth.orientation(i), LaueGroup.M_BAR_3_M);
            }
            row("dictionary_" + step + "deg" + (refine ? "_refined" : ""), rate, e);
        }
    }

    private static void row(String method, double rate, double[] errors) {
        double[] s = errors.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%s,patterns_per_s=%.1f,median=%.2f,mean=%.2f,p90=%.2f,within_1=%.3f,within_2=%.3f,within_5=%.3f%n", method,
                rate, s[s.length / 2], Arrays.stream(s).average().orElse(0), s[(int) (0.9 * s.length)], frac(s, 1), frac(s, 2), frac(s, 5));
    }

    private static List<GrayImage> patterns(Path folder) throws IOException {
        List<GrayImage> patterns = new ArrayList<>();
        try (TiffStackReader reader = new TiffStackReader(folder.resolve(DiffractionDataset.PATTERNS))) {
            for (int i = 0; i < reader.pages(); i++) {
                patterns.add(reader.image(i));
            }
        }
        return patterns;
    }

    private static void print(double[] errors, double seconds) {
        double[] s = errors.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "train_s,%.0f%ntest_patterns,%d%nmedian_deg,%.2f%nmean_deg,%.2f%nwithin_1,%.3f%nwithin_2,%.3f%n"
                + "within_5,%.3f%n", seconds, s.length, s[s.length / 2], Arrays.stream(s).average().orElse(0), frac(s, 1), frac(s, 2),
                frac(s, 5));
    }

    /** Disorientation (degrees) of the model's answer for every pattern of a dataset folder. */
    static double[] errors(OrientationModel model, Path folder, LaueGroup group) throws IOException {
        OrientationDataset truth = OrientationDataset.read(folder);
        Orientation[] predicted = model.predict(patterns(folder));
        double[] e = new double[predicted.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = Misorientation.disorientationAngle(predicted[i], truth.orientation(i), group);
        }
        return e;
    }

    private static double frac(double[] sorted, double limit) {
        return Arrays.stream(sorted).filter(a -> a <= limit).count() / (double) sorted.length;
    }
}
