package org.matinf.core.dimensionality;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dimensionality of one structure by one method.
 *
 * @param method "Larsen" or "Cheon"
 * @param bonds what decided the bonds: the neighbour strategy's name for Larsen, "Jmol radii" for Cheon
 * @param formula the structure's reduced formula
 * @param dimensionality 0–3, or −1 when Cheon's method gives no number ("intercalated ion", ...)
 * @param label "0D" … "3D", or Cheon's "intercalated ion", "intercalated molecule", "undetermined"
 * @param components Larsen's bonded components (empty for Cheon)
 */
public record DimensionalityResult(String method, String bonds, String formula, int dimensionality, String label,
        List<BondedComponent> components) {
    /** Copies the list. */
    public DimensionalityResult {
        components = List.copyOf(components);
    }

    /** The distinct orientations of the components of the highest dimensionality, e.g. "(0 0 1)"; "" if none. */
    public String orientation() {
        Set<String> out = new LinkedHashSet<>();
        for (BondedComponent c : components) {
            if (c.dimensionality() == dimensionality && !c.orientationText().isEmpty()) {
                out.add(c.orientationText());
            }
        }
        return String.join(" ", out);
    }

    /** The components described one by one, e.g. "2D MoS2 (0 0 1); 2D MoS2 (0 0 1)"; the label for Cheon. */
    public String summary() {
        return components.isEmpty() ? label
                : components.stream().map(BondedComponent::describe).collect(Collectors.joining("; "));
    }
}
