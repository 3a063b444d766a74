package org.matinf.core.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How cross-validation folds are drawn (macro option {@code split=}). */
public enum SplitMethod {
    /** Shuffled k-fold, as scikit-learn's KFold(shuffle=True, random_state=seed). */
    KFOLD,
    /** k-fold by reduced formula: rows of one composition never straddle training and test. */
    GROUP,
    /** k-fold keeping each class's share in every fold (classification). */
    STRATIFIED;

    /** The k folds of the data. */
    public List<Split> folds(LearningData d, int k, long seed) {
        return switch (this) {
            case KFOLD -> Splits.kFold(d.size(), k, seed);
            case GROUP -> Splits.groupKFold(d.reducedFormulas(), k, seed);
            case STRATIFIED -> {
                if (d.task() != Task.CLASSIFICATION) {
                    throw new IllegalArgumentException("split=stratified is for classification; use kfold or group");
                }
                yield Splits.stratifiedKFold(d.labels(), k, seed);
            }
        };
    }

    /** Parses kfold, group or stratified. */
    public static SplitMethod of(String name) {
        for (SplitMethod m : values()) {
            if (m.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("split must be one of " + Arrays.stream(values())
                .map(m -> m.name().toLowerCase(Locale.ROOT)).toList() + ", got '" + name + "'");
    }
}
