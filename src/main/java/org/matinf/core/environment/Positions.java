package org.matinf.core.environment;

import org.matinf.core.structure.Structure;

/** Cartesian positions of periodic images. */
public final class Positions {
    private Positions() {
    }

    /** Cartesian position of site {@code index} shifted by the lattice translation {@code image}. */
    public static double[] of(Structure s, int index, int[] image) {
        double[] f = s.site(index).frac();
        return s.lattice().toCartesian(new double[] {f[0] + image[0], f[1] + image[1], f[2] + image[2]});
    }
}
