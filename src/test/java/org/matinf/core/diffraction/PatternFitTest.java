package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternFitTest {
    private static final double[] X = {10, 11, 12, 13, 14, 15};

    private static PowderProfile profile(double... y) {
        return new PowderProfile("p", X, y, 1.54);
    }

    /** Noise-free data are reproduced exactly: the scales come back and R_wp is 0. */
    @Test
    void exactDataGiveTheScales() {
        double[] c1 = {0, 1, 5, 1, 0, 0};
        double[] c2 = {0, 0, 0, 2, 6, 2};
        double[] bg = {50, 48, 46, 44, 42, 40};
        double[] y = new double[X.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = bg[i] + 30 * c1[i] + 4 * c2[i];
        }
        PatternFit fit = PatternFit.fit(profile(y), bg, List.of(profile(c1), profile(c2)));
        assertArrayEquals(new double[] {30, 4}, fit.scales(), 1e-9);
        assertArrayEquals(y, fit.calculated(), 1e-9);
        assertEquals(0, fit.rwp(), 1e-9);
        assertArrayEquals(new double[] {0, 30, 150, 30, 0, 0}, fit.scaledComponent(0), 1e-9);
    }

    /**
     * One profile of constant shape 1 on y = 100, 400, 900, no background: weights 1/y, so the scale is
     * the harmonic mean 3 / (1/100 + 1/400 + 1/900), R_wp² = Σ (y − s)²/y / Σ y, R_exp² = (3 − 1) / Σ y.
     */
    @Test
    void weightedScaleAndAgreementFactors() {
        double[] x = {20, 21, 22};
        PowderProfile m = new PowderProfile("m", x, new double[] {100, 400, 900}, 1.54);
        PowderProfile c = new PowderProfile("c", x, new double[] {1, 1, 1}, 1.54);
        PatternFit fit = PatternFit.fit(m, new double[3], List.of(c));
        double s = 3 / (1 / 100.0 + 1 / 400.0 + 1 / 900.0);
        assertEquals(s, fit.scales()[0], 1e-9);
        double residual = (100 - s) * (100 - s) / 100 + (400 - s) * (400 - s) / 400 + (900 - s) * (900 - s) / 900;
        assertEquals(Math.sqrt(residual / 1400), fit.rwp(), 1e-12);
        assertEquals(Math.sqrt(2 / 1400.0), fit.rexp(), 1e-12);
        assertEquals(residual / 2, fit.chiSquared(), 1e-9);
        assertArrayEquals(new double[] {100 - s, 400 - s, 900 - s}, fit.difference(), 1e-9);
    }

    /** The uncertainties of the measurement are the weights where the file has them. */
    @Test
    void uncertaintiesOfTheMeasurementWeigh() {
        double[] x = {20, 21};
        PowderProfile m = new PowderProfile("m", x, new double[] {10, 20}, new double[] {1, 1e6}, 1.54, null);
        PatternFit fit = PatternFit.fit(m, new double[2], List.of(new PowderProfile("c", x, new double[] {1, 1}, 1.54)));
        assertEquals(10, fit.scales()[0], 1e-6);
    }

    /** Scales are never negative: a profile that would need a negative scale gets 0. */
    @Test
    void scalesAreNotNegative() {
        double[] c1 = {1, 2, 3, 2, 1, 0};
        double[] c2 = {0, 0, 1, 0, 0, 0};
        double[] y = {100, 200, 250, 200, 100, 0};
        PatternFit fit = PatternFit.fit(profile(y), new double[6], List.of(profile(c1), profile(c2)));
        assertEquals(0, fit.scales()[1], 0);
        assertTrue(fit.scales()[0] > 0);
    }

    @Test
    void profilesMustShareTheGrid() {
        PowderProfile other = new PowderProfile("c", new double[] {0, 1, 2, 3, 4, 5}, new double[6], 1.54);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> PatternFit.fit(profile(1, 2, 3, 4, 5, 6), new double[6], List.of(other)));
        assertEquals("the calculated profile c is not on the 2θ grid of the measured pattern", ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PatternFit.fit(profile(1, 2, 3, 4, 5, 6), new double[5],
                List.of(profile(1, 1, 1, 1, 1, 1))));
    }
}
