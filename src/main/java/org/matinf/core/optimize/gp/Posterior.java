package org.matinf.core.optimize.gp;

import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * The Cholesky factor of K + αI for one kernel and training set, with the weights
 * α = (K + αI)⁻¹y and the log marginal likelihood
 * −½ yᵀα − Σ log L_ii − (n/2) log 2π (LAPACK through Smile). The matrices are column-major
 * arrays of which only the lower triangle is used.
 */
final class Posterior {
    final Kernel kernel;
    final double[][] x;
    final Matrix.Cholesky cholesky;
    /** The lower Cholesky factor L, column-major n × n (the array inside {@link #cholesky}). */
    private final double[] factor;
    final double[] weights;
    final double logLikelihood;

    private Posterior(Kernel kernel, double[][] x, Matrix.Cholesky cholesky, double[] factor, double[] weights, double logLikelihood) {
        this.kernel = kernel;
        this.x = x;
        this.cholesky = cholesky;
        this.factor = factor;
        this.weights = weights;
        this.logLikelihood = logLikelihood;
    }

    /**
     * @param noise α added to the diagonal
     * @throws ArithmeticException if K + αI is not positive definite
     */
    static Posterior of(Kernel kernel, double[][] x, double[] y, double noise) {
        int n = x.length;
        double[] k = new double[n * n];
        kernel.addLower(x, k, 1);
        for (int i = 0; i < n; i++) {
            k[i + i * n] += noise;
        }
        Matrix m = new Matrix(n, n, n, k);
        m.uplo(UPLO.LOWER);
        Matrix.Cholesky c = m.cholesky(true);
        double[] a = c.solve(y.clone());
        double lml = -n / 2.0 * Math.log(2 * Math.PI);
        for (int i = 0; i < n; i++) {
            lml -= 0.5 * y[i] * a[i] + Math.log(c.lu.get(i, i));
        }
        if (!Double.isFinite(lml)) {
            throw new ArithmeticException("the log marginal likelihood is not finite");
        }
        return new Posterior(kernel, x, c, k, a, lml);
    }

    /** ∂ log p(y)/∂θ = ½ Σ_jk (αα<sup>T</sup> − K⁻¹)_jk ∂K_jk/∂θ. */
    double[] gradient() {
        return gradient(Lapack.AVAILABLE);
    }

    /** {@link #gradient()} with K⁻¹ from LAPACK's dpotri (native) or from Smile's solve against I. */
    double[] gradient(boolean nativeInverse) {
        int n = x.length;
        double[] w = inverseLower(nativeInverse);
        for (int j = 0; j < n; j++) {
            int base = j * n;
            for (int i = j; i < n; i++) {
                w[base + i] = weights[i] * weights[j] - w[base + i];
            }
        }
        double[] g = new double[kernel.size()];
        kernel.contractLower(x, w, 0.5, g, 0);
        return g;
    }

    /** The lower triangle of (K + αI)⁻¹, column-major n × n (the upper triangle is not defined). */
    double[] inverseLower(boolean nativeInverse) {
        int n = x.length;
        if (nativeInverse) {
            double[] inv = factor.clone();
            Lapack.inverseFromCholesky(inv, n);
            return inv;
        }
        Matrix m = cholesky.inverse();
        double[] inv = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                inv[i + j * n] = m.get(i, j);
            }
        }
        return inv;
    }

    /**
     * v = L⁻¹ K*ᵀ for K*ᵀ given column-major n × m (one column per point), overwritten in place;
     * the predictive variance at point i is then k(x_i, x_i) − Σ_j v_ji².
     */
    void whiten(double[] kStarT, int m) {
        Lapack.solveLower(factor, x.length, kStarT, m);
    }

    /** (K + αI)⁻¹ K*ᵀ for the cross covariances K* (m × n), as an n × m matrix. */
    Matrix solve(double[][] kStar) {
        int n = x.length;
        Matrix b = new Matrix(n, kStar.length);
        for (int j = 0; j < kStar.length; j++) {
            for (int i = 0; i < n; i++) {
                b.set(i, j, kStar[j][i]);
            }
        }
        cholesky.solve(b);
        return b;
    }
}
