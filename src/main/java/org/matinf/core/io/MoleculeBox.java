package org.matinf.core.io;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/**
 * Places a molecule (atoms with Cartesian coordinates and no lattice) in a box so that it can be a
 * {@link Structure}: the box is orthorhombic, each edge is the extent of the atoms along that axis
 * plus twice {@link #PADDING}, and the atoms are shifted so that their lowest x, y and z lie
 * {@code PADDING} Å inside the box. Periodic images are therefore at least {@code 2 * PADDING} Å
 * apart. Boxing an already boxed molecule changes nothing, so molecules survive write/read cycles.
 */
final class MoleculeBox {
    /** Empty space, in Å, between the atoms and each face of the box. */
    static final double PADDING = 5.0;

    private MoleculeBox() {
    }

    /**
     * The molecule as a non-periodic structure.
     *
     * @param atoms sites whose "fractional" coordinates hold the Cartesian coordinates in Å
     * @throws IllegalArgumentException if there are no atoms or the coordinates are too large for a box
     */
    static Structure box(List<Site> atoms, String title) {
        if (atoms.isEmpty()) {
            throw new IllegalArgumentException("a molecule needs at least one atom");
        }
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Site s : atoms) {
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(lo[k], s.frac(k));
                hi[k] = Math.max(hi[k], s.frac(k));
            }
        }
        double[] edge = new double[3];
        for (int k = 0; k < 3; k++) {
            edge[k] = hi[k] - lo[k] + 2 * PADDING;
        }
        Lattice box = new Lattice(new double[][] {{edge[0], 0, 0}, {0, edge[1], 0}, {0, 0, edge[2]}});
        List<Site> placed = new ArrayList<>(atoms.size());
        for (Site s : atoms) {
            double[] f = new double[3];
            for (int k = 0; k < 3; k++) {
                f[k] = (s.frac(k) - lo[k] + PADDING) / edge[k];
            }
            placed.add(s.withFrac(f));
        }
        return new Structure(box, placed, false, title);
    }
}
