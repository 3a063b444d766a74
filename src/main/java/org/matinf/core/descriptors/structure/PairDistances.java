package org.matinf.core.descriptors.structure;

import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.NeighborSearch;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.Vec3;

/**
 * Visits every (centre, neighbour image) distance up to a cut-off in a periodic structure, the
 * site itself left out, without building or sorting a neighbour list: the lattice translations
 * that can reach within the cut-off are looped over directly. For distance histograms with long
 * cut-offs (thousands of neighbours per site) this is several times faster than a sorted
 * {@link org.matinf.core.structure.NeighborList}.
 */
final class PairDistances {

    /** Receives one pair. */
    @FunctionalInterface
    interface Visitor {
        void pair(int centre, int neighbour, double distance);
    }

    private PairDistances() {
    }

    /** Calls the visitor for each pair with 10⁻⁸ Å &lt; distance ≤ cutoff (periodic structures only). */
    static void forEach(Structure s, double cutoff, Visitor visitor) {
        Lattice lat = s.lattice();
        int n = s.numSites();
        double[][] cart = new double[n][3];
        for (int i = 0; i < n; i++) {
            double[] f = s.site(i).frac();
            lat.toCartesian(Structure.wrap(f[0]), Structure.wrap(f[1]), Structure.wrap(f[2]), cart[i]);
        }
        Lattice rec = lat.reciprocalLatticeCrystallographic();
        int[] reach = new int[3];
        for (int k = 0; k < 3; k++) {
            reach[k] = (int) Math.ceil(cutoff * Vec3.norm(rec.vector(k))) + 1;
        }
        // any difference of two wrapped sites lies within the cell's longest diagonal
        double diagonal = 0;
        double[] corner = new double[3];
        for (int a = -1; a <= 1; a += 2) {
            for (int b = -1; b <= 1; b += 2) {
                lat.toCartesian(1, a, b, corner);
                diagonal = Math.max(diagonal, Vec3.norm(corner));
            }
        }
        double c2 = cutoff * cutoff;
        double tol2 = NeighborSearch.SELF_TOLERANCE * NeighborSearch.SELF_TOLERANCE;
        double[] t = new double[3];
        for (int a = -reach[0]; a <= reach[0]; a++) {
            for (int b = -reach[1]; b <= reach[1]; b++) {
                for (int c = -reach[2]; c <= reach[2]; c++) {
                    lat.toCartesian(a, b, c, t);
                    if (Vec3.norm(t) > cutoff + diagonal) {
                        continue;
                    }
                    for (int i = 0; i < n; i++) {
                        double x = t[0] - cart[i][0];
                        double y = t[1] - cart[i][1];
                        double z = t[2] - cart[i][2];
                        for (int j = 0; j < n; j++) {
                            double dx = cart[j][0] + x;
                            double dy = cart[j][1] + y;
                            double dz = cart[j][2] + z;
                            double d2 = dx * dx + dy * dy + dz * dz;
                            if (d2 <= c2 && d2 > tol2) {
                                visitor.pair(i, j, Math.sqrt(d2));
                            }
                        }
                    }
                }
            }
        }
    }
}
