package org.matinf.core.dataset;

/**
 * A small random change of the detector geometry for one pattern: the pattern-centre offsets that
 * make simulated EBSD patterns look like ones from slightly different points of a real scan.
 * Offsets are fractions of the pattern width, added to the simulator's pattern centre (x to the
 * right, y up the detector, z the detector distance in widths, as EMsoft's and Bruker's PC). Sources
 * without a pattern centre (TEM spot patterns) ignore them.
 *
 * @param dx offset of the pattern centre's x, in pattern widths
 * @param dy offset of the pattern centre's y, in pattern widths
 * @param dz offset of the detector distance, in pattern widths
 */
public record PatternJitter(double dx, double dy, double dz) {
    /** No change of the geometry. */
    public static final PatternJitter NONE = new PatternJitter(0, 0, 0);

    /** @throws IllegalArgumentException for a non-finite offset */
    public PatternJitter {
        if (!Double.isFinite(dx) || !Double.isFinite(dy) || !Double.isFinite(dz)) {
            throw new IllegalArgumentException("pattern-centre offsets must be finite, got (" + dx + ", " + dy + ", " + dz + ")");
        }
    }

    /** True when all offsets are zero. */
    public boolean isNone() {
        return dx == 0 && dy == 0 && dz == 0;
    }
}
