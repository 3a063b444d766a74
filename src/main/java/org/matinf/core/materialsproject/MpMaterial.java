package org.matinf.core.materialsproject;

import java.util.List;
import org.matinf.core.structure.Structure;

/**
 * One material of a search: its Materials Project id, formula and properties (NaN, 0 or empty
 * where the source did not give them) and its structure (null when the structure field was not
 * asked for).
 *
 * @param materialId e.g. "mp-149"
 * @param formula the reduced formula as the Materials Project writes it ({@code formula_pretty})
 * @param elements element symbols, sorted
 * @param sites number of sites of the structure, 0 when unknown
 * @param bandGap band gap in eV
 * @param energyAboveHull energy above the convex hull in eV/atom
 * @param formationEnergyPerAtom formation energy in eV/atom
 * @param spacegroupNumber international space-group number, 0 when unknown
 * @param spacegroupSymbol Hermann-Mauguin symbol, empty when unknown
 * @param structure the structure, titled with the material id, or null
 * @param source where the material came from
 */
public record MpMaterial(String materialId, String formula, List<String> elements, int sites, double bandGap,
        double energyAboveHull, double formationEnergyPerAtom, int spacegroupNumber, String spacegroupSymbol,
        Structure structure, MpSource source) {

    public MpMaterial {
        elements = List.copyOf(elements);
    }

    /** The same material marked as coming from another source (e.g. read back from the cache). */
    public MpMaterial from(MpSource other) {
        return new MpMaterial(materialId, formula, elements, sites, bandGap, energyAboveHull, formationEnergyPerAtom,
                spacegroupNumber, spacegroupSymbol, structure, other);
    }
}
