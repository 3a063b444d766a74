package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendering sticks into a continuous profile: areas, positions, Kα2, cut-off, background. */
class PowderProfileBuilderTest {
    private static final double CU_KA1 = 1.540598;
    private static final double CU_KA2 = 1.544426;

    private static XrdPattern sticks(double... twoThetaIntensity) {
        List<XrdPeak> peaks = new ArrayList<>();
        for (int i = 0; i < twoThetaIntensity.length; i += 2) {
            double tt = twoThetaIntensity[i];
            double d = CU_KA1 / (2 * Math.sin(Math.toRadians(tt / 2)));
            peaks.add(new XrdPeak(tt, twoThetaIntensity[i + 1], d, List.of(new HklFamily(1, 0, 0, 6))));
        }
        return new XrdPattern(CU_KA1, peaks);
    }

    private static double area(PowderProfile p) {
        double s = 0;
        for (int i = 1; i < p.size(); i++) {
            s += 0.5 * (p.intensity(i) + p.intensity(i - 1)) * (p.twoTheta(i) - p.twoTheta(i - 1));
        }
        return s;
    }

    private static int argMax(PowderProfile p) {
        int best = 0;
        for (int i = 1; i < p.size(); i++) {
            if (p.intensity(i) > p.intensity(best)) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void gaussianLineHasTheStickAreaAndHeight() {
        PowderProfile p = new PowderProfileBuilder().profile(ProfileModel.of(PeakShape.Kind.GAUSSIAN))
                .range(40, 60, 0.002).build(sticks(50, 100));
        assertEquals(10001, p.size());
        assertEquals(100.0, area(p), 1e-6);
        // height = I (2/H) sqrt(ln2/π) = 100 × 9.394373 for H = 0.1°
        assertEquals(939.4373, p.intensity(5000), 1e-4);
        assertEquals(939.4373, p.maxIntensity(), 1e-4);
        assertEquals(CU_KA1, p.wavelength(), 0);
    }

    @Test
    void lorentzianLineLosesExactlyTheToleratedTail() {
        // Window ±318.3 FWHM = ±31.83° around 50°: the Lorentzian keeps 1 − tol of its area.
        for (double tol : new double[] {1e-3, 3e-3}) {
            PowderProfile p = new PowderProfileBuilder().profile(ProfileModel.of(PeakShape.Kind.LORENTZIAN))
                    .tailTolerance(tol).range(10, 90, 0.001).build(sticks(50, 100));
            assertEquals(100 * (1 - tol), area(p), 2e-4, "tol " + tol);
        }
    }

    @Test
    void fwhmOfTheRenderedTchLineIsTheModelWidth() {
        ProfileModel m = ProfileModel.defaults().withCaglioti(0.004, -0.002, 0.003).withCrystalliteSize(30)
                .withMicrostrain(5e-4);
        PowderProfile p = new PowderProfileBuilder().profile(m).range(35, 45, 0.0005).build(sticks(40, 100));
        int top = argMax(p);
        assertEquals(40.0, p.twoTheta(top), 1e-9);
        double half = p.intensity(top) / 2;
        int i = top;
        while (p.intensity(i) > half) {
            i++;
        }
        double right = p.twoTheta(i - 1) + 0.0005 * (p.intensity(i - 1) - half) / (p.intensity(i - 1) - p.intensity(i));
        double expected = m.shapeAt(40, CU_KA1).fwhm();
        assertEquals(expected / 2, right - 40, 2e-6);
    }

    @Test
    void zeroShiftScaleAndBackground() {
        PowderProfile plain = new PowderProfileBuilder().range(40, 60, 0.01).build(sticks(50, 100));
        PowderProfile shifted = new PowderProfileBuilder().range(40, 60, 0.01).zeroShift(0.05).scale(2)
                .background(10, 0.5, -0.001).build(sticks(50, 100));
        int top = argMax(plain);
        assertEquals(50.0, plain.twoTheta(top), 1e-9);
        // the line moved by +0.05° = 5 steps and doubled; background 10 + 0.5·2θ − 0.001·(2θ)²
        for (int i = 20; i < plain.size() - 20; i += 37) {
            double x = shifted.twoTheta(i + 5);
            double bg = 10 + 0.5 * x - 0.001 * x * x;
            assertEquals(2 * plain.intensity(i), shifted.intensity(i + 5) - bg, 1e-9, "2θ " + x);
        }
        // empty pattern: background only, e.g. at 2θ = 45: 10 + 22.5 − 2.025 = 30.475
        PowderProfile bg = new PowderProfileBuilder().range(40, 60, 0.5).background(10, 0.5, -0.001)
                .build(new XrdPattern(CU_KA1, List.of()));
        assertEquals(30.475, bg.intensity(10), 1e-12);
    }

    @Test
    void kAlpha2LineFromBraggsLaw() {
        // Si (1 1 1), d = 3.1356 Å: 2θ(Kα1 1.540598 Å) = 28.44196°, 2θ(Kα2 1.544426 Å) = 28.51413°.
        double d = 3.1356;
        double tt1 = 28.44196495;
        double tt2 = 28.51412977;
        XrdPattern si = new XrdPattern(CU_KA1, List.of(new XrdPeak(tt1, 100, d, List.of(new HklFamily(1, 1, 1, 8)))));
        ProfileModel narrow = ProfileModel.of(PeakShape.Kind.GAUSSIAN).withCaglioti(0, 0, 1e-4);
        PowderProfile p = new PowderProfileBuilder().profile(narrow).grid(new double[] {tt1 - 0.2, tt1, tt2, tt2 + 0.2})
                .kAlpha2(CU_KA2, 0.5).build(si);
        double height = 100 * 2 / 0.01 * Math.sqrt(Math.log(2) / Math.PI);
        assertEquals(height, p.intensity(1), 1e-6 * height);
        assertEquals(0.5 * height, p.intensity(2), 1e-6 * height);
        // same result when the stick has no d: d is recovered from 2θ and λ1
        XrdPattern noD = new XrdPattern(CU_KA1, List.of(new XrdPeak(tt1, 100, Double.NaN, List.of())));
        PowderProfile q = new PowderProfileBuilder().profile(narrow).grid(new double[] {tt1, tt2})
                .kAlpha2(CU_KA2, 0.5).build(noD);
        assertEquals(0.5 * height, q.intensity(1), 1e-5 * height);
    }

    @Test
    void manyLinesRenderedWithinTheirWindows() {
        List<XrdPeak> peaks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double tt = 10.1 + i * 0.2;
            peaks.add(new XrdPeak(tt, 1 + i % 7, CU_KA1 / (2 * Math.sin(Math.toRadians(tt / 2))), List.of()));
        }
        XrdPattern pattern = new XrdPattern(CU_KA1, peaks);
        double total = peaks.stream().mapToDouble(XrdPeak::intensity).sum();
        PowderProfile p = new PowderProfileBuilder().profile(ProfileModel.of(PeakShape.Kind.GAUSSIAN))
                .range(5, 95, 0.005).build(pattern);
        assertEquals(total, area(p), 1e-6 * total);
    }

    @Test
    void preferredOrientationIsAppliedToTheSticks() {
        // tetragonal (0 0 1), (1 0 0), (1 0 1) at 50, 100, 80; r = 0.7 along [0 0 1] gives 100, 40.176414, 45.100611
        XrdPattern p = MarchDollaseTest.tetragonalPattern();
        MarchDollase md = new MarchDollase(org.matinf.core.structure.Lattice.fromParameters(4, 4, 6, 90, 90, 90),
                0, 0, 1, 0.7);
        PowderProfile textured = new PowderProfileBuilder().profile(ProfileModel.of(PeakShape.Kind.GAUSSIAN))
                .range(10, 30, 0.002).preferredOrientation(md).build(p);
        double height = 2 / 0.1 * Math.sqrt(Math.log(2) / Math.PI);
        int i100 = (int) Math.round((p.twoThetas()[1] - 10) / 0.002);
        double x = textured.twoTheta(i100) - p.twoThetas()[1];
        assertEquals(40.176414 * height * Math.exp(-4 * Math.log(2) * x * x / 0.01), textured.intensity(i100), 1e-4);
        assertEquals("0.7", textured.metadata().get("March-Dollase r"));
    }

    @Test
    void rejectsBadSettings() {
        PowderProfileBuilder b = new PowderProfileBuilder();
        assertThrows(IllegalArgumentException.class, () -> b.range(50, 40, 0.01));
        assertThrows(IllegalArgumentException.class, () -> b.range(40, 50, 0));
        assertThrows(IllegalArgumentException.class, () -> b.grid(new double[] {1, 3, 2}));
        assertThrows(IllegalArgumentException.class, () -> b.kAlpha2(-1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> b.tailTolerance(0));
        assertThrows(IllegalArgumentException.class, () -> b.zeroShift(Double.NaN));
    }
}
