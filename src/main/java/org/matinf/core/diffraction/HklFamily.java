package org.matinf.core.diffraction;

/**
 * A family of reflections that fall at the same 2θ: a representative (h k l) and how many
 * reflections (h k l) of the family were merged.
 */
public final class HklFamily {
    private final int h;
    private final int k;
    private final int l;
    private final int multiplicity;

    public HklFamily(int h, int k, int l, int multiplicity) {
        this.h = h;
        this.k = k;
        this.l = l;
        this.multiplicity = multiplicity;
    }

    public int h() { return h; }
    public int k() { return k; }
    public int l() { return l; }
    public int multiplicity() { return multiplicity; }

    /** "h k l", e.g. "1 1 1" or "-1 0 2". */
    public String label() {
        return h + " " + k + " " + l;
    }

    @Override
    public String toString() {
        return "(" + label() + ")x" + multiplicity;
    }
}
