package org.matinf.core.diffraction.pattern;

import org.apache.commons.math3.analysis.MultivariateMatrixFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.matinf.core.image.GrayImage;

/**
 * Least-squares fit of a round 2-D Gaussian on a flat background,
 * b + A exp(−((x − x₀)² + (y − y₀)²) / (2σ²)), to the pixels of a square window (Levenberg–Marquardt,
 * analytic derivatives).
 */
final class GaussianSpotFit {
    private static final int MAX_EVALUATIONS = 400;

    /** Fitted parameters: background, amplitude, x₀, y₀, σ. */
    record Gaussian(double background, double amplitude, double x, double y, double sigma) {
    }

    private GaussianSpotFit() {
    }

    /**
     * Fits the window of half-size {@code radius} around pixel (px, py), which must lie inside the
     * image, starting from the given values; null when the fit fails or leaves the window.
     */
    static Gaussian fit(GrayImage image, int px, int py, int radius, Gaussian start) {
        int side = 2 * radius + 1;
        int n = side * side;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] values = new double[n];
        int i = 0;
        for (int y = py - radius; y <= py + radius; y++) {
            for (int x = px - radius; x <= px + radius; x++) {
                xs[i] = x;
                ys[i] = y;
                values[i++] = image.get(x, y);
            }
        }
        MultivariateVectorFunction model = p -> {
            double[] out = new double[n];
            for (int j = 0; j < n; j++) {
                double dx = xs[j] - p[2];
                double dy = ys[j] - p[3];
                out[j] = p[0] + p[1] * Math.exp(-(dx * dx + dy * dy) / (2 * p[4] * p[4]));
            }
            return out;
        };
        MultivariateMatrixFunction jacobian = p -> {
            double[][] jac = new double[n][5];
            double s2 = p[4] * p[4];
            for (int j = 0; j < n; j++) {
                double dx = xs[j] - p[2];
                double dy = ys[j] - p[3];
                double r2 = dx * dx + dy * dy;
                double e = Math.exp(-r2 / (2 * s2));
                jac[j][0] = 1;
                jac[j][1] = e;
                jac[j][2] = p[1] * e * dx / s2;
                jac[j][3] = p[1] * e * dy / s2;
                jac[j][4] = p[1] * e * r2 / (s2 * p[4]);
            }
            return jac;
        };
        try {
            LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .model(model, jacobian).target(values)
                    .start(new double[] {start.background(), start.amplitude(), start.x(), start.y(), start.sigma()})
                    .maxEvaluations(MAX_EVALUATIONS).maxIterations(MAX_EVALUATIONS).build());
            double[] p = opt.getPoint().toArray();
            Gaussian g = new Gaussian(p[0], p[1], p[2], p[3], Math.abs(p[4]));
            boolean inside = Math.abs(g.x() - px) <= radius && Math.abs(g.y() - py) <= radius;
            boolean sane = g.amplitude() > 0 && g.sigma() > 0.3 && g.sigma() < 2 * radius
                    && java.util.Arrays.stream(p).allMatch(Double::isFinite);
            return inside && sane ? g : null;
        } catch (MathIllegalStateException ex) {
            return null;
        }
    }
}
