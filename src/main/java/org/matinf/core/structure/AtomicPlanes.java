package org.matinf.core.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Atomic planes of an oriented unit cell: atoms whose heights along the surface normal lie within
 * a tolerance of each other (chained, across the periodic boundary too) form one plane. Used to
 * choose where a slab is cut: in the middle of the widest gap between neighbouring planes.
 */
final class AtomicPlanes {
    private AtomicPlanes() {
    }

    /**
     * The cut position (fraction of the cell height, in [0, 1)) in the middle of the widest gap
     * between atomic planes; of equally wide gaps (within 1e-9 of the height) the lowest cut wins.
     *
     * @param heights fractional heights of the atoms in [0, 1)
     * @param tolerance largest gap inside one plane, as a fraction of the cell height
     */
    static double widestGapCut(double[] heights, double tolerance) {
        double[] z = heights.clone();
        Arrays.sort(z);
        List<double[]> planes = new ArrayList<>();
        for (double h : z) {
            double[] last = planes.isEmpty() ? null : planes.get(planes.size() - 1);
            if (last != null && h - last[1] <= tolerance) {
                last[1] = h;
            } else {
                planes.add(new double[] {h, h});
            }
        }
        if (planes.size() > 1) {
            double[] first = planes.get(0);
            double[] last = planes.get(planes.size() - 1);
            if (first[0] + 1 - last[1] <= tolerance) {
                first[0] = last[0] - 1;
                planes.remove(planes.size() - 1);
            }
        }
        double bestGap = -1;
        double bestCut = 0;
        for (int i = 0; i < planes.size(); i++) {
            double top = planes.get(i)[1];
            double nextBottom = i + 1 < planes.size() ? planes.get(i + 1)[0] : planes.get(0)[0] + 1;
            double gap = nextBottom - top;
            double cut = Structure.wrap(top + gap / 2);
            if (gap > bestGap + 1e-9 || (Math.abs(gap - bestGap) <= 1e-9 && cut < bestCut)) {
                bestGap = gap;
                bestCut = cut;
            }
        }
        return bestCut;
    }
}
