package org.matinf.core.diffraction.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns measured ring radii to a structure's Debye rings: each measured ring (radius r pixels,
 * g = r × pixel size, d = 1/g) takes the calculated ring of nearest d, if it lies within the
 * tolerance (relative error of d in %); else it stays unindexed.
 */
public final class RingIndexer {
    private RingIndexer() {
    }

    /**
     * The assignment table, one row per radius in order of radius.
     *
     * @param radii measured ring radii in pixels
     * @param pixelSize reciprocal pixel size in 1/nm
     * @param rings the structure's rings ({@link DebyeRings})
     * @param tolerancePercent largest |d error| in % for an assignment
     * @throws IllegalArgumentException if there are no radii, or the pixel size or tolerance is not positive
     */
    public static List<RingAssignment> index(double[] radii, double pixelSize, List<DebyeRing> rings,
            double tolerancePercent) {
        if (radii.length == 0) {
            throw new IllegalArgumentException("no rings found in the radial profile to index");
        }
        PatternChecks.positive(pixelSize, "the reciprocal pixel size (1/nm)");
        PatternChecks.positive(tolerancePercent, "the tolerance (%)");
        double[] sorted = radii.clone();
        java.util.Arrays.sort(sorted);
        List<RingAssignment> out = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            double g = sorted[i] * pixelSize;
            double d = 10.0 / g;
            DebyeRing best = nearest(rings, g);
            double error = best == null ? Double.NaN : 100 * (d - best.d()) / best.d();
            boolean ok = best != null && Math.abs(error) <= tolerancePercent;
            out.add(new RingAssignment(i + 1, sorted[i], g, d, ok ? best : null, ok ? error : Double.NaN));
        }
        return out;
    }

    /** The ring of g closest to g on a relative scale, or null for an empty list. */
    static DebyeRing nearest(List<DebyeRing> rings, double g) {
        DebyeRing best = null;
        double bestError = Double.POSITIVE_INFINITY;
        for (DebyeRing r : rings) {
            double e = Math.abs(Math.log(g / r.g()));
            if (e < bestError) {
                bestError = e;
                best = r;
            }
        }
        return best;
    }
}
