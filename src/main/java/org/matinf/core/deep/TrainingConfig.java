package org.matinf.core.deep;

import org.matinf.core.dataset.Realism;

/**
 * How to train an orientation network.
 *
 * @param network the architecture
 * @param epochs most passes over the training patterns
 * @param batchSize patterns per mini-batch
 * @param learningRate Adam's step size
 * @param validationFraction share of the patterns held out for validation (chosen by the seed), 0 &lt; f &lt; 1
 * @param patience epochs without a better validation median disorientation before training stops
 * @param seed seeds the split, the shuffling, the augmentation and PyTorch (initial weights, dropout)
 * @param augmentation realism applied afresh to every training pattern in every epoch (noise, blur,
 *     intensity; {@link Realism#NONE} for none)
 * @param schedule how the learning rate changes over the planned steps (epochs × batches)
 */
public record TrainingConfig(NetworkConfig network, int epochs, int batchSize, double learningRate, double validationFraction,
        int patience, long seed, Realism augmentation, LearningRateSchedule schedule) {

    /** A configuration with a constant learning rate. */
    public TrainingConfig(NetworkConfig network, int epochs, int batchSize, double learningRate, double validationFraction,
            int patience, long seed, Realism augmentation) {
        this(network, epochs, batchSize, learningRate, validationFraction, patience, seed, augmentation, LearningRateSchedule.CONSTANT);
    }

    /** @throws IllegalArgumentException for out-of-range numbers */
    public TrainingConfig {
        if (network == null) {
            throw new IllegalArgumentException("no network given");
        }
        if (epochs < 1 || batchSize < 1 || patience < 1) {
            throw new IllegalArgumentException("epochs, batch size and patience must be at least 1, got " + epochs + ", " + batchSize
                    + ", " + patience);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be between 0 and 1, got " + validationFraction);
        }
        augmentation = augmentation == null ? Realism.NONE : augmentation;
        schedule = schedule == null ? LearningRateSchedule.CONSTANT : schedule;
    }

    /** 30 epochs, batch 32, learning rate 1e-3 (constant), 20 % validation, patience 5, seed 1, no augmentation. */
    public static TrainingConfig defaults(NetworkConfig network) {
        return new TrainingConfig(network, 30, 32, 1e-3, 0.2, 5, 1, Realism.NONE);
    }

    public TrainingConfig withEpochs(int n) {
        return new TrainingConfig(network, n, batchSize, learningRate, validationFraction, patience, seed, augmentation, schedule);
    }

    public TrainingConfig withBatchSize(int n) {
        return new TrainingConfig(network, epochs, n, learningRate, validationFraction, patience, seed, augmentation, schedule);
    }

    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(network, epochs, batchSize, learningRate, validationFraction, patience, s, augmentation, schedule);
    }

    public TrainingConfig withAugmentation(Realism r) {
        return new TrainingConfig(network, epochs, batchSize, learningRate, validationFraction, patience, seed, r, schedule);
    }

    public TrainingConfig withSchedule(LearningRateSchedule s) {
        return new TrainingConfig(network, epochs, batchSize, learningRate, validationFraction, patience, seed, augmentation, s);
    }

    public TrainingConfig withLearningRate(double rate) {
        return new TrainingConfig(network, epochs, batchSize, rate, validationFraction, patience, seed, augmentation, schedule);
    }

    public TrainingConfig withPatience(int n) {
        return new TrainingConfig(network, epochs, batchSize, learningRate, validationFraction, n, seed, augmentation, schedule);
    }
}
