package org.matinf.core.diffraction.ebsd;

import org.matinf.core.orientation.Orientation;

/**
 * The result of indexing one EBSD pattern against an {@link OrientationDictionary}.
 *
 * @param orientation the final orientation: the refined one, or the best dictionary orientation if not refined
 * @param score its normalised cross-correlation with the pattern (−1 to 1): at full resolution after
 *        refinement, else the binned dictionary score
 * @param uncertainty an angular error estimate in degrees (see {@link DictionaryIndexer})
 * @param dictionaryIndex index of the best dictionary orientation
 * @param dictionaryScore its normalised cross-correlation with the binned pattern
 * @param refined whether the orientation was refined
 */
public record DictionaryMatch(Orientation orientation, double score, double uncertainty, int dictionaryIndex,
        double dictionaryScore, boolean refined) {
}
