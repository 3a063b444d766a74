package org.matinf.core.descriptors.structure;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Gamma;

/**
 * The radial basis of DScribe's GTO SOAP: for each l, n_max primitive Gaussian-type orbitals
 * r^l exp(−α_k r²) whose exponents make them fall to 10⁻³ at the radii a_k evenly spaced from 1 Å
 * to r_cut (α_k = −ln(10⁻³ / a_k^l) / a_k²), orthonormalised on [0, ∞) with the weight r² by Löwdin's
 * symmetric orthonormalisation: g_nl(r) = Σ_k β_l[n][k] r^l exp(−α_lk r²), β_l = S_l^(−1/2), where
 * S_l[i][j] = Γ(l + 3/2) / (2 (α_i + α_j)^(l + 3/2)) is the overlap of the primitives.
 */
final class GtoRadialBasis {
    private static final double THRESHOLD = 1e-3;

    private final int nmax;
    private final int lmax;
    private final double[][] alpha;   // [l][k]
    private final double[][][] beta;  // [l][n][k]

    GtoRadialBasis(double rcut, int nmax, int lmax) {
        if (!(rcut > 1) || !Double.isFinite(rcut)) {
            throw new IllegalArgumentException("SOAP r_cut must be a number of Å larger than 1: " + rcut);
        }
        if (nmax < 1 || nmax > 20) {
            throw new IllegalArgumentException("SOAP n_max must be 1 to 20: " + nmax);
        }
        if (lmax < 0 || lmax > 20) {
            throw new IllegalArgumentException("SOAP l_max must be 0 to 20: " + lmax);
        }
        this.nmax = nmax;
        this.lmax = lmax;
        alpha = new double[lmax + 1][nmax];
        beta = new double[lmax + 1][][];
        for (int l = 0; l <= lmax; l++) {
            for (int k = 0; k < nmax; k++) {
                double a = nmax == 1 ? 1.0 : 1.0 + (rcut - 1.0) * k / (nmax - 1);
                alpha[l][k] = -Math.log(THRESHOLD / Math.pow(a, l)) / (a * a);
            }
            beta[l] = inverseSquareRoot(overlap(l), l);
        }
    }

    private double[][] overlap(int l) {
        double g = Math.exp(Gamma.logGamma(l + 1.5));
        double[][] s = new double[nmax][nmax];
        for (int i = 0; i < nmax; i++) {
            for (int j = 0; j < nmax; j++) {
                s[i][j] = 0.5 * g * Math.pow(alpha[l][i] + alpha[l][j], -(l + 1.5));
            }
        }
        return s;
    }

    private double[][] inverseSquareRoot(double[][] s, int l) {
        EigenDecomposition eig = new EigenDecomposition(MatrixUtils.createRealMatrix(s));
        double[] values = eig.getRealEigenvalues();
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        for (double v : values) {
            if (!(v > largest * 1e-14)) {
                throw new IllegalArgumentException("The GTO radial basis for l = " + l + " cannot be orthonormalised "
                        + "(overlap matrix singular): lower n_max or raise r_cut");
            }
        }
        RealMatrix v = eig.getV();
        RealMatrix d = MatrixUtils.createRealDiagonalMatrix(java.util.Arrays.stream(values).map(x -> 1 / Math.sqrt(x)).toArray());
        return v.multiply(d).multiply(v.transpose()).getData();
    }

    int nmax() {
        return nmax;
    }

    int lmax() {
        return lmax;
    }

    /** The orthonormal radial function g_nl at r (Å). */
    double value(int n, int l, double r) {
        double sum = 0;
        for (int k = 0; k < nmax; k++) {
            sum += beta[l][n][k] * Math.pow(r, l) * Math.exp(-alpha[l][k] * r * r);
        }
        return sum;
    }

    /**
     * The radial integrals of an unnormalised Gaussian atom of width σ at distance R from the centre:
     * out[l][n] = ∫₀^∞ r² g_nl(r) exp(−(r² + R²) / 2σ²) i_l(r R / σ²) dr, with i_l the modified spherical
     * Bessel function of the first kind. Each primitive gives the closed form
     * √π b^l / (2^(l+2) c^(l+3/2)) exp(b²/4c − R²/2σ²), c = α + 1/2σ², b = R/σ².
     */
    void integrals(double radius, double sigma, double[][] out, double[] primitive) {
        double eta = 1 / (2 * sigma * sigma);
        double b = radius / (sigma * sigma);
        double r2eta = radius * radius * eta;
        for (int l = 0; l <= lmax; l++) {
            double bl = l == 0 ? 1 : Math.pow(b, l);
            double scale = Math.sqrt(Math.PI) / Math.pow(2, l + 2);
            for (int k = 0; k < nmax; k++) {
                double c = alpha[l][k] + eta;
                primitive[k] = scale * bl * Math.pow(c, -(l + 1.5)) * Math.exp(b * b / (4 * c) - r2eta);
            }
            for (int n = 0; n < nmax; n++) {
                double sum = 0;
                double[] bn = beta[l][n];
                for (int k = 0; k < nmax; k++) {
                    sum += bn[k] * primitive[k];
                }
                out[l][n] = sum;
            }
        }
    }
}
