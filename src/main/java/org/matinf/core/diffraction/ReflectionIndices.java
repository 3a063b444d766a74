package org.matinf.core.diffraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.matinf.core.structure.Lattice;
import org.matinf.core.symmetry.SymmetryOperation;

/** Miller-index bookkeeping shared by the preferred-orientation and strain helpers. */
final class ReflectionIndices {
    /** Relative d-spacing difference above which a family is taken as indexed in another cell. */
    private static final double D_TOLERANCE = 1e-5;

    private ReflectionIndices() {
    }

    /**
     * The distinct reflections (h k l)·W over the rotation parts W of {@code operations}, with their
     * Friedel mates (−h −k −l); the given (h k l) comes first.
     */
    static List<int[]> equivalents(int h, int k, int l, List<SymmetryOperation> operations) {
        Set<List<Integer>> seen = new LinkedHashSet<>();
        seen.add(List.of(h, k, l));
        for (SymmetryOperation op : operations) {
            double[][] w = op.rotation();
            int[] e = new int[3];
            for (int j = 0; j < 3; j++) {
                double v = h * w[0][j] + k * w[1][j] + l * w[2][j];
                e[j] = (int) Math.round(v);
                if (Math.abs(v - e[j]) > 1e-6) {
                    throw new IllegalArgumentException("Symmetry operation " + op.toXyzString()
                            + " does not map Miller indices to integers: it is not in this lattice's setting");
                }
            }
            seen.add(List.of(e[0], e[1], e[2]));
            seen.add(List.of(-e[0], -e[1], -e[2]));
        }
        List<int[]> out = new ArrayList<>(seen.size());
        for (List<Integer> e : seen) {
            out.add(new int[] {e.get(0), e.get(1), e.get(2)});
        }
        return out;
    }

    /**
     * Throws unless every family of {@code peak} has the peak's d-spacing in {@code lattice}: the guard
     * against indices that belong to another cell (a primitive cell, another setting).
     */
    static void requireIndexedIn(Lattice lattice, XrdPeak peak) {
        if (peak.families().isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "The peak at 2θ = %.4f° has no (h k l) families", peak.twoTheta()));
        }
        for (HklFamily f : peak.families()) {
            double d = lattice.dSpacing(f.h(), f.k(), f.l());
            if (Math.abs(d - peak.d()) > D_TOLERANCE * peak.d()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "(%s) has d = %.6f Å in the given lattice but its peak has d = %.6f Å:"
                                + " the pattern was indexed in another cell",
                        f.label(), d, peak.d()));
            }
        }
    }
}
