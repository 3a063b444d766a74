package org.matinf.core.optimize.uncertainty;

import java.util.Arrays;
import java.util.Locale;

/** How an {@link Ensemble} makes its members, whose spread is the uncertainty of a prediction. */
public enum EnsembleMethod {
    /** The same model trained on all training rows with different seeds (only randomised models differ). */
    ENSEMBLE,
    /** The model trained on bootstrap resamples (rows drawn with replacement) of the training rows. */
    BOOTSTRAP,
    /** One random forest; its trees are the members. */
    TREES;

    /** The name used in macros: "ensemble", "bootstrap", "trees". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The method of a name, ignoring case.
     *
     * @throws IllegalArgumentException naming the known methods
     */
    public static EnsembleMethod of(String name) {
        String n = name == null ? "" : name.strip();
        return Arrays.stream(values()).filter(m -> m.label().equalsIgnoreCase(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown uncertainty method '" + name
                        + "'; known: ensemble, bootstrap, trees"));
    }
}
