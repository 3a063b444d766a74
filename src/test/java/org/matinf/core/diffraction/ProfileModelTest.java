package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Caglioti, Scherrer and microstrain widths against hand-computed values. */
class ProfileModelTest {
    private static final double CU_KA1 = 1.540598;

    @Test
    void cagliotiWidth() {
        // 2θ = 60°: tanθ = 0.577350; H² = 0.01/3 − 0.005·0.577350 + 0.004 = 0.0044466, H = 0.0666827.
        ProfileModel m = ProfileModel.of(PeakShape.Kind.GAUSSIAN).withCaglioti(0.01, -0.005, 0.004);
        assertEquals(0.0666827, m.gaussianFwhm(60), 1e-7);
        assertEquals(0.0, m.lorentzianFwhm(60, CU_KA1), 0);
        PeakShape s = m.shapeAt(60, CU_KA1);
        assertEquals(0.0666827, s.fwhm(), 1e-7);
        assertEquals(0.0, s.eta(), 0);
        // P/cos²θ: at 2θ = 60°, cos²30° = 0.75, so P = 0.003 adds 0.004 deg² to H².
        assertEquals(Math.sqrt(0.0084466), m.withGaussianSizeTerm(0.003).gaussianFwhm(60), 1e-7);
    }

    @Test
    void defaultWidthIsPointOneDegree() {
        assertEquals(0.1, ProfileModel.defaults().shapeAt(25, Double.NaN).fwhm(), 1e-15);
        assertEquals(0.1, ProfileModel.defaults().shapeAt(125, Double.NaN).fwhm(), 1e-15);
    }

    @Test
    void scherrerSizeBroadening() {
        // K = 0.9, λ = 1.5406 Å, L = 20 nm = 200 Å, 2θ = 40°: β = 0.9·1.5406/(200·cos20°) = 1.38654/187.9385
        // = 0.00737765 rad = 0.422707°.
        ProfileModel m = ProfileModel.defaults().withCrystalliteSize(20);
        assertEquals(0.422707, m.sizeBroadening(40, 1.5406), 1e-6);
        assertEquals(0.422707 / 0.9, m.withScherrerConstant(1.0).sizeBroadening(40, 1.5406), 1e-6);
        assertEquals(0.422707, m.lorentzianFwhm(40, 1.5406), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> m.sizeBroadening(40, Double.NaN));
    }

    @Test
    void microstrainBroadening() {
        // ε = 1e-3, 2θ = 90°: β = 4e-3·tan45° = 0.004 rad = 0.229183°.
        ProfileModel m = ProfileModel.defaults().withMicrostrain(1e-3);
        assertEquals(0.229183, m.strainBroadening(90), 1e-6);
        // with X = 0.02°, Y = 0.01°: + 0.02·1 + 0.01/cos45° = 0.034142
        assertEquals(0.229183 + 0.034142, m.withLorentzianTerms(0.02, 0.01).lorentzianFwhm(90, CU_KA1), 1e-6);
    }

    @Test
    void allShapesShareTheTchWidth() {
        ProfileModel m = ProfileModel.defaults().withCaglioti(0, 0, 0.01).withCrystalliteSize(100);
        double hl = m.lorentzianFwhm(40, CU_KA1);
        double h = PeakShape.tchFwhm(0.1, hl);
        for (PeakShape.Kind k : PeakShape.Kind.values()) {
            assertEquals(h, m.withShape(k).shapeAt(40, CU_KA1).fwhm(), 1e-15, k.toString());
        }
        assertEquals(PeakShape.tchEta(hl / h), m.shapeAt(40, CU_KA1).eta(), 1e-15);
        // η = η0 + η1·2θ = 0.2 + 0.005·40 = 0.4, clipped to [0, 1]
        ProfileModel pv = m.withShape(PeakShape.Kind.PSEUDO_VOIGT).withEta(0.2, 0.005);
        assertEquals(0.4, pv.shapeAt(40, CU_KA1).eta(), 1e-15);
        assertEquals(1.0, pv.shapeAt(170, CU_KA1).eta(), 0);
    }

    @Test
    void negativeCagliotiWidthIsReported() {
        ProfileModel m = ProfileModel.defaults().withCaglioti(0, -0.1, 0.001);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.shapeAt(60, CU_KA1));
        assertEquals(true, e.getMessage().contains("negative H²"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProfileModel.defaults().withCrystalliteSize(0));
        assertThrows(IllegalArgumentException.class, () -> ProfileModel.defaults().withMicrostrain(-1e-3));
    }
}
