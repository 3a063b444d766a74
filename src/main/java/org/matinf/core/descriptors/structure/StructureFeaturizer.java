package org.matinf.core.descriptors.structure;

import java.util.List;
import org.matinf.core.structure.Structure;

/**
 * Turns a crystal structure into a fixed-length vector of numbers (a descriptor), with one label
 * per number. Featurisers are immutable and may be used from several threads. A number that is
 * undefined for a structure (e.g. a packing fraction of a disordered structure) is NaN.
 *
 * <p>New kinds of structure features (e.g. coordination-based local-environment features) implement
 * this interface and are registered under a preset name in {@link StructureFeaturizers}.
 */
public interface StructureFeaturizer {

    /** The names of the features, in the order {@link #featurize} returns them. */
    List<String> labels();

    /** The features of one structure; {@code labels().size()} numbers. */
    double[] featurize(Structure structure);
}
