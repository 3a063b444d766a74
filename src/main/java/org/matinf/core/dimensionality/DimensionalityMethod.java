package org.matinf.core.dimensionality;

import java.util.List;
import java.util.Locale;
import org.matinf.core.environment.NeighborStrategy;
import org.matinf.core.structure.Structure;

/** The ways MatInf finds the dimensionality of a structure, by name as commands take them. */
public enum DimensionalityMethod {
    /** Larsen et al.'s bonded components, with bonds from a neighbour strategy. */
    LARSEN("Larsen"),
    /** Cheon et al.'s supercell cluster growth, with Jmol radii (bond strategy ignored). */
    CHEON("Cheon");

    private final String label;

    DimensionalityMethod(String label) {
        this.label = label;
    }

    /** The name users give ("Larsen", "Cheon"). */
    public String label() {
        return label;
    }

    /** The method of a name (case-insensitive). */
    public static DimensionalityMethod parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (DimensionalityMethod m : values()) {
            if (m.label.toLowerCase(Locale.ROOT).equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown dimensionality method '" + name + "': use Larsen or Cheon");
    }

    /**
     * The dimensionality of a structure.
     *
     * @param bonds the neighbour strategy deciding the bonds (Larsen only)
     * @throws IllegalArgumentException for a structure without sites, a molecule given to Cheon's
     *         method, or an element missing from a radius table
     */
    public DimensionalityResult analyse(Structure s, NeighborStrategy bonds) {
        if (s.numSites() == 0) {
            throw new IllegalArgumentException("the structure has no sites");
        }
        if (this == CHEON) {
            Cheon.Classification c = Cheon.DEFAULT.classify(s);
            return new DimensionalityResult(label, Cheon.DEFAULT.radii().name() + " radii", s.reducedFormula(),
                    c.dimensionality(), c.label(), List.of());
        }
        List<BondedComponent> comps = Larsen.components(BondGraph.of(s, bonds));
        int d = comps.stream().mapToInt(BondedComponent::dimensionality).max().orElse(-1);
        return new DimensionalityResult(label, bonds.name(), s.reducedFormula(), d, d + "D", comps);
    }
}
