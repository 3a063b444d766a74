package org.matinf.core.deep;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The sequence of blocks of an orientation network, whose leading blocks can be frozen for
 * fine-tuning: their parameters get no gradient and are not updated, and they always run as in
 * inference, so their batch-normalisation statistics stay as learnt too. Saves and loads exactly
 * like a {@link ai.djl.nn.SequentialBlock}.
 */
final class StagedNetwork extends ai.djl.nn.SequentialBlock {
    private int frozen;

    /** Freezes the first {@code blocks} blocks of the sequence (their parameters and statistics). */
    void freezeLeading(int blocks) {
        int i = 0;
        for (Block b : getChildren().values()) {
            if (i++ < blocks) {
                b.freezeParameters(true);
            }
        }
        frozen = blocks;
    }

    /** Number of leading blocks frozen. */
    int frozenBlocks() {
        return frozen;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList current = inputs;
        int i = 0;
        for (Block b : getChildren().values()) {
            current = b.forward(parameterStore, current, training && i >= frozen, params);
            i++;
        }
        return current;
    }
}
