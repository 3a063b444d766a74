package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Unit area, FWHM and the Thompson–Cox–Hastings combination of the line shapes. */
class PeakShapeTest {

    static Stream<PeakShape> shapes() {
        return Stream.of(PeakShape.gaussian(0.1), PeakShape.lorentzian(0.25), PeakShape.pseudoVoigt(0.08, 0.3),
                PeakShape.pseudoVoigt(1.7, 0.85), PeakShape.thompsonCoxHastings(0.1, 0.05),
                PeakShape.thompsonCoxHastings(0.03, 0.12));
    }

    /** Composite Simpson integral of the shape over [−a, a] with n (even) intervals. */
    static double integral(PeakShape s, double a, int n) {
        double h = 2 * a / n;
        double sum = s.value(-a) + s.value(a);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * s.value(-a + i * h);
        }
        return sum * h / 3;
    }

    /** Full width at half maximum read off the curve sampled every fwhm/2000, interpolating linearly. */
    static double measuredFwhm(PeakShape s) {
        double half = s.value(0) / 2;
        double step = s.fwhm() / 2000;
        double x = 0;
        while (s.value(x + step) > half) {
            x += step;
        }
        double f0 = s.value(x);
        double f1 = s.value(x + step);
        return 2 * (x + step * (f0 - half) / (f0 - f1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void unitAreaOverFiftyFwhmPlusTheLorentzianTail(PeakShape s) {
        double a = 50 * s.fwhm();
        double inside = integral(s, a, 400_000);
        // Outside ±50 H the Gaussian part is nil; the Lorentzian part has 1 − (2/π) atan(100) = 0.0063660 left.
        double tail = s.eta() * (1 - 2 / Math.PI * Math.atan(100));
        assertEquals(1.0, inside + tail, 1e-4, s.toString());
        assertEquals(s.areaWithin(a), inside, 1e-7, s.toString());
    }

    @Test
    void gaussianAreaWithinFiftyFwhmIsOne() {
        assertEquals(1.0, integral(PeakShape.gaussian(0.1), 5.0, 200_000), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void fwhmMeasuredOnTheCurveIsTheParameter(PeakShape s) {
        assertEquals(s.fwhm(), measuredFwhm(s), 1e-6 * s.fwhm(), s.toString());
    }

    @Test
    void heightsOfGaussianAndLorentzian() {
        // Gaussian: (2/H) sqrt(ln2/π) = 20 × 0.4697186 = 9.394373 for H = 0.1; Lorentzian: 2/(πH) = 6.366198.
        assertEquals(9.394373, PeakShape.gaussian(0.1).height(), 1e-6);
        assertEquals(6.366198, PeakShape.lorentzian(0.1).height(), 1e-6);
        // At x = H the Lorentzian is 1/5 of its height, the Gaussian 2^-4 = 1/16.
        assertEquals(6.366198 / 5, PeakShape.lorentzian(0.1).value(0.1), 1e-6);
        assertEquals(9.394373 / 16, PeakShape.gaussian(0.1).value(-0.1), 1e-6);
    }

    @Test
    void tchReducesToGaussianAndLorentzian() {
        PeakShape g = PeakShape.thompsonCoxHastings(0.2, 0);
        assertEquals(0.2, g.fwhm(), 1e-15);
        assertEquals(0.0, g.eta(), 0);
        assertEquals(PeakShape.gaussian(0.2).value(0.13), g.value(0.13), 1e-12);
        PeakShape l = PeakShape.thompsonCoxHastings(0, 0.2);
        assertEquals(0.2, l.fwhm(), 1e-15);
        // 1.36603 − 0.47719 + 0.11116 = 1.00000
        assertEquals(1.0, l.eta(), 1e-12);
        assertEquals(PeakShape.lorentzian(0.2).value(0.13), l.value(0.13), 1e-9);
    }

    @Test
    void tchWidthAndMixingAtHandComputedPoints() {
        // H_G = H_L = 1: sum = 1 + 2.69269 + 2.42843 + 4.47163 + 0.07842 + 1 = 11.67117, H = 11.67117^(1/5)
        // = exp(2.457120/5) = 1.634643; q = 1/H = 0.611754,
        // η = 1.36603 q − 0.47719 q² + 0.11116 q³ = 0.835674 − 0.178585 + 0.025450 = 0.682539.
        PeakShape a = PeakShape.thompsonCoxHastings(1, 1);
        assertEquals(1.634643, a.fwhm(), 1e-6);
        assertEquals(0.682539, a.eta(), 1e-6);
        // H_G = 0.1, H_L = 0.05: 1e-5 + 2.69269·5e-6 + 2.42843·2.5e-6 + 4.47163·1.25e-6 + 0.07842·6.25e-7
        // + 3.125e-7 = 3.5231e-5 ... H = 0.128828; q = 0.388117, η = 0.464794.
        PeakShape b = PeakShape.thompsonCoxHastings(0.1, 0.05);
        assertEquals(0.128828, b.fwhm(), 1e-6);
        assertEquals(0.464794, b.eta(), 1e-6);
        PeakShape c = PeakShape.thompsonCoxHastings(0.03, 0.12);
        assertEquals(0.127395, c.fwhm(), 1e-6);
        assertEquals(0.956240, c.eta(), 1e-6);
    }

    @Test
    void cutoffWindowLosesTheToleratedArea() {
        PeakShape l = PeakShape.lorentzian(0.1);
        double n = l.cutoffInFwhm(1e-3);
        // cot(π·1e-3/2)/2 = 1/(2 tan 0.0015708) = 318.31
        assertEquals(318.31, n, 0.01);
        assertEquals(1 - 1e-3, l.areaWithin(n * l.fwhm()), 1e-12);
        assertEquals(3.0, PeakShape.gaussian(0.1).cutoffInFwhm(1e-3), 0);
        assertEquals(1.0, PeakShape.gaussian(0.1).areaWithin(0.3), 1e-11);
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> PeakShape.gaussian(0));
        assertThrows(IllegalArgumentException.class, () -> PeakShape.lorentzian(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> PeakShape.pseudoVoigt(0.1, 1.2));
        assertThrows(IllegalArgumentException.class, () -> PeakShape.thompsonCoxHastings(0, 0));
        assertThrows(IllegalArgumentException.class, () -> PeakShape.thompsonCoxHastings(-0.1, 0.2));
    }
}
