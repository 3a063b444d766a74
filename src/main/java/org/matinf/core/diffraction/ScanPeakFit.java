package org.matinf.core.diffraction;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.fitting.leastsquares.ParameterValidator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * Least-squares fit of overlapping pseudo-Voigt peaks on a straight background over a window of
 * a scan (Levenberg–Marquardt, commons-math3). Parameters: background a + b (x − x̄), then per
 * peak centre, area, FWHM and Lorentzian fraction η; FWHM and η are kept within bounds.
 * pV(x) = A [η L(x) + (1 − η) G(x)], G and L area-normalised Gaussian and Lorentzian of equal FWHM.
 */
final class ScanPeakFit {
    private static final double LN2 = Math.log(2);
    private static final double GAUSS_NORM = 2 * Math.sqrt(LN2 / Math.PI);

    /** Fitted parameters and their standard uncertainties (NaN when the fit could not give them). */
    record Solution(double[] params, double[] esd, double[][] covariance, double rms) {
        int peaks() {
            return (params.length - 2) / 4;
        }

        double centre(int k) {
            return params[2 + 4 * k];
        }

        double area(int k) {
            return params[3 + 4 * k];
        }

        double fwhm(int k) {
            return params[4 + 4 * k];
        }

        double eta(int k) {
            return params[5 + 4 * k];
        }

        /** Standard uncertainty of the height of peak k, propagated from area, FWHM and η; NaN if unknown. */
        double heightEsd(int k) {
            if (covariance == null) {
                return Double.NaN;
            }
            double a = area(k);
            double w = fwhm(k);
            double e = eta(k);
            double h = height(a, w, e);
            double[] g = {h / a, -h / w, a * (2 / (Math.PI * w) - GAUSS_NORM / w)};
            int[] idx = {3 + 4 * k, 4 + 4 * k, 5 + 4 * k};
            double v = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    v += g[i] * g[j] * covariance[idx[i]][idx[j]];
                }
            }
            return Math.sqrt(Math.max(0, v));
        }
    }

    private final double[] x;
    private final double[] y;
    private final double xMean;
    private final double minFwhm;
    private final double maxFwhm;

    ScanPeakFit(double[] x, double[] y, double minFwhm, double maxFwhm) {
        this.x = x;
        this.y = y;
        double s = 0;
        for (double v : x) {
            s += v;
        }
        this.xMean = s / x.length;
        this.minFwhm = minFwhm;
        this.maxFwhm = maxFwhm;
    }

    /** Height of a pseudo-Voigt of area A, FWHM w and mixing η at its centre. */
    static double height(double area, double fwhm, double eta) {
        return area * (eta * 2 / (Math.PI * fwhm) + (1 - eta) * GAUSS_NORM / fwhm);
    }

    /**
     * Fits from a start (background a, b; then centre, area, FWHM, η per peak); null if the
     * optimiser fails.
     */
    Solution fit(double[] start) {
        int np = start.length;
        if (x.length <= np) {
            return null;
        }
        double lo = x[0];
        double hi = x[x.length - 1];
        ParameterValidator bounds = p -> {
            double[] q = p.toArray();
            for (int k = 2; k < np; k += 4) {
                q[k] = Math.min(hi, Math.max(lo, q[k]));
                q[k + 2] = Math.min(maxFwhm, Math.max(minFwhm, q[k + 2]));
                q[k + 3] = Math.min(1, Math.max(0, q[k + 3]));
            }
            return new ArrayRealVector(q, false);
        };
        try {
            LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .start(start).target(y).model(model()).parameterValidator(bounds)
                    .maxEvaluations(4000).maxIterations(1000).build());
            double[] p = opt.getPoint().toArray();
            int dof = x.length - np;
            double rms = opt.getRMS();
            double s2 = rms * rms * x.length / dof;
            double[] esd = new double[np];
            double[][] covariance = null;
            try {
                RealMatrix cov = opt.getCovariances(1e-14).scalarMultiply(s2);
                covariance = cov.getData();
                for (int k = 0; k < np; k++) {
                    esd[k] = Math.sqrt(Math.max(0, cov.getEntry(k, k)));
                }
            } catch (SingularMatrixException ex) {
                java.util.Arrays.fill(esd, Double.NaN);
            }
            for (double v : p) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return new Solution(p, esd, covariance, rms);
        } catch (IllegalStateException | IllegalArgumentException | ArithmeticException ex) {
            // commons-math3 reports divergence, too many evaluations and singular steps this way
            return null;
        }
    }

    private MultivariateJacobianFunction model() {
        return point -> {
            double[] p = point.toArray();
            int m = x.length;
            double[] f = new double[m];
            double[][] j = new double[m][p.length];
            for (int i = 0; i < m; i++) {
                double t = x[i] - xMean;
                f[i] = p[0] + p[1] * t;
                j[i][0] = 1;
                j[i][1] = t;
                for (int k = 2; k < p.length; k += 4) {
                    double c = p[k];
                    double a = p[k + 1];
                    double w = p[k + 2];
                    double eta = p[k + 3];
                    double dx = x[i] - c;
                    double u2 = 4 * dx * dx / (w * w);
                    double g = GAUSS_NORM / w * Math.exp(-LN2 * u2);
                    double l = 2 / (Math.PI * w) / (1 + u2);
                    double shape = eta * l + (1 - eta) * g;
                    f[i] += a * shape;
                    double dgdc = g * 8 * LN2 * dx / (w * w);
                    double dldc = l * 8 * dx / (w * w * (1 + u2));
                    double dgdw = g * (-1 / w + 8 * LN2 * dx * dx / (w * w * w));
                    double dldw = l * (-1 / w + 8 * dx * dx / (w * w * w * (1 + u2)));
                    j[i][k] = a * (eta * dldc + (1 - eta) * dgdc);
                    j[i][k + 1] = shape;
                    j[i][k + 2] = a * (eta * dldw + (1 - eta) * dgdw);
                    j[i][k + 3] = a * (l - g);
                }
            }
            RealVector value = new ArrayRealVector(f, false);
            return new Pair<>(value, new Array2DRowRealMatrix(j, false));
        };
    }
}
