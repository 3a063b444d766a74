package org.matinf.core.dimensionality;

import java.util.List;
import java.util.Locale;

/**
 * One bonded component of a crystal: a molecule (0-D), a chain (1-D), a layer (2-D) or a
 * framework (3-D).
 *
 * @param sites indices of the component's sites in the unit cell, ascending
 * @param dimensionality 0–3: the number of independent lattice translations that carry the
 *        component onto itself
 * @param orientation for a layer the Miller indices (h k l) of its plane, for a chain its
 *        direction [u v w] (coprime integers in the cell's axes); null for 0-D and 3-D
 * @param formula the reduced formula of the component's sites in the cell
 */
public record BondedComponent(List<Integer> sites, int dimensionality, int[] orientation, String formula) {
    /** Copies the lists. */
    public BondedComponent {
        sites = List.copyOf(sites);
        orientation = orientation == null ? null : orientation.clone();
    }

    @Override
    public int[] orientation() {
        return orientation == null ? null : orientation.clone();
    }

    /** The orientation as crystallographers write it: "(0 0 1)" for a layer, "[1 0 0]" for a chain, "" otherwise. */
    public String orientationText() {
        if (orientation == null) {
            return "";
        }
        String inner = orientation[0] + " " + orientation[1] + " " + orientation[2];
        return dimensionality == 2 ? "(" + inner + ")" : "[" + inner + "]";
    }

    /** A short description, e.g. "2D MoS2 (0 0 1)" or "0D I2". */
    public String describe() {
        String o = orientationText();
        return String.format(Locale.ROOT, "%dD %s%s", dimensionality, formula, o.isEmpty() ? "" : " " + o);
    }
}
