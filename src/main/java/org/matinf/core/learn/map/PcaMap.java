package org.matinf.core.learn.map;

import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * Principal component analysis: eigenvectors of the covariance matrix of the centred rows
 * (computed with Smile's BLAS/LAPACK matrices; at most min(rows, features) components). Each component's sign is
 * fixed so that its largest loading (in absolute value) is positive, so the map is reproducible.
 * Explained variances are per row as scikit-learn's (divided by n − 1).
 */
public final class PcaMap {
    private final double[] mean;
    private final double[][] components; // [component][feature]
    private final double[] variance;
    private final double[] ratio;

    private PcaMap(double[] mean, double[][] components, double[] variance, double[] ratio) {
        this.mean = mean;
        this.components = components;
        this.variance = variance;
        this.ratio = ratio;
    }

    /**
     * Fits the components of the rows x[row][feature] (no missing values; usually standardised).
     *
     * @throws IllegalArgumentException for fewer than 2 rows or a missing value
     */
    public static PcaMap fit(double[][] x) {
        MapInput.check(x, 2);
        int n = x.length;
        int d = x[0].length;
        double[] mu = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mu[j] += row[j] / n;
            }
        }
        Matrix centred = new Matrix(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred.set(i, j, x[i][j] - mu[j]);
            }
        }
        // covariance XᵀX/(n − 1) by BLAS and its symmetric eigen-decomposition by LAPACK (Smile's
        // Matrix): the same components as an SVD of the rows, without the n × n left vectors
        Matrix cov = centred.ata();
        cov.uplo(UPLO.LOWER);
        Matrix.EVD eigen = cov.eigen(false, true, true).sort();
        Matrix v = eigen.Vr;
        int k = Math.min(d, n);
        double total = 0;
        for (double e : eigen.wr) {
            total += Math.max(e, 0);
        }
        double[] prop = new double[k];
        for (int c = 0; c < k; c++) {
            prop[c] = total > 0 ? Math.max(eigen.wr[c], 0) / total : 0;
        }
        total /= n - 1;
        double[][] comp = new double[k][d];
        double[] var = new double[k];
        for (int c = 0; c < k; c++) {
            int big = 0;
            for (int j = 0; j < d; j++) {
                comp[c][j] = v.get(j, c);
                if (Math.abs(comp[c][j]) > Math.abs(comp[c][big])) {
                    big = j;
                }
            }
            if (comp[c][big] < 0) {
                for (int j = 0; j < d; j++) {
                    comp[c][j] = -comp[c][j];
                }
            }
            var[c] = prop[c] * total;
        }
        return new PcaMap(mu, comp, var, prop);
    }

    /** The rows' coordinates on the first {@code k} components. */
    public double[][] transform(double[][] x, int k) {
        int kk = Math.min(k, components.length);
        double[][] out = new double[x.length][kk];
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < kk; c++) {
                double s = 0;
                for (int j = 0; j < mean.length; j++) {
                    s += (x[r][j] - mean[j]) * components[c][j];
                }
                out[r][c] = s;
            }
        }
        return out;
    }

    /** Component c's loadings on the features (unit vector). */
    public double[] component(int c) {
        return components[c].clone();
    }

    /** Number of components (the smaller of rows and features). */
    public int size() {
        return components.length;
    }

    /** Variance along each component (divided by n − 1). */
    public double[] explainedVariance() {
        return variance.clone();
    }

    /** Fraction of the total variance along each component. */
    public double[] explainedVarianceRatio() {
        return ratio.clone();
    }
}
