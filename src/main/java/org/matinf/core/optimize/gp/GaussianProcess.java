package org.matinf.core.optimize.gp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.matinf.core.learn.NumpyRandom;
import smile.math.matrix.Matrix;

/**
 * A Gaussian process regression model fitted to training points, as scikit-learn's
 * {@code GaussianProcessRegressor}: the fitted kernel, its log marginal likelihood, and the
 * predictive mean, standard deviation, covariance and posterior samples at new points.
 */
public final class GaussianProcess {
    private final Posterior posterior;
    private final double mean;
    private final double scale;

    private GaussianProcess(Posterior posterior, double mean, double scale) {
        this.posterior = posterior;
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * Fits a Gaussian process: the hyperparameters are kept, or the log marginal likelihood is
     * maximised from the kernel's hyperparameters and from {@code restarts} log-uniform random
     * starts (the best optimum wins).
     *
     * @param x training points, n × d, finite; no repeated point unless there is noise
     * @param y targets, finite, not all equal
     * @throws IllegalArgumentException for bad input, with a message naming the row
     */
    public static GaussianProcess fit(double[][] x, double[] y, GpSettings settings) {
        GpInput.check(x, y, settings);
        double mean = 0;
        double scale = 1;
        double[] t = y.clone();
        if (settings.normalize()) {
            for (double v : y) {
                mean += v;
            }
            mean /= y.length;
            double var = 0;
            for (double v : y) {
                var += (v - mean) * (v - mean);
            }
            scale = Math.sqrt(var / y.length);
            for (int i = 0; i < t.length; i++) {
                t[i] = (y[i] - mean) / scale;
            }
        }
        Kernel kernel = settings.kernel();
        if (settings.optimize() && kernel.size() > 0) {
            kernel = optimise(x, t, settings);
        }
        try {
            return new GaussianProcess(Posterior.of(kernel, x, t, settings.alpha()), mean, scale);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("the kernel matrix is not positive definite for " + kernel
                    + ": increase the noise (alpha) or add a +White kernel");
        }
    }

    private static Kernel optimise(double[][] x, double[] y, GpSettings s) {
        Kernel k0 = s.kernel();
        double[][] bounds = k0.bounds();
        BoundedQuasiNewton.Objective f = (theta, gradient) -> {
            try {
                Posterior p = Posterior.of(k0.withTheta(theta), x, y, s.alpha());
                double[] g = p.gradient();
                for (int i = 0; i < g.length; i++) {
                    gradient[i] = -g[i];
                }
                return -p.logLikelihood;
            } catch (ArithmeticException ex) {
                return Double.POSITIVE_INFINITY;
            }
        };
        BoundedQuasiNewton optimiser = new BoundedQuasiNewton(15000);
        List<double[]> starts = new ArrayList<>();
        starts.add(k0.theta());
        NumpyRandom random = new NumpyRandom(s.seed());
        for (int r = 0; r < s.restarts(); r++) {
            double[] start = new double[bounds.length];
            for (int i = 0; i < start.length; i++) {
                start[i] = bounds[i][0] + (bounds[i][1] - bounds[i][0]) * random.nextDouble();
            }
            starts.add(start);
        }
        BoundedQuasiNewton.Result best = null;
        for (double[] start : starts) {
            BoundedQuasiNewton.Result r = optimiser.minimize(f, start, bounds);
            if (Double.isFinite(r.value()) && (best == null || r.value() < best.value())) {
                best = r;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the log marginal likelihood could not be evaluated at any start: "
                    + "increase the noise (alpha) or add a +White kernel");
        }
        return k0.withTheta(best.x());
    }

    /** The fitted kernel. */
    public Kernel kernel() {
        return posterior.kernel;
    }

    /** Log marginal likelihood of the (normalised) training targets under the fitted kernel. */
    public double logMarginalLikelihood() {
        return posterior.logLikelihood;
    }

    /** The fitted hyperparameters (not logs) by scikit-learn name, in kernel order. */
    public Map<String, Double> hyperparameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] t = kernel().theta();
        List<String> names = kernel().names();
        for (int i = 0; i < t.length; i++) {
            m.put(names.get(i), Math.exp(t[i]));
        }
        return m;
    }

    /** Predictive mean and standard deviation at the points xs (variances below zero are clipped to zero). */
    public GpPrediction predict(double[][] xs) {
        return predict(xs, Lapack.AVAILABLE);
    }

    /**
     * {@link #predict(double[][])}: the variance from one triangular solve v = L⁻¹K*ᵀ (native
     * LAPACK) or, without the natives, from Smile's two-sided solve (K + αI)⁻¹K*ᵀ.
     */
    GpPrediction predict(double[][] xs, boolean triangular) {
        GpInput.checkPoints(xs, posterior.x[0].length, "prediction point");
        int n = posterior.x.length;
        int m = xs.length;
        double[] kStarT = new double[n * m];
        kernel().addCross(xs, posterior.x, kStarT, 1);
        double[] prior = kernel().diagonal(xs);
        double[] mu = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += kStarT[j + i * n] * posterior.weights[j];
            }
            mu[i] = mean + scale * s;
        }
        double[] reduce = new double[m];
        if (triangular) {
            posterior.whiten(kStarT, m);
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    double v = kStarT[j + i * n];
                    s += v * v;
                }
                reduce[i] = s;
            }
        } else {
            double[][] kStar = new double[m][];
            for (int i = 0; i < m; i++) {
                kStar[i] = Arrays.copyOfRange(kStarT, i * n, (i + 1) * n);
            }
            Matrix solved = posterior.solve(kStar);
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += kStar[i][j] * solved.get(j, i);
                }
                reduce[i] = s;
            }
        }
        double[] sd = new double[m];
        for (int i = 0; i < m; i++) {
            sd[i] = scale * Math.sqrt(Math.max(0, prior[i] - reduce[i]));
        }
        return new GpPrediction(mu, sd);
    }

    /** Predictive covariance matrix at the points xs (in target units). */
    public double[][] covariance(double[][] xs) {
        GpInput.checkPoints(xs, posterior.x[0].length, "prediction point");
        double[][] kStar = kernel().cross(xs, posterior.x);
        Matrix solved = posterior.solve(kStar);
        double[][] c = kernel().matrix(xs);
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < xs.length; j++) {
                double r = 0;
                for (int l = 0; l < kStar[i].length; l++) {
                    r += kStar[i][l] * solved.get(l, j);
                }
                c[i][j] = scale * scale * (c[i][j] - r);
            }
        }
        return c;
    }

    /**
     * Draws from the posterior at the points xs: {@code samples[s][i]} is sample s at point i.
     * Uses a Cholesky factor of the covariance with a small jitter (10⁻¹⁰ of its largest diagonal entry).
     */
    public double[][] samples(double[][] xs, int count, long seed) {
        double[][] c = covariance(xs);
        int m = xs.length;
        double[] mu = predict(xs).mean();
        double jitter = 0;
        for (int i = 0; i < m; i++) {
            jitter = Math.max(jitter, c[i][i]);
        }
        jitter = Math.max(jitter * 1e-10, 1e-300);
        double[][] l = GpInput.cholesky(c, jitter);
        Random random = new Random(seed);
        double[][] out = new double[count][m];
        for (int s = 0; s < count; s++) {
            double[] z = new double[m];
            for (int i = 0; i < m; i++) {
                z[i] = random.nextGaussian();
            }
            for (int i = 0; i < m; i++) {
                double v = mu[i];
                for (int j = 0; j <= i; j++) {
                    v += l[i][j] * z[j];
                }
                out[s][i] = v;
            }
        }
        return out;
    }
}
