package org.matinf.core.optimize.gp;

import org.bytedeco.openblas.global.openblas;

/**
 * The two LAPACK routines Smile's interface lacks, called on column-major arrays through the
 * bytedeco OpenBLAS build that Smile itself loads: the inverse from a Cholesky factor (dpotri)
 * and a triangular solve (dtrtrs). {@link #AVAILABLE} is false when the natives cannot be
 * loaded; callers then take Smile's slower route.
 */
final class Lapack {
    /** Whether the native routines can be called. */
    static final boolean AVAILABLE = load();

    private static final byte LOWER = 'L';

    private Lapack() {
    }

    private static boolean load() {
        try {
            double[] a = {4};
            return openblas.LAPACKE_dpotri(openblas.LAPACK_COL_MAJOR, LOWER, 1, a, 1) == 0 && Math.abs(a[0] - 0.0625) < 1e-15;
        } catch (LinkageError | RuntimeException ex) {
            return false;
        }
    }

    /**
     * Overwrites the lower triangle of the n × n Cholesky factor L (column-major) with that of
     * (LLᵀ)⁻¹; the upper triangle is left alone.
     *
     * @throws ArithmeticException if L has a zero on its diagonal
     */
    static void inverseFromCholesky(double[] l, int n) {
        int info = openblas.LAPACKE_dpotri(openblas.LAPACK_COL_MAJOR, LOWER, n, l, n);
        if (info != 0) {
            throw new ArithmeticException("dpotri failed, info " + info);
        }
    }

    /**
     * Overwrites the n × m column-major b with L⁻¹b for the lower triangular n × n factor L.
     *
     * @throws ArithmeticException if L is singular
     */
    static void solveLower(double[] l, int n, double[] b, int m) {
        if (m == 0) {
            return;
        }
        int info = openblas.LAPACKE_dtrtrs(openblas.LAPACK_COL_MAJOR, LOWER, (byte) 'N', (byte) 'N', n, m, l, n, b, n);
        if (info != 0) {
            throw new ArithmeticException("dtrtrs failed, info " + info);
        }
    }
}
