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
 */
public record TrainingConfig(NetworkConfig network, int epochs, int batchSize, double learningRate, double validationFraction,
        int patience, long seed, Realism augmentation) {

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
    }

    /** 30 epochs, batch 32, learning rate 1e-3, 20 % validation, patience 5, seed 1, no augmentation. */
    public static TrainingConfig defaults(NetworkConfig network) {
        return new TrainingConfig(network, 30, 32, 1e-3, 0.2, 5, 1, Realism.NONE);
    }

    public TrainingConfig withEpochs(int n) {
        return new TrainingConfig(network, n, batchSize, learningRate, validationFraction, patience, seed, augmentation);
    }

    public TrainingConfig withBatchSize(int n) {
        return new TrainingConfig(network, epochs, n, learningRate, validationFraction, patience, seed, augmentation);
    }

    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(network, epochs, batchSize, learningRate, validationFraction, patience, s, augmentation);
    }

    public TrainingConfig withAugmentation(Realism r) {
        return new TrainingConfig(network, epochs, batchSize, learningRate, validationFraction, patience, seed, r);
    }
}
