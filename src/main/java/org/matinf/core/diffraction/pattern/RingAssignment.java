package org.matinf.core.diffraction.pattern;

import java.util.Locale;

/**
 * A measured ring and the Debye ring of a structure it is assigned to (or none).
 *
 * @param ring 1-based number of the ring in order of radius
 * @param radius measured radius in pixels
 * @param g measured g = 1/d in 1/nm
 * @param d measured spacing in Å
 * @param match the structure's ring within the tolerance, or null when there is none
 * @param errorPercent (d measured − d calculated) / d calculated × 100, NaN when unassigned
 */
public record RingAssignment(int ring, double radius, double g, double d, DebyeRing match, double errorPercent) {

    /** True when the ring is assigned to a structure's ring. */
    public boolean isIndexed() {
        return match != null;
    }

    /** The assigned ring's label ("111", "511/333"), or "" when unassigned. */
    public String hkl() {
        return match == null ? "" : match.label();
    }

    /** The assigned ring's calculated spacing in Å, NaN when unassigned. */
    public double dCalculated() {
        return match == null ? Double.NaN : match.d();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RingAssignment(%d, r=%.3f px, d=%.5f Å, %s, error %.3f %%)", ring, radius, d,
                match == null ? "unindexed" : hkl(), errorPercent);
    }
}
