package org.matinf.core.learn.map;

import smile.feature.extraction.PCA;
import smile.math.matrix.Matrix;

/**
 * Principal component analysis (Smile's PCA: SVD of the centred rows). Each component's sign is
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
        PCA pca = PCA.fit(x);
        Matrix v = pca.loadings();
        double[] prop = pca.varianceProportion();
        int k = prop.length;
        double total = 0;
        double[] mu = pca.center();
        for (int j = 0; j < d; j++) {
            double ss = 0;
            for (double[] row : x) {
                ss += (row[j] - mu[j]) * (row[j] - mu[j]);
            }
            total += ss / (n - 1);
        }
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
            var[c] = Double.isNaN(prop[c]) ? 0 : prop[c] * total;
            if (Double.isNaN(prop[c])) {
                prop[c] = 0;
            }
        }
        return new PcaMap(mu.clone(), comp, var, prop.clone());
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
