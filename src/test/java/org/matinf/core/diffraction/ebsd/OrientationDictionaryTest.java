package org.matinf.core.diffraction.ebsd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.orientation.UniformOrientations;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;

/** The fundamental-zone sampling of the EBSD dictionary, its stored vectors and its refusals. */
class OrientationDictionaryTest {
    private static final LaueGroup CUBIC = LaueGroup.M_BAR_3_M;

    static KikuchiPatternSimulator simulator(int size) {
        return new KikuchiPatternSimulator(EbsdCrystals.master("Ni"), EbsdDetector.builder().size(size, size).pc(0.5, 0.5, 0.5)
                .sampleTilt(70).detectorTilt(0).build());
    }

    @Test
    void orientationCountFollowsTheCubeVolumeRelation() {
        // n = ceil(8π² / (|G| ω³)): 8π²/24 = 3.289868 rad³ over (3° = 0.05235988 rad)³ = 1.435476e-4 rad³
        assertEquals(22919, OrientationDictionary.orientationCount(CUBIC, 3), 0);
        assertEquals(9669, OrientationDictionary.orientationCount(CUBIC, 4), 0);
        assertEquals(22919 * 2 - 1, OrientationDictionary.orientationCount(LaueGroup.SIX_OVER_MMM, 3), 1);
        List<Orientation> sampling = OrientationDictionary.sampling(CUBIC, 4);
        assertEquals(9669, sampling.size(), "super-Fibonacci points reduced to the zone have no duplicates");
        Set<String> distinct = new HashSet<>();
        sampling.forEach(o -> distinct.add(java.util.Arrays.toString(o.quaternion())));
        assertEquals(sampling.size(), distinct.size());
        assertTrue(sampling.stream().allMatch(CUBIC::inFundamentalZone));
    }

    /**
     * Measured at 5° for m-3m (4,951 orientations): the mean nearest-neighbour spacing of 200
     * dictionary orientations is 0.59 step (2.9°); a random orientation lies 0.54 step (2.7°) on
     * average from the nearest, and at most 1.04 steps (5.2°) in 1000 random orientations, within the
     * stated bound {@link OrientationDictionary#COVERING_RADIUS} = 1.5 steps.
     */
    @Test
    void spacingAndCoverageOfTheFundamentalZone() {
        double step = 5;
        List<Orientation> dict = OrientationDictionary.sampling(CUBIC, step);
        UniformOrientations random = new UniformOrientations(7);
        double spacing = 0;
        for (int k = 0; k < 200; k++) {
            int i = (int) (k * 31L % dict.size());
            spacing += nearest(dict.get(i), dict, i);
        }
        spacing /= 200;
        double worst = 0;
        double mean = 0;
        for (int k = 0; k < 1000; k++) {
            double d = nearest(random.next(), dict, -1);
            worst = Math.max(worst, d);
            mean += d / 1000;
        }
        assertEquals(0.59, spacing / step, 0.05, "mean nearest-neighbour spacing / step");
        assertEquals(0.54, mean / step, 0.05, "mean distance to the nearest dictionary orientation / step");
        assertTrue(worst <= OrientationDictionary.COVERING_RADIUS * step, "largest distance " + worst + "°");
        assertTrue(worst >= 0.9 * step, "the covering bound is not loose: largest distance " + worst + "°");
    }

    private static double nearest(Orientation o, List<Orientation> dict, int skip) {
        double best = 180;
        for (int j = 0; j < dict.size(); j++) {
            if (j != skip) {
                best = Math.min(best, Misorientation.disorientationAngle(o, dict.get(j), CUBIC));
            }
        }
        return best;
    }

    @Test
    void storedVectorsAreTheBinnedNormalisedPatternsAndDoNotDependOnThreads() {
        KikuchiPatternSimulator sim = simulator(60);
        List<Orientation> some = new UniformOrientations(3).next(40);
        OrientationDictionary one = OrientationDictionary.builder(sim, CUBIC).orientations(some).threads(1).build();
        OrientationDictionary two = OrientationDictionary.builder(sim, CUBIC).orientations(some).threads(2).build();
        assertEquals(2, one.binning(), "60 x 60 patterns are stored as 30 x 30");
        assertEquals(900, one.vectorLength());
        assertArrayEquals(one.vectorsShared(), two.vectorsShared());
        float[] pattern = sim.simulate(some.get(5)).pixels();
        float[] v = one.vector(5);
        double sum = 0;
        double norm = 0;
        for (float x : v) {
            sum += x;
            norm += x * x;
        }
        assertEquals(0, sum, 1e-4);
        assertEquals(1, norm, 1e-5);
        // vector value (x=3, y=7) is the mean of pixels (6..7, 14..15), shifted and scaled: compare two values' ratio
        double mean = 0;
        for (float p : pattern) {
            mean += p / pattern.length;
        }
        double a = (pattern[14 * 60 + 6] + pattern[14 * 60 + 7] + pattern[15 * 60 + 6] + pattern[15 * 60 + 7]) / 4 - mean;
        double b = (pattern[0] + pattern[1] + pattern[60] + pattern[61]) / 4 - mean;
        assertEquals(a / b, v[7 * 30 + 3] / v[0], 1e-3);
    }

    @Test
    void progressAndCancellation() {
        int[] last = new int[1];
        OrientationDictionary.builder(simulator(20), CUBIC).step(12).progress((done, total, message) -> last[0] = Math.max(last[0], (int) done)).build();
        assertEquals((int) OrientationDictionary.orientationCount(CUBIC, 12), last[0]);
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> OrientationDictionary.builder(simulator(20), CUBIC).step(12).progress(cancelled).build());
    }

    @Test
    void badSettingsAreRefusedClearly() {
        KikuchiPatternSimulator sim = simulator(60);
        assertEquals("step must be a number of degrees above 0 and at most 20, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> OrientationDictionary.builder(sim, CUBIC).step(0).build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> OrientationDictionary.builder(sim, CUBIC).step(-2).build());
        assertThrows(IllegalArgumentException.class, () -> OrientationDictionary.builder(sim, CUBIC).step(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> OrientationDictionary.builder(sim, CUBIC).step(45).build());
        assertEquals("a step of 0.05° would need 4.95e+09 orientations for Laue class m-3m (at most 20,000,000); choose a larger step",
                assertThrows(IllegalArgumentException.class, () -> OrientationDictionary.builder(sim, CUBIC).step(0.05).build()).getMessage());
        String big = assertThrows(IllegalArgumentException.class,
                () -> OrientationDictionary.builder(sim, CUBIC).step(1).memoryLimit(500_000_000).build()).getMessage();
        assertEquals("the dictionary would need 618,795 orientations x 30 x 30 values = 2228 MB, more than the 500 MB allowed; "
                + "choose a larger step or binning", big);
        assertEquals("the dictionary has no orientations",
                assertThrows(IllegalArgumentException.class, () -> OrientationDictionary.builder(sim, CUBIC).orientations(List.of()).build())
                        .getMessage());
        assertEquals("binning must be from 1 to 60 for 60 x 60 patterns, got 0",
                assertThrows(IllegalArgumentException.class, () -> OrientationDictionary.builder(sim, CUBIC).binning(0).build()).getMessage());
    }
}
