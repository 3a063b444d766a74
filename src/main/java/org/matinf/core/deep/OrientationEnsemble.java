package org.matinf.core.deep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.ProgressListener;

/**
 * Orientations with an uncertainty from test-time ensembling: each pattern is predicted as given
 * (the reported orientation, reduced to the fundamental zone of the model's Laue group) and as
 * {@code samples} copies with small random changes ({@link PatternPerturbation}: shift up to one
 * pixel, gamma within 1 ± 0.1, noise of 3 % of the range). The uncertainty is the median of the
 * disorientation angles (with the Laue group) between the copies' predictions and the reported
 * orientation, in degrees: a network that is sure of a pattern gives nearly the same answer for
 * the copies. The copies of pattern i are drawn from a generator seeded by {@code seed} and i,
 * so results do not depend on how the patterns are batched.
 */
public final class OrientationEnsemble {
    /** The default number of perturbed copies per pattern. */
    public static final int DEFAULT_SAMPLES = 8;
    /** The default seed of the perturbations. */
    public static final long DEFAULT_SEED = 1;
    /** Patterns predicted together (each with its copies). */
    private static final int CHUNK = 64;

    private final OrientationModel model;
    private final int samples;
    private final long seed;

    /**
     * @param samples perturbed copies per pattern, 0 for none (uncertainty NaN)
     * @throws IllegalArgumentException if samples is negative
     */
    public OrientationEnsemble(OrientationModel model, int samples, long seed) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be 0 (no uncertainty) or more, got " + samples);
        }
        this.model = model;
        this.samples = samples;
        this.seed = seed;
    }

    /**
     * The estimates of patterns of the model's input size, in order.
     *
     * @throws IllegalArgumentException naming the first pattern of another size
     * @throws org.matinf.core.progress.CancelledException if the listener says so
     */
    public List<OrientationEstimate> estimate(List<GrayImage> patterns, ProgressListener progress) {
        LaueGroup group = model.laueGroup();
        List<OrientationEstimate> out = new ArrayList<>(patterns.size());
        for (int start = 0; start < patterns.size(); start += CHUNK) {
            List<GrayImage> chunk = patterns.subList(start, Math.min(patterns.size(), start + CHUNK));
            checkSizes(chunk, start);
            List<GrayImage> inputs = new ArrayList<>(chunk.size() * (samples + 1));
            inputs.addAll(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + start + i);
                for (int k = 0; k < samples; k++) {
                    inputs.add(PatternPerturbation.apply(chunk.get(i), rng));
                }
            }
            Orientation[] predicted = model.predict(inputs);
            for (int i = 0; i < chunk.size(); i++) {
                Orientation central = predicted[i];
                double[] angles = new double[samples];
                for (int k = 0; k < samples; k++) {
                    angles[k] = Misorientation.disorientationAngle(predicted[chunk.size() + i * samples + k], central, group);
                }
                out.add(new OrientationEstimate(group.toFundamentalZone(central),
                        samples == 0 ? Double.NaN : OrientationTrainer.median(angles)));
            }
            progress.progress(start + chunk.size(), patterns.size(), "Estimating orientations: " + (start + chunk.size()) + "/"
                    + patterns.size());
            progress.checkCancelled();
        }
        return out;
    }

    /** Refuses patterns of another size than the model's; the first of {@code chunk} is pattern {@code offset} + 1. */
    private void checkSizes(List<GrayImage> chunk, int offset) {
        for (int i = 0; i < chunk.size(); i++) {
            PatternInput.checkSize(chunk.get(i), offset + i + 1, model.inputSize());
        }
    }
}
