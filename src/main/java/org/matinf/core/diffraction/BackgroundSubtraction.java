package org.matinf.core.diffraction;

import java.util.Locale;

/**
 * Estimates and removes the smooth background under a measured powder pattern. Two methods:
 * <ul>
 * <li>{@link #snip SNIP} (Statistics-sensitive Non-linear Iterative Peak-clipping, Ryan et al.,
 * Nucl. Instrum. Methods B 34 (1988) 396): the data are compressed by the LLS transform
 * v = ln(ln(√(y+1)+1)+1), then every point is clipped to the mean of its neighbours p points
 * away, for p = 1 up to the clipping half-width, and transformed back. Peaks narrower than the
 * clipping width are cut off; the background is what remains. Choose the half-width about the
 * full width of the peaks at their base (2–3 FWHM).</li>
 * <li>{@link #penalizedLeastSquares arPLS} (asymmetrically reweighted penalized least squares,
 * Baek et al., Analyst 140 (2015) 250; after the asymmetric least squares of Eilers and
 * Boelens): the background z minimises Σ wᵢ(yᵢ−zᵢ)² + λ Σ(Δ²zᵢ)², the weights of points above
 * the background being lowered by a logistic function of their residual relative to the noise
 * of the points below it, until the weights settle. λ = (L/step)⁴ for a stiffness length L
 * in degrees: the background does not bend on scales much shorter than L.</li>
 * </ul>
 * Negative intensities are allowed (the data are shifted for the LLS transform). The subtracted
 * profile keeps the uncertainties of the measurement.
 */
public final class BackgroundSubtraction {
    /** The estimated background and the data with it removed, on the grid of the measurement. */
    public record Result(PowderProfile background, PowderProfile subtracted) {
    }

    private final boolean snip;
    private final double width;
    private final int smoothing;

    private BackgroundSubtraction(boolean snip, double width, int smoothing) {
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("the width must be a positive number of degrees, not " + width);
        }
        if (smoothing < 0) {
            throw new IllegalArgumentException("the smoothing must be 0 (none) or a number of points, not " + smoothing);
        }
        this.snip = snip;
        this.width = width;
        this.smoothing = smoothing;
    }

    /**
     * SNIP clipping with the given half-width of the clipping window in degrees 2θ. The data are
     * first smoothed over 5 points (see {@link #withSmoothing}) so that the background follows the
     * middle of the noise rather than its lower edge.
     */
    public static BackgroundSubtraction snip(double halfWidthDegrees) {
        return new BackgroundSubtraction(true, halfWidthDegrees, 5);
    }

    /** arPLS with the given stiffness length in degrees 2θ (λ = (L/step)⁴). */
    public static BackgroundSubtraction penalizedLeastSquares(double stiffnessDegrees) {
        return new BackgroundSubtraction(false, stiffnessDegrees, 0);
    }

    /**
     * The same method, smoothing the data by a Savitzky–Golay quadratic over this many points
     * before estimating (0 or 1: no smoothing). Only SNIP is affected; arPLS weighs the noise itself.
     */
    public BackgroundSubtraction withSmoothing(int points) {
        return new BackgroundSubtraction(snip, width, points);
    }

    /** The background and the subtracted profile. */
    public Result apply(PowderProfile profile) {
        double[] b = background(profile);
        double[] y = profile.intensity();
        double[] sub = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            sub[i] = y[i] - b[i];
        }
        return new Result(profile.withIntensity(profile.name() + " background", b),
                profile.withIntensity(profile.name() + " minus background", sub));
    }

    /** The background intensities on the grid of the profile. */
    public double[] background(PowderProfile profile) {
        double[] y = profile.intensity();
        double step = meanStep(profile.twoTheta());
        int points = (int) Math.max(1, Math.round(width / step));
        return snip ? snip(y, points, smoothing) : ScanBaseline.arpls(y, Math.pow((double) points, 4));
    }

    private static double meanStep(double[] x) {
        return x.length < 2 ? 1 : (x[x.length - 1] - x[0]) / (x.length - 1);
    }

    static double[] snip(double[] data, int halfWidth, int smoothing) {
        int n = data.length;
        double shift = 0;
        for (double v : data) {
            shift = Math.min(shift, v);
        }
        int m = Math.max(1, Math.min(halfWidth, n - 1));
        int len = n + 2 * m;
        double[] v = new double[len];
        for (int i = 0; i < n; i++) {
            v[m + i] = Math.log(Math.log(Math.sqrt(data[i] - shift + 1) + 1) + 1);
        }
        extendEnds(v, m, n);
        double[] w = new double[len];
        int s = Math.max(0, smoothing / 2);
        for (int p = 1; p <= m; p++) {
            System.arraycopy(v, 0, w, 0, len);
            for (int i = p; i < len - p; i++) {
                w[i] = Math.min(s > 0 ? mean(v, i - s, i + s) : v[i], 0.5 * (v[i - p] + v[i + p]));
            }
            double[] t = v;
            v = w;
            w = t;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double e = Math.exp(Math.exp(v[m + i]) - 1) - 1;
            out[i] = e * e - 1 + shift;
        }
        return centreOnNoise(data, out, halfWidth);
    }

    /** Continues the data (at m..m+n-1) beyond both ends by straight lines fitted to the first and last m points. */
    private static void extendEnds(double[] v, int m, int n) {
        int k = Math.min(n, Math.max(m, 3));
        double[] left = line(v, m, k);
        double[] right = line(v, m + n - k, k);
        for (int j = 1; j <= m; j++) {
            v[m - j] = left[0] - j * left[1];
            v[m + n - 1 + j] = right[0] + (k - 1 + j) * right[1];
        }
    }

    /** Intercept (at from) and slope per point of the least-squares line through v[from..from+k). */
    private static double[] line(double[] v, int from, int k) {
        if (k < 2) {
            return new double[] {v[from], 0};
        }
        double mx = (k - 1) / 2.0;
        double my = mean(v, from, from + k - 1);
        double sxy = 0;
        double sxx = 0;
        for (int j = 0; j < k; j++) {
            sxy += (j - mx) * (v[from + j] - my);
            sxx += (j - mx) * (j - mx);
        }
        double slope = sxy / sxx;
        return new double[] {my - slope * mx, slope};
    }

    /** Mean of v over the index range lo..hi, clipped to the array. */
    private static double mean(double[] v, int lo, int hi) {
        int a = Math.max(0, lo);
        int b = Math.min(v.length - 1, hi);
        double sum = 0;
        for (int k = a; k <= b; k++) {
            sum += v[k];
        }
        return sum / (b - a + 1);
    }

    /**
     * Clipping leaves the background below the middle of the noise, by an amount proportional to
     * the local noise σ. The offset κσ is estimated from the points that are not in peaks (residual
     * below κ + 3 σ, iterated) and added back.
     */
    private static double[] centreOnNoise(double[] y, double[] b, int halfWidth) {
        int n = y.length;
        double[] sigma = ScanSmoothing.localNoise(y, Math.max(100, 3 * halfWidth), 1e-12);
        double[] r = new double[n];
        double kappa = 0;
        for (int it = 0; it < 5; it++) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                double z = (y[i] - b[i]) / sigma[i];
                if (z < kappa + 3) {
                    r[k++] = z;
                }
            }
            if (k == 0) {
                return b;
            }
            kappa = ScanSmoothing.median(java.util.Arrays.copyOf(r, k));
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = b[i] + kappa * sigma[i];
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, snip ? "SNIP(half-width %.4g°, smoothing %d)" : "arPLS(stiffness %.4g°)",
                width, smoothing);
    }
}
