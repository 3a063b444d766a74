package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Peak finding on synthetic patterns with known peaks and seeded Poisson noise. */
class PeakFinderTest {
    private static PeakFinder.Peak nearest(List<PeakFinder.Peak> found, double centre) {
        PeakFinder.Peak best = null;
        for (PeakFinder.Peak p : found) {
            if (best == null || Math.abs(p.twoTheta() - centre) < Math.abs(best.twoTheta() - centre)) {
                best = p;
            }
        }
        return best;
    }

    @Test
    void recoversPositionsWidthsAndAreasOfKnownPeaks() {
        SyntheticPatterns s = BackgroundSubtractionTest.pattern();
        double sumAreaError = 0;
        int count = 0;
        for (long seed : new long[] {42, 7, 2024}) {
            List<PeakFinder.Peak> found = new PeakFinder().find(s.measure(seed));
            assertEquals(s.peaks().size(), found.size(), "seed " + seed + ": " + found);
            for (SyntheticPatterns.TruePeak t : s.peaks()) {
                PeakFinder.Peak p = nearest(found, t.centre());
                String what = "seed " + seed + ", peak at " + t.centre() + ": " + p;
                assertEquals(t.centre(), p.twoTheta(), 0.01, what);
                assertEquals(t.fwhm(), p.fwhm(), 0.05 * t.fwhm(), what);
                // 5 % for peaks whose area is measured to better than 2.5 %; weaker ones within 3 esd
                double areaTolerance = p.areaEsd() < 0.025 * t.area() ? 0.05 * t.area() : 3 * p.areaEsd();
                assertEquals(t.area(), p.area(), areaTolerance, what);
                sumAreaError += Math.abs(p.area() / t.area() - 1);
                count++;
                assertEquals(t.height(), p.height(), 0.05 * t.height(), what);
                // the reported uncertainties are honest: errors within 4 esd
                assertTrue(Math.abs(p.twoTheta() - t.centre()) < 4 * p.twoThetaEsd(), what);
                assertTrue(Math.abs(p.area() - t.area()) < 4 * p.areaEsd(), what);
                double bragg = 1.5406 / (2 * Math.sin(Math.toRadians(t.centre() / 2)));
                assertEquals(bragg, p.d(), 1e-3, what);
            }
        }
        assertTrue(sumAreaError / count < 0.03, "mean area error " + sumAreaError / count);
    }

    @Test
    void noiseFreePeaksAreMeasuredExactly() {
        SyntheticPatterns s = BackgroundSubtractionTest.pattern();
        List<PeakFinder.Peak> found = new PeakFinder().find(s.exact());
        assertEquals(s.peaks().size(), found.size(), found.toString());
        for (SyntheticPatterns.TruePeak t : s.peaks()) {
            PeakFinder.Peak p = nearest(found, t.centre());
            assertEquals(t.centre(), p.twoTheta(), 1e-4, p.toString());
            assertEquals(t.fwhm(), p.fwhm(), 1e-3 * t.fwhm(), p.toString());
            assertEquals(t.area(), p.area(), 1e-3 * t.area(), p.toString());
            assertEquals(t.eta(), p.eta(), 0.01, p.toString());
        }
    }

    @Test
    void resolvesOverlappingPeaks() {
        // 1.2 FWHM apart: two maxima in the data
        SyntheticPatterns apart = new SyntheticPatterns().range(20, 40, 0.02).background(x -> 200)
                .gaussian(30, 2000, 0.3).gaussian(30.36, 1200, 0.3);
        // 0.9 FWHM apart: the second peak is a shoulder without a maximum of its own
        SyntheticPatterns shoulder = new SyntheticPatterns().range(20, 40, 0.02).background(x -> 200)
                .gaussian(30, 2000, 0.3).gaussian(30.27, 1000, 0.3);
        for (long seed = 1; seed <= 3; seed++) {
            for (SyntheticPatterns s : List.of(apart, shoulder)) {
                List<PeakFinder.Peak> found = new PeakFinder().find(s.measure(seed));
                assertEquals(2, found.size(), "seed " + seed + ": " + found);
                for (int k = 0; k < 2; k++) {
                    SyntheticPatterns.TruePeak t = s.peaks().get(k);
                    assertEquals(t.centre(), found.get(k).twoTheta(), 0.02, found.toString());
                    assertEquals(t.area(), found.get(k).area(), 0.15 * t.area(), found.toString());
                }
            }
        }
    }

    @Test
    void pureNoiseGivesNoPeaks() {
        SyntheticPatterns flat = new SyntheticPatterns().range(10, 80, 0.02).background(x -> 100);
        SyntheticPatterns sloped = new SyntheticPatterns().range(10, 80, 0.02).background(x -> 50 + 10 * x);
        int spurious = 0;
        for (long seed = 1; seed <= 10; seed++) {
            spurious += new PeakFinder().find(flat.measure(seed)).size();
            spurious += new PeakFinder().find(sloped.measure(seed)).size();
        }
        // 70 000 points of noise: at most one spurious peak
        assertTrue(spurious <= 1, spurious + " spurious peaks");
    }

    @Test
    void weakPeaksAreFoundAtSixSigma() {
        // background 400 counts: σ = 20; the peak is 120 counts high
        SyntheticPatterns weak = new SyntheticPatterns().range(20, 40, 0.02).background(x -> 400).gaussian(30, 120, 0.2);
        for (long seed = 1; seed <= 5; seed++) {
            List<PeakFinder.Peak> found = new PeakFinder().find(weak.measure(seed));
            assertEquals(1, found.size(), found.toString());
            assertEquals(30, found.get(0).twoTheta(), 0.03);
        }
    }

    @Test
    void worksOnBackgroundSubtractedDataAndWithoutWavelength() {
        SyntheticPatterns s = BackgroundSubtractionTest.pattern();
        PowderProfile m = s.measure(42);
        PowderProfile sub = BackgroundSubtraction.penalizedLeastSquares(2).apply(m).subtracted();
        PowderProfile noLambda = new PowderProfile("x", sub.twoTheta(), sub.intensity(), Double.NaN);
        List<PeakFinder.Peak> raw = new PeakFinder().find(m);
        List<PeakFinder.Peak> found = new PeakFinder().find(noLambda);
        assertEquals(raw.size(), found.size());
        for (int k = 0; k < raw.size(); k++) {
            assertEquals(raw.get(k).twoTheta(), found.get(k).twoTheta(), 0.005);
            assertEquals(raw.get(k).area(), found.get(k).area(), 0.03 * raw.get(k).area());
            assertTrue(Double.isNaN(found.get(k).d()));
        }
    }

    @Test
    void noiseEstimateMatchesTheCountingNoise() {
        SyntheticPatterns flat = new SyntheticPatterns().range(10, 80, 0.02).background(x -> 400);
        assertEquals(20, PeakFinder.noise(flat.measure(5)), 1.0);
    }

    @Test
    void tinyAndFlatProfiles() {
        assertEquals(List.of(), new PeakFinder().find(new PowderProfile("t", new double[] {1, 2, 3}, new double[] {1, 5, 1}, 1.54)));
        double[] x = new double[100];
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = 10 + 0.1 * i;
            y[i] = 7;
        }
        assertEquals(List.of(), new PeakFinder().find(new PowderProfile("flat", x, y, 1.54)));
    }

    @Test
    void parametersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new PeakFinder().withSmoothing(4));
        assertThrows(IllegalArgumentException.class, () -> new PeakFinder().withThreshold(0));
        assertThrows(IllegalArgumentException.class, () -> new PeakFinder().withSignificance(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new PeakFinder().withMaxFwhm(-1));
    }
}
