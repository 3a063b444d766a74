package org.matinf.core.optimize.bo;

import java.util.Locale;

/** How a batch of several proposals is chosen before any of them is measured. */
public enum BatchMethod {
    /**
     * Kriging believer: after each choice the model is told that the candidate gave its predicted
     * mean (same hyperparameters), which shrinks the uncertainty around it; the next choice goes elsewhere.
     */
    BELIEVER,
    /**
     * Local penalisation (González et al., 2016): the acquisition is multiplied, around each chosen
     * candidate, by the probability that the candidate's ball of radius (M − μ)/L (L a Lipschitz
     * constant of the mean, M the best value) does not contain the maximum.
     */
    PENALIZATION;

    /** {@code believer} / {@code kriging_believer} or {@code penalization} / {@code local_penalization}. */
    public static BatchMethod parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("-", "_");
        return switch (s) {
            case "believer", "kriging_believer", "kb" -> BELIEVER;
            case "penalization", "penalisation", "local_penalization", "local_penalisation", "lp" -> PENALIZATION;
            default -> throw new IllegalArgumentException("unknown batch method '" + text + "': use believer or penalization");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
