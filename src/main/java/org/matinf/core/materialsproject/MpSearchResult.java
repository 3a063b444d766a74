package org.matinf.core.materialsproject;

import java.util.List;

/**
 * The materials a search returned, where they came from, how many matched in all (−1 when the source
 * did not say) and notes for the user (a damaged cache file ignored, a fallback taken).
 */
public record MpSearchResult(List<MpMaterial> materials, MpSource source, long matching, List<String> notes) {
    public MpSearchResult {
        materials = List.copyOf(materials);
        notes = List.copyOf(notes);
    }
}
