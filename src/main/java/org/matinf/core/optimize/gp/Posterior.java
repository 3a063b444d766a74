package org.matinf.core.optimize.gp;

import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * The Cholesky factor of K + αI for one kernel and training set, with the weights
 * α = (K + αI)⁻¹y and the log marginal likelihood
 * −½ yᵀα − Σ log L_ii − (n/2) log 2π (LAPACK through Smile).
 */
final class Posterior {
    final Kernel kernel;
    final double[][] x;
    final Matrix.Cholesky cholesky;
    final double[] weights;
    final double logLikelihood;

    private Posterior(Kernel kernel, double[][] x, Matrix.Cholesky cholesky, double[] weights, double logLikelihood) {
        this.kernel = kernel;
        this.x = x;
        this.cholesky = cholesky;
        this.weights = weights;
        this.logLikelihood = logLikelihood;
    }

    /**
     * @param noise α added to the diagonal
     * @throws ArithmeticException if K + αI is not positive definite
     */
    static Posterior of(Kernel kernel, double[][] x, double[] y, double noise) {
        double[][] k = kernel.matrix(x);
        int n = x.length;
        Matrix m = new Matrix(n, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                m.set(i, j, i == j ? k[i][j] + noise : k[i][j]);
            }
        }
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
        return new Posterior(kernel, x, c, a, lml);
    }

    /** ∂ log p(y)/∂θ = ½ Σ_jk (αα<sup>T</sup> − K⁻¹)_jk ∂K_jk/∂θ. */
    double[] gradient() {
        int n = x.length;
        Matrix inv = cholesky.inverse();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = weights[i] * weights[j] - inv.get(j, i);
            }
        }
        double[] g = kernel.contract(x, w);
        for (int i = 0; i < g.length; i++) {
            g[i] *= 0.5;
        }
        return g;
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
