package org.matinf.core.orientation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Misorientation and disorientation: coincidence boundaries, Mackenzie's cubic numbers, axes in the triangle. */
class MisorientationTest {
    /** The largest m-3m disorientation, 2·arccos((2 + √2)/4). */
    static final double CUBIC_MAX = Math.toDegrees(2 * Math.acos((2 + Math.sqrt(2)) / 4));
    private static final double R3 = 1 / Math.sqrt(3);

    @Test
    void analyticMaximumIs62point80() {
        assertEquals(62.7994, CUBIC_MAX, 1e-4);
        // it is reached at 62.80° about [1, 1, √2 − 1] (the corner of the cubic fundamental zone)
        Orientation corner = Orientation.fromAxisAngle(new double[] {1, 1, Math.sqrt(2) - 1}, CUBIC_MAX);
        Misorientation d = Misorientation.disorientation(Orientation.identity(), corner, LaueGroup.M_BAR_3_M);
        assertEquals(CUBIC_MAX, d.angle(), 1e-9);
    }

    @Test
    void sigma3TwinIs60DegreesAbout111() {
        UniformOrientations random = new UniformOrientations(1);
        for (int i = 0; i < 50; i++) {
            Orientation a = random.next();
            // the twin: crystal a turned by 60° about its own [111] (or 180° about [111], or 70.53° about [110])
            for (Orientation twin : new Orientation[] {Orientation.fromAxisAngle(new double[] {1, 1, 1}, 60),
                Orientation.fromAxisAngle(new double[] {-1, 1, 1}, 180), Orientation.fromAxisAngle(new double[] {1, -1, 0}, 70.5288)}) {
                Misorientation d = Misorientation.disorientation(a, a.multiply(twin), LaueGroup.M_BAR_3_M);
                assertEquals(60, d.angle(), 1e-3, twin.axisAngle().toString());
                assertArrayEquals(new double[] {R3, R3, R3}, d.axis(), 1e-5);
            }
            // Σ5: 36.87° about <100>, here given as 53.13° about [010]
            Misorientation s5 = Misorientation.disorientation(a, a.multiply(Orientation.fromAxisAngle(new double[] {0, 1, 0}, 53.1301)),
                    LaueGroup.M_BAR_3_M);
            assertEquals(36.8699, s5.angle(), 1e-3);
            assertArrayEquals(new double[] {0, 0, 1}, s5.axis(), 1e-9);
        }
        // without symmetry it is what it was
        Orientation a = Orientation.fromBunge(10, 20, 30);
        Misorientation plain = Misorientation.between(a, a.multiply(Orientation.fromAxisAngle(new double[] {1, 1, 1}, 60)));
        assertEquals(60, plain.angle(), 1e-9);
        assertArrayEquals(new double[] {R3, R3, R3}, plain.axis(), 1e-9);
    }

    @Test
    void misorientationTakesCrystalAToCrystalB() {
        Orientation a = Orientation.fromBunge(10, 20, 30);
        Orientation b = Orientation.fromBunge(200, 70, 5);
        double[][] dg = Misorientation.between(a, b).rotation().matrix();
        double[] vSample = {0.2, -0.7, 0.4};
        double[] vA = a.toCrystal(vSample);
        double[] vB = b.toCrystal(vSample);
        for (int i = 0; i < 3; i++) {
            assertEquals(vB[i], dg[i][0] * vA[0] + dg[i][1] * vA[1] + dg[i][2] * vA[2], 1e-12);
        }
    }

    @Test
    void randomCubicPairsReachMackenziesMaximumAndMean() {
        UniformOrientations random = new UniformOrientations(2024);
        int n = 2_000_000;
        double sum = 0;
        double max = 0;
        Orientation best = null;
        for (int i = 0; i < n; i++) {
            Orientation a = random.next();
            Orientation b = random.next();
            double w = Misorientation.disorientationAngle(a, b, LaueGroup.M_BAR_3_M);
            sum += w;
            if (w > max) {
                max = w;
                best = a.inverse().multiply(b);
            }
        }
        double mean = sum / n;
        assertEquals(40.74, mean, 0.05, "Mackenzie's mean random cubic disorientation");
        assertTrue(max <= CUBIC_MAX + 1e-9, "no disorientation above " + CUBIC_MAX + ": " + max);
        assertTrue(max > CUBIC_MAX - 0.5, "random sampling gets near the maximum: " + max);
        double sampled = max;
        // climb from the best sample by ever smaller random turns: the maximum is 62.80
        SplittableRandom r = new SplittableRandom(9);
        for (double step = 1; step > 1e-5; step *= 0.7) {
            for (int k = 0; k < 200; k++) {
                Orientation trial = best.multiply(Orientation.fromAxisAngle(
                        new double[] {r.nextDouble(-1, 1), r.nextDouble(-1, 1), r.nextDouble(-1, 1)}, step));
                double w = Misorientation.disorientationAngle(Orientation.identity(), trial, LaueGroup.M_BAR_3_M);
                if (w > max) {
                    max = w;
                    best = trial;
                }
            }
        }
        assertEquals(62.80, max, 0.01);
        assertTrue(max <= CUBIC_MAX + 1e-9);
        System.out.printf(java.util.Locale.ROOT, "cubic, %d random pairs: mean %.4f°, max %.4f°, refined max %.5f° (analytic %.5f°)%n",
                n, mean, sampled, max, CUBIC_MAX);
    }

    @ParameterizedTest
    @EnumSource(LaueGroup.class)
    void disorientationIsTheSmallestAngleWithItsAxisInTheTriangle(LaueGroup g) {
        UniformOrientations random = new UniformOrientations(100 + g.ordinal());
        for (int i = 0; i < 300; i++) {
            Orientation a = random.next();
            Orientation b = random.next();
            Misorientation d = Misorientation.disorientation(a, b, g);
            double smallest = Double.MAX_VALUE;
            for (Orientation ea : g.equivalents(a)) {
                for (Orientation eb : g.equivalents(b)) {
                    smallest = Math.min(smallest, Misorientation.between(ea, eb).angle());
                }
            }
            assertEquals(smallest, d.angle(), 1e-6, "both sides symmetrised");
            assertEquals(smallest, Misorientation.disorientationAngle(a, b, g), 1e-5, "fast angle");
            assertEquals(d.angle(), Misorientation.disorientation(b, a, g).angle(), 1e-9, "symmetric in a and b");
            assertTrue(g.standardTriangle().contains(d.axis()), g + ": axis " + java.util.Arrays.toString(d.axis()));
            // Δg is one of the symmetrised misorientations S_i·g_b·g_aᵀ·S_jᵀ (or the exchanged one)
            assertTrue(isSymmetrised(g, a, b, d.rotation()) || isSymmetrised(g, b, a, d.rotation()), "Δg is an equivalent");
        }
    }

    private static boolean isSymmetrised(LaueGroup g, Orientation a, Orientation b, Orientation delta) {
        for (Orientation ea : g.equivalents(a)) {
            for (Orientation eb : g.equivalents(b)) {
                if (Misorientation.between(ea, eb).rotation().equalsWithin(delta, 1e-6)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void identicalOrientationsHaveNoMisorientation() {
        Misorientation d = Misorientation.disorientation(Orientation.fromBunge(1, 2, 3), Orientation.fromBunge(1, 2, 3), LaueGroup.M_BAR_3_M);
        assertEquals(0, d.angle(), 1e-6);
        assertArrayEquals(new double[] {0, 0, 0}, d.bunge(), 1e-6);
    }
}
