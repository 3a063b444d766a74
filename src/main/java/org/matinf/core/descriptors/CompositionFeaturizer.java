package org.matinf.core.descriptors;

import java.util.List;

/** Turns element amounts into a fixed list of named numbers (one descriptor family). */
public interface CompositionFeaturizer {

    /** Column names, in the order {@link #featurize} writes them. */
    List<String> labels();

    /**
     * Writes {@code labels().size()} numbers into {@code out} from {@code offset}.
     *
     * @throws IllegalArgumentException when the composition cannot be described (the message says why)
     */
    void featurize(ElementAmounts composition, double[] out, int offset);
}
