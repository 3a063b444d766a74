package org.matinf.core.dataset;

import java.util.SplittableRandom;

/**
 * Random numbers of the distributions the dataset needs, from a {@link SplittableRandom}, with
 * {@link StrictMath} so that the same seed gives the same numbers on every machine and in every
 * thread.
 */
final class Draws {
    private static final double[] LOG_FACTORIAL = new double[256];

    static {
        for (int k = 2; k < LOG_FACTORIAL.length; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + StrictMath.log(k);
        }
    }

    private Draws() {
    }

    /** Uniform in [−half, +half). */
    static double symmetric(SplittableRandom rng, double half) {
        return half * (2 * rng.nextDouble() - 1);
    }

    /** Fills {@code out} with standard normal numbers, in pairs by Marsaglia's polar method. */
    static void gaussians(SplittableRandom rng, double[] out) {
        int i = 0;
        while (i < out.length) {
            double u = 2 * rng.nextDouble() - 1;
            double v = 2 * rng.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                double f = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
                out[i++] = u * f;
                if (i < out.length) {
                    out[i++] = v * f;
                }
            }
        }
    }

    /**
     * A Poisson-distributed count of mean {@code mean} ≥ 0: by multiplying uniforms below a mean of
     * 10, by Hörmann's transformed rejection with squeeze (PTRS; W. Hörmann, Insurance: Mathematics
     * and Economics 12 (1993) 39–45) above.
     */
    static long poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 10) {
            double limit = StrictMath.exp(-mean);
            long k = 0;
            double p = rng.nextDouble();
            while (p > limit) {
                k++;
                p *= rng.nextDouble();
            }
            return k;
        }
        double sqrt = StrictMath.sqrt(mean);
        double b = 0.931 + 2.53 * sqrt;
        double a = -0.059 + 0.02483 * b;
        double vr = 0.9277 - 3.6224 / (b - 2);
        double logAlpha = Double.NaN; // the logarithms are needed only in the slow branch (about one draw in seven)
        double logMean = Double.NaN;
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || us < 0.013 && v > us) {
                continue;
            }
            if (Double.isNaN(logAlpha)) {
                logAlpha = StrictMath.log(1.1239 + 1.1328 / (b - 3.4));
                logMean = StrictMath.log(mean);
            }
            double lhs = StrictMath.log(v) + logAlpha - StrictMath.log(a / (us * us) + b);
            if (lhs <= -mean + k * logMean - logFactorial(k)) {
                return k;
            }
        }
    }

    /** ln k!, from a table below 256 and Stirling's series above. */
    static double logFactorial(long k) {
        if (k < LOG_FACTORIAL.length) {
            return LOG_FACTORIAL[(int) k];
        }
        double x = k;
        double inv = 1 / x;
        double inv2 = inv * inv;
        return x * StrictMath.log(x) - x + 0.5 * StrictMath.log(2 * Math.PI * x)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    }
}
