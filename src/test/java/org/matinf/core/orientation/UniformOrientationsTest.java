package org.matinf.core.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/** Uniform orientations: rotation angles follow the Haar density (2/π)·sin²(ω/2). */
class UniformOrientationsTest {
    /** Kolmogorov–Smirnov critical value at the 1 % level, times √n. */
    private static final double KS_1_PERCENT = 1.628;

    /** Haar CDF of the rotation angle ω (radians): (ω − sin ω)/π. */
    private static double haarCdf(double omega) {
        return (omega - Math.sin(omega)) / Math.PI;
    }

    private static double[] anglesInRadians(List<Orientation> list) {
        return list.stream().mapToDouble(o -> Math.toRadians(o.angle())).sorted().toArray();
    }

    /** The KS statistic D of sorted samples against the Haar CDF. */
    private static double ksStatistic(double[] sorted) {
        double d = 0;
        int n = sorted.length;
        for (int i = 0; i < n; i++) {
            double f = haarCdf(sorted[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        return d;
    }

    @Test
    void shoemakeAnglesFollowHaar() {
        int n = 50_000;
        double[] w = anglesInRadians(new UniformOrientations(42).next(n));
        double d = ksStatistic(w);
        assertTrue(d * Math.sqrt(n) < KS_1_PERCENT, "KS D = " + d);
        // chi-square over 18 bins of 10°
        int bins = 18;
        long[] observed = new long[bins];
        for (double v : w) {
            observed[Math.min(bins - 1, (int) (v / Math.PI * bins))]++;
        }
        double chi2 = 0;
        for (int k = 0; k < bins; k++) {
            double expected = n * (haarCdf(Math.PI * (k + 1) / bins) - haarCdf(Math.PI * k / bins));
            chi2 += (observed[k] - expected) * (observed[k] - expected) / expected;
        }
        double critical = new ChiSquaredDistribution(bins - 1).inverseCumulativeProbability(0.99);
        assertTrue(chi2 < critical, "chi2 = " + chi2 + " >= " + critical);
        // the mean angle of uniform rotations is π/2 + 2/π rad = 126.48°
        assertEquals(126.48, Math.toDegrees(Arrays.stream(w).average().orElseThrow()), 0.3);
    }

    @Test
    void theTestRejectsUniformEulerAngles() {
        // φ1, Φ, φ2 drawn uniformly are not uniform rotations: the same test must see it
        SplittableRandom r = new SplittableRandom(42);
        int n = 50_000;
        Orientation[] naive = new Orientation[n];
        for (int i = 0; i < n; i++) {
            naive[i] = Orientation.fromBunge(360 * r.nextDouble(), 180 * r.nextDouble(), 360 * r.nextDouble());
        }
        double d = ksStatistic(anglesInRadians(Arrays.asList(naive)));
        assertTrue(d * Math.sqrt(n) > 5 * KS_1_PERCENT, "KS D = " + d);
    }

    @Test
    void sameSeedSameSequence() {
        List<Orientation> a = new UniformOrientations(5).next(10);
        List<Orientation> b = new UniformOrientations(5).next(10);
        for (int i = 0; i < 10; i++) {
            assertTrue(Arrays.equals(a.get(i).quaternion(), b.get(i).quaternion()));
        }
        assertTrue(!a.get(0).equalsWithin(new UniformOrientations(6).next(), 1e-3));
    }

    @Test
    void fundamentalZoneSamplesAreUniformThere() {
        UniformOrientations random = new UniformOrientations(8);
        int n = 40_000;
        double[] reduced = new double[n];
        int below30 = 0;
        for (int i = 0; i < n; i++) {
            Orientation o = random.nextInFundamentalZone(LaueGroup.M_BAR_3_M);
            assertTrue(LaueGroup.M_BAR_3_M.inFundamentalZone(o));
            reduced[i] = o.angle();
            below30 += o.angle() < 30 ? 1 : 0;
        }
        // rejection sampling: keep uniform orientations that are already in the zone (1 in 24)
        double[] rejected = new double[n];
        for (int i = 0; i < n;) {
            Orientation o = random.next();
            if (LaueGroup.M_BAR_3_M.inFundamentalZone(o)) {
                rejected[i++] = o.angle();
            }
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(reduced, rejected);
        assertTrue(p > 0.01, "reduce-to-zone and rejection sampling differ, p = " + p);
        // below 45° the cubic zone holds the whole ball: P(ω < 30°) = 24·(ω − sin ω)/π = 0.1803
        assertEquals(24 * haarCdf(Math.toRadians(30)), below30 / (double) n, 0.006);
        assertEquals(0.1803, 24 * haarCdf(Math.toRadians(30)), 1e-4);
    }

    @Test
    void superFibonacciIsEvenAndFollowsHaar() {
        int n = 20_000;
        List<Orientation> grid = UniformOrientations.superFibonacci(n);
        double d = ksStatistic(anglesInRadians(grid));
        // a low-discrepancy set is much closer to the Haar CDF than random samples (D·√n ≈ 0.9 typical)
        assertTrue(d * Math.sqrt(n) < 0.2, "KS D·√n = " + d * Math.sqrt(n));
        // every orientation has a grid point near it, nearer than with as many random orientations
        UniformOrientations random = new UniformOrientations(1);
        List<Orientation> probes = random.next(100);
        double worst = coveringRadius(grid, probes);
        double worstRandom = coveringRadius(random.next(n), probes);
        assertTrue(worst < worstRandom, worst + "° vs " + worstRandom + "° for random orientations");
        assertTrue(worst < 8, "largest distance to the grid " + worst);
    }

    /** The largest distance (degrees) from a probe to its nearest orientation of a set. */
    private static double coveringRadius(List<Orientation> set, List<Orientation> probes) {
        double worst = 0;
        for (Orientation o : probes) {
            double nearest = 180;
            for (Orientation g : set) {
                nearest = Math.min(nearest, Misorientation.between(o, g).angle());
            }
            worst = Math.max(worst, nearest);
        }
        return worst;
    }
}
