package org.matinf.core.diffraction;

import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Structure;

/**
 * Strained copies of a structure, to see how strain moves powder peaks. The atoms keep their
 * fractional coordinates; only the lattice is deformed. A strain ε stretches lengths by (1 + ε):
 * under an isotropic strain every d-spacing becomes d (1 + ε), so every peak moves to
 * 2 asin(λ / 2d(1 + ε)).
 */
public final class LatticeStrain {
    private LatticeStrain() {
    }

    /** The same strain ε in every direction: all lattice vectors scaled by (1 + ε). */
    public static Structure isotropic(Structure structure, double strain) {
        return axial(structure, strain, strain, strain);
    }

    /**
     * Strains along the lattice vectors: a, b and c scaled by (1 + εa), (1 + εb), (1 + εc), the
     * angles between them kept. For an orthogonal cell, d(h00) scales by (1 + εa), d(00l) by
     * (1 + εc).
     */
    public static Structure axial(Structure structure, double strainA, double strainB, double strainC) {
        double[] e = {strainA, strainB, strainC};
        double[][] m = structure.lattice().matrix();
        for (int i = 0; i < 3; i++) {
            check(e[i]);
            for (int j = 0; j < 3; j++) {
                m[i][j] *= 1 + e[i];
            }
        }
        return withLattice(structure, new Lattice(m));
    }

    /**
     * A general homogeneous strain given as the symmetric Cartesian strain tensor ε (3×3):
     * every lattice vector v becomes (I + ε) v.
     *
     * @throws IllegalArgumentException if ε is not a symmetric 3×3 matrix of finite numbers
     */
    public static Structure tensor(Structure structure, double[][] strain) {
        if (strain == null || strain.length != 3) {
            throw new IllegalArgumentException("strain tensor must be 3x3");
        }
        for (int i = 0; i < 3; i++) {
            if (strain[i] == null || strain[i].length != 3) {
                throw new IllegalArgumentException("strain tensor must be 3x3");
            }
            for (int j = 0; j < 3; j++) {
                if (!Double.isFinite(strain[i][j]) || (i == j && strain[i][j] <= -1)) {
                    throw new IllegalArgumentException("strain tensor needs finite numbers, diagonal above -1");
                }
                if (Math.abs(strain[i][j] - strain[j][i]) > 1e-12) {
                    throw new IllegalArgumentException("strain tensor must be symmetric");
                }
            }
        }
        double[][] m = structure.lattice().matrix();
        double[][] out = new double[3][3];
        for (int v = 0; v < 3; v++) {
            for (int i = 0; i < 3; i++) {
                out[v][i] = m[v][i] + strain[i][0] * m[v][0] + strain[i][1] * m[v][1] + strain[i][2] * m[v][2];
            }
        }
        return withLattice(structure, new Lattice(out));
    }

    private static void check(double e) {
        if (!Double.isFinite(e) || e <= -1) {
            throw new IllegalArgumentException("strain must be a finite number above -1: " + e);
        }
    }

    private static Structure withLattice(Structure s, Lattice lattice) {
        return new Structure(lattice, s.sites(), s.isPeriodic(), s.title());
    }
}
