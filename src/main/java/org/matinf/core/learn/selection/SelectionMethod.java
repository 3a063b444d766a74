package org.matinf.core.learn.selection;

import java.util.Arrays;
import java.util.Locale;

/** The feature selection methods, by their macro names. */
public enum SelectionMethod {
    /** {@link VarianceThreshold}. */
    VARIANCE(false),
    /** {@link CorrelationFilter}. */
    CORRELATION(false),
    /** {@link LassoSelection}. */
    LASSO(true),
    /** {@link ForestImportance}. */
    RANDOM_FOREST(true),
    /** {@link PermutationImportance} of a random forest on held-out rows. */
    PERMUTATION(true);

    private final boolean supervised;

    SelectionMethod(boolean supervised) {
        this.supervised = supervised;
    }

    /** Whether the method needs a target. */
    public boolean supervised() {
        return supervised;
    }

    /** The macro name: variance, correlation, lasso, random_forest, permutation. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a macro name (random-forest and randomforest also accepted). */
    public static SelectionMethod of(String name) {
        String s = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (SelectionMethod m : values()) {
            if (m.key().equals(s) || m.key().replace("_", "").equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("method must be one of " + Arrays.stream(values()).map(SelectionMethod::key).toList()
                + ", got '" + name + "'");
    }
}
