package org.matinf.core.deep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.matinf.core.dataset.RealismApplier;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.ProgressListener;

/**
 * Trains an orientation network on a dataset ({@link OrientationDataset}): the patterns are split
 * into training and validation by the seed; every epoch the training patterns are shuffled, given
 * fresh augmentation (the configured {@link org.matinf.core.dataset.Realism}, drawn per pattern and
 * epoch), standardised and fed in mini-batches to Adam on the {@link SymmetricOrientationLoss}.
 * After each epoch the median disorientation angle on the validation patterns (with the Laue
 * group) decides early stopping; the model keeps the weights of its best epoch.
 *
 * <p>The same seed, dataset and settings give the same weights on the same machine (PyTorch is
 * seeded; CPU kernels are deterministic for these layers).
 */
public final class OrientationTrainer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OrientationDataset data;
    private final LaueGroup group;
    private final TrainingConfig config;
    private final int[] training;
    private final int[] validation;
    private final FineTuning start;

    /**
     * @throws IllegalArgumentException if the dataset's pattern size is not the network's input size,
     *     or the split leaves no training or no validation pattern
     */
    public OrientationTrainer(OrientationDataset data, LaueGroup group, TrainingConfig config) {
        this(data, group, config, null);
    }

    /** A trainer that starts from the weights of {@code start}'s parent model (null: from random weights). */
    OrientationTrainer(OrientationDataset data, LaueGroup group, TrainingConfig config, FineTuning start) {
        if (data.size() != config.network().inputSize()) {
            throw new IllegalArgumentException("the dataset's patterns are " + data.size() + " x " + data.size()
                    + " pixels but the network takes " + config.network().inputSize());
        }
        this.data = data;
        this.group = group;
        this.config = config;
        this.start = start;
        int[] order = shuffled(data.count(), new SplittableRandom(config.seed()));
        int nVal = (int) Math.round(config.validationFraction() * data.count());
        if (nVal < 1 || nVal >= data.count()) {
            throw new IllegalArgumentException("a validation fraction of " + config.validationFraction() + " of " + data.count()
                    + " patterns leaves no " + (nVal < 1 ? "validation" : "training") + " pattern");
        }
        this.validation = Arrays.copyOfRange(order, 0, nVal);
        this.training = Arrays.copyOfRange(order, nVal, order.length);
    }

    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** Indices (0-based) of the validation patterns. */
    public int[] validationIndices() {
        return validation.clone();
    }

    /**
     * Trains and returns the model with its best epoch's weights and a filled model card.
     *
     * @throws org.matinf.core.progress.CancelledException if the listener says so (the model is closed)
     */
    public TrainingResult train(ProgressListener progress) {
        return train(progress, (epoch, loss, median) -> { });
    }

    /** Told after every epoch: for live plots of the training. */
    @FunctionalInterface
    public interface EpochListener {
        /**
         * @param epoch 1-based epoch just finished
         * @param trainingLoss its mean training loss
         * @param validationMedian median disorientation angle (degrees) on the validation patterns after it
         */
        void epochDone(int epoch, double trainingLoss, double validationMedian);
    }

    /**
     * As {@link #train(ProgressListener)}, telling {@code epochs} after every epoch.
     *
     * @throws org.matinf.core.progress.CancelledException if the listener says so (the model is closed)
     */
    public TrainingResult train(ProgressListener progress, EpochListener epochs) {
        DeepEngine.seed(config.seed());
        OrientationModel model = OrientationModel.create(config.network(), group, card());
        boolean ok = false;
        try {
            if (start != null) {
                start.prepare(model, data);
            }
            TrainingResult result = train(model, progress, epochs);
            ok = true;
            return result;
        } finally {
            if (!ok) {
                model.close();
            }
        }
    }

    private TrainingResult train(OrientationModel model, ProgressListener progress, EpochListener epochs) {
        int batches = (training.length + config.batchSize() - 1) / config.batchSize();
        long steps = (long) batches * config.epochs();
        try (Trainer trainer = model.djlModel().newTrainer(new DefaultTrainingConfig(new SymmetricOrientationLoss(group))
                .optOptimizer(Adam.builder().optLearningRateTracker(config.schedule().tracker(config.learningRate(), steps)).build()))) {
            int n = data.size();
            trainer.initialize(new Shape(1, 1, n, n));
            float[] valPixels = standardised(validation);
            RealismApplier applier = new RealismApplier(config.augmentation());
            SplittableRandom rng = new SplittableRandom(config.seed() ^ 0x5DEECE66DL);
            List<Double> losses = new ArrayList<>();
            List<Double> medians = new ArrayList<>();
            double best = Double.POSITIVE_INFINITY;
            byte[] bestWeights = null;
            int bestEpoch = 0;
            int epoch = 0;
            while (epoch < config.epochs() && epoch - bestEpoch < config.patience()) {
                int[] order = shuffled(training.length, rng.split());
                double sum = 0;
                for (int b = 0; b < batches; b++) {
                    int from = b * config.batchSize();
                    int to = Math.min(training.length, from + config.batchSize());
                    sum += step(trainer, order, from, to, applier, rng) * (to - from);
                    progress.progress((long) epoch * batches + b + 1, steps, String.format(Locale.ROOT,
                            "Training %s: epoch %d/%d, batch %d/%d", config.network().architecture(), epoch + 1, config.epochs(), b + 1, batches));
                    progress.checkCancelled();
                }
                epoch++;
                losses.add(sum / training.length);
                double median = median(disorientations(model, valPixels));
                medians.add(median);
                epochs.epochDone(epoch, losses.get(epoch - 1), median);
                if (median < best) {
                    best = median;
                    bestEpoch = epoch;
                    bestWeights = weights(model);
                }
            }
            restore(model, bestWeights);
            double[] angles = disorientations(model, valPixels);
            describeResult(model.mutableCard(), losses, medians, bestEpoch, epoch, angles);
            return new TrainingResult(model, List.copyOf(losses), List.copyOf(medians), bestEpoch, epoch < config.epochs());
        }
    }

    /** One Adam step on patterns order[from..to) of the training set; returns the batch's mean loss. */
    private double step(Trainer trainer, int[] order, int from, int to, RealismApplier applier, SplittableRandom rng) {
        int n = data.size();
        int b = to - from;
        float[] x = new float[b * n * n];
        float[] y = new float[b * 9];
        boolean augment = !config.augmentation().equals(org.matinf.core.dataset.Realism.NONE);
        for (int i = 0; i < b; i++) {
            int index = training[order[from + i]];
            float[] p = data.pattern(index);
            if (augment) {
                SplittableRandom r = rng.split();
                p = applier.apply(new GrayImage(n, n, p.clone(), ImageCalibration.NONE), applier.draw(r)).pixels();
            }
            System.arraycopy(PatternInput.standardise(p, n), 0, x, i * n * n, n * n);
            System.arraycopy(SixDRotation.rowMajor(data.orientation(index)), 0, y, 9 * i, 9);
        }
        try (NDManager m = trainer.getManager().newSubManager()) {
            NDArray input = m.create(x, new Shape(b, 1, n, n));
            NDArray labels = m.create(y, new Shape(b, 3, 3));
            double loss;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray out = trainer.forward(new NDList(input)).singletonOrThrow();
                NDArray l = trainer.getLoss().evaluate(new NDList(labels), new NDList(out));
                gc.backward(l);
                loss = l.getFloat();
            }
            trainer.step();
            return loss;
        }
    }

    private float[] standardised(int[] indices) {
        int n = data.size();
        float[] out = new float[indices.length * n * n];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(PatternInput.standardise(data.pattern(indices[i]), n), 0, out, i * n * n, n * n);
        }
        return out;
    }

    private double[] disorientations(OrientationModel model, float[] valPixels) {
        Orientation[] predicted = model.predictStandardised(valPixels, validation.length);
        double[] angles = new double[predicted.length];
        for (int i = 0; i < angles.length; i++) {
            angles[i] = Misorientation.disorientationAngle(predicted[i], data.orientation(validation[i]), group);
        }
        return angles;
    }

    /** The median of the values. */
    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int k = s.length / 2;
        return s.length % 2 == 1 ? s[k] : 0.5 * (s[k - 1] + s[k]);
    }

    static byte[] weights(OrientationModel model) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                model.block().saveParameters(out);
            }
            return bytes.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void restore(OrientationModel model, byte[] weights) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            model.block().loadParameters(model.djlModel().getNDManager(), in);
        } catch (IOException | ai.djl.MalformedModelException ex) {
            throw new IllegalStateException("cannot restore the best epoch's weights", ex);
        }
    }

    /** The card entries known before training: phase, dataset, training settings. */
    private ObjectNode card() {
        ObjectNode c = JSON.createObjectNode();
        ObjectNode d = data.description();
        c.put("phase", d.path("structure").asText(""));
        ObjectNode ds = c.putObject("dataset");
        ds.put("folder", data.folder().getFileName() == null ? "" : data.folder().getFileName().toString());
        for (String key : new String[] {"format", "matinf_version", "structure", "type", "n", "size", "seed", "bits", "scaling",
            "sampling", "simulation", "realism"}) {
            if (d.has(key)) {
                ds.set(key, d.get(key));
            }
        }
        ObjectNode t = c.putObject("training");
        t.put("optimizer", "Adam");
        t.put("loss", "min over the Laue group of ||R - S.g|| (Frobenius; chordal distance 2 sqrt(2) sin(w/2))");
        t.put("epochs", config.epochs());
        t.put("batch_size", config.batchSize());
        t.put("learning_rate", config.learningRate());
        t.put("learning_rate_schedule", config.schedule().label());
        t.put("validation_fraction", config.validationFraction());
        t.put("patience", config.patience());
        t.put("seed", config.seed());
        t.set("augmentation", JSON.valueToTree(config.augmentation().asMap()));
        t.put("training_patterns", training.length);
        t.put("validation_patterns", validation.length);
        return c;
    }

    private static void describeResult(ObjectNode card, List<Double> losses, List<Double> medians, int bestEpoch, int epochs,
            double[] angles) {
        ObjectNode t = (ObjectNode) card.get("training");
        t.put("epochs_run", epochs);
        t.put("best_epoch", bestEpoch);
        t.set("training_loss", JSON.valueToTree(losses));
        t.set("validation_median_deg", JSON.valueToTree(medians));
        ObjectNode v = card.putObject("validation");
        v.put("patterns", angles.length);
        v.put("median_disorientation_deg", median(angles));
        v.put("mean_disorientation_deg", Arrays.stream(angles).average().orElse(Double.NaN));
        v.put("within_5deg", Arrays.stream(angles).filter(a -> a <= 5).count() / (double) angles.length);
        v.put("within_10deg", Arrays.stream(angles).filter(a -> a <= 10).count() / (double) angles.length);
    }
}
