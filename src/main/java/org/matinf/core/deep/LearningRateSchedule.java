package org.matinf.core.deep;

import ai.djl.training.tracker.CosineTracker;
import ai.djl.training.tracker.Tracker;
import java.util.Locale;

/** How the optimiser's step size changes during training. */
public enum LearningRateSchedule {
    /** The configured learning rate throughout. */
    CONSTANT,
    /**
     * Cosine annealing (Loshchilov and Hutter 2017) from the configured rate at the first step to
     * 1 % of it at the last planned step (epochs × batches per epoch), without restarts.
     */
    COSINE;

    /** Share of the base rate reached at the end of a cosine schedule. */
    public static final double COSINE_FINAL_FRACTION = 0.01;

    /** The DJL tracker for a base rate over {@code steps} optimiser steps. */
    Tracker tracker(double rate, long steps) {
        if (this == CONSTANT) {
            return Tracker.fixed((float) rate);
        }
        return CosineTracker.builder().setBaseValue((float) rate).optFinalValue((float) (rate * COSINE_FINAL_FRACTION))
                .setMaxUpdates((int) Math.min(Integer.MAX_VALUE, Math.max(1, steps))).build();
    }

    /** The macro name: "constant" or "cosine". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The schedule named by a macro value.
     *
     * @throws IllegalArgumentException for another name
     */
    public static LearningRateSchedule parse(String name) {
        for (LearningRateSchedule s : values()) {
            if (s.label().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("learning-rate schedule must be constant or cosine, got '" + name + "'");
    }
}
