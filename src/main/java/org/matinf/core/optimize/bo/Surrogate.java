package org.matinf.core.optimize.bo;

import java.util.Arrays;
import org.matinf.core.optimize.gp.GaussianProcess;
import org.matinf.core.optimize.gp.GpPrediction;
import org.matinf.core.optimize.gp.GpSettings;

/**
 * The Gaussian process model of a campaign, on the utility u = sign · y (so that larger is always
 * better), standardised with the observations' mean and standard deviation. Fantasised
 * observations ({@link #believe}) keep the hyperparameters and the standardisation.
 */
final class Surrogate {
    private final GaussianProcess gp;
    private final double[][] x;
    private final double[] z;
    private final double centre;
    private final double spread;
    private final double best;
    private final GpSettings settings;

    private Surrogate(GaussianProcess gp, double[][] x, double[] z, double centre, double spread, double best, GpSettings settings) {
        this.gp = gp;
        this.x = x;
        this.z = z;
        this.centre = centre;
        this.spread = spread;
        this.best = best;
        this.settings = settings;
    }

    /**
     * @param x encoded observed points
     * @param u utilities (sign · y), finite, not all equal
     * @param settings the GP settings (normalisation is done here; {@code normalize} is ignored)
     */
    static Surrogate fit(double[][] x, double[] u, GpSettings settings) {
        double centre = Arrays.stream(u).average().orElse(0);
        double spread = Math.sqrt(Arrays.stream(u).map(v -> (v - centre) * (v - centre)).sum() / u.length);
        if (!(spread > 0)) {
            throw new IllegalArgumentException("all " + u.length + " recorded results are equal (" + (u.length > 0 ? Math.abs(u[0]) : 0)
                    + "): the model cannot tell better from worse; record a result that differs");
        }
        double[] z = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            z[i] = (u[i] - centre) / spread;
        }
        GpSettings s = new GpSettings(settings.kernel(), settings.alpha(), false, settings.optimize(), settings.restarts(), settings.seed());
        GaussianProcess gp = GaussianProcess.fit(x, z, s);
        return new Surrogate(gp, x, z, centre, spread, Arrays.stream(u).max().orElseThrow(), s);
    }

    /** A copy that has also seen u at the encoded point x, with the same hyperparameters and standardisation. */
    Surrogate believe(double[] point, double u) {
        double[][] x2 = Arrays.copyOf(x, x.length + 1);
        x2[x.length] = point;
        double[] z2 = Arrays.copyOf(z, z.length + 1);
        z2[z.length] = (u - centre) / spread;
        GpSettings fixed = new GpSettings(gp.kernel(), Math.max(settings.alpha(), 1e-6), false, false, 0, 0);
        return new Surrogate(GaussianProcess.fit(x2, z2, fixed), x2, z2, centre, spread, Math.max(best, u), settings);
    }

    /**
     * Predictive mean and standard deviation of the noise-free u (a white-noise kernel's level is
     * taken out of the variance: measuring a point again does not improve on it).
     */
    GpPrediction predict(double[][] points) {
        GpPrediction p = gp.predict(points);
        double noise = gp.hyperparameters().entrySet().stream().filter(e -> e.getKey().endsWith("noise_level"))
                .mapToDouble(java.util.Map.Entry::getValue).sum();
        double[] m = p.mean().clone();
        double[] s = p.std().clone();
        for (int i = 0; i < m.length; i++) {
            m[i] = centre + spread * m[i];
            s[i] = spread * Math.sqrt(Math.max(0, s[i] * s[i] - noise));
        }
        return new GpPrediction(m, s);
    }

    /** Joint posterior draws of u: {@code [draw][point]}. */
    double[][] samples(double[][] points, int count, long seed) {
        double[][] d = gp.samples(points, count, seed);
        for (double[] row : d) {
            for (int i = 0; i < row.length; i++) {
                row[i] = centre + spread * row[i];
            }
        }
        return d;
    }

    /** The best utility seen, fantasies included (a believed value counts as measured: EI there drops to zero). */
    double best() {
        return best;
    }

    /** The fitted model. */
    GaussianProcess model() {
        return gp;
    }
}
