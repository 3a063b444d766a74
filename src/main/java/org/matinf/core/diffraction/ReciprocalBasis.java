package org.matinf.core.diffraction;

import org.matinf.core.structure.Lattice;

/**
 * The crystallographic reciprocal basis a*, b*, c* (rows, Å⁻¹, without 2π) of a lattice,
 * rounded the way pymatgen's is: the inverse of the lattice matrix by LU decomposition with
 * partial pivoting (divisions done as multiplications by the reciprocal pivot, as LAPACK/OpenBLAS
 * do), transposed, times 2π and divided by 2π again. Reflections that coincide in exact
 * arithmetic, such as (3 3 3) and (5 1 1) of a cubic cell, then tie or split in the last bit of
 * |g| as they do in pymatgen, which decides the order of their families in a peak.
 */
final class ReciprocalBasis {
    private ReciprocalBasis() {
    }

    static double[][] of(Lattice lattice) {
        double[][] inverse = inverse(lattice.matrix());
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = inverse[j][i] * 2 * Math.PI / (2 * Math.PI);
            }
        }
        return r;
    }

    /** The inverse of a non-singular 3×3 matrix by LU decomposition with partial pivoting. */
    static double[][] inverse(double[][] m) {
        double[][] a = new double[3][];
        int[] perm = {0, 1, 2};
        for (int i = 0; i < 3; i++) {
            a[i] = m[i].clone();
        }
        for (int j = 0; j < 3; j++) {
            int p = j;
            for (int i = j + 1; i < 3; i++) {
                if (Math.abs(a[i][j]) > Math.abs(a[p][j])) {
                    p = i;
                }
            }
            double[] row = a[j];
            a[j] = a[p];
            a[p] = row;
            int t = perm[j];
            perm[j] = perm[p];
            perm[p] = t;
            double reciprocal = 1.0 / a[j][j];
            for (int i = j + 1; i < 3; i++) {
                a[i][j] = a[i][j] * reciprocal;
                for (int k = j + 1; k < 3; k++) {
                    a[i][k] = a[i][k] - a[i][j] * a[j][k];
                }
            }
        }
        double[][] x = new double[3][3];
        double[] b = new double[3];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 3; i++) {
                b[i] = perm[i] == c ? 1.0 : 0.0;
                for (int k = 0; k < i; k++) {
                    b[i] = b[i] - a[i][k] * b[k];
                }
            }
            for (int i = 2; i >= 0; i--) {
                for (int k = i + 1; k < 3; k++) {
                    b[i] = b[i] - a[i][k] * b[k];
                }
                b[i] = b[i] * (1.0 / a[i][i]);
            }
            for (int i = 0; i < 3; i++) {
                x[i][c] = b[i];
            }
        }
        return x;
    }
}
