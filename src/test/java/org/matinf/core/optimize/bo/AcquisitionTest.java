package org.matinf.core.optimize.bo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Acquisition values against hand-computed cases. Φ and φ at the z used here, from the standard
 * normal table: Φ(0.5) = 0.6914624612740131, φ(0.5) = 0.3520653267642995, Φ(−1) = 0.15865525393145707,
 * φ(1) = 0.24197072451914337, Φ(0) = ½, φ(0) = 0.3989422804014327.
 */
class AcquisitionTest {
    private static final double PHI_HALF = 0.6914624612740131;
    private static final double DENSITY_HALF = 0.3520653267642995;

    @Test
    void expectedImprovementByHand() {
        Acquisition ei = new Acquisition(Acquisition.Kind.EI, 0, 2);
        // μ = 1, σ = 1, best 0.5: z = 0.5, EI = 0.5 Φ(0.5) + φ(0.5)
        assertEquals(0.5 * PHI_HALF + DENSITY_HALF, ei.value(1, 1, 0.5), 1e-15);
        // μ = 2, σ = 2, best 3, ξ = 1: improvement −2, z = −1, EI = −2 Φ(−1) + 2 φ(1)
        Acquisition eiXi = new Acquisition(Acquisition.Kind.EI, 1, 2);
        assertEquals(-2 * 0.15865525393145707 + 2 * 0.24197072451914337, eiXi.value(2, 2, 3), 1e-15);
        // at the incumbent with σ: EI = σ φ(0)
        assertEquals(0.3 * 0.3989422804014327, ei.value(4, 0.3, 4), 1e-15);
        // no uncertainty: the plain improvement, or zero
        assertEquals(0.5, ei.value(1, 0, 0.5), 0);
        assertEquals(0, ei.value(0.2, 0, 0.5), 0);
        // far in the tail EI stays positive and tiny, never negative or NaN
        double tail = ei.value(-30, 1, 0);
        assertTrue(tail >= 0 && tail < 1e-190, "EI deep in the tail " + tail);
    }

    @Test
    void probabilityOfImprovementByHand() {
        Acquisition pi = new Acquisition(Acquisition.Kind.PI, 0, 2);
        assertEquals(PHI_HALF, pi.value(1, 1, 0.5), 1e-15);
        assertEquals(0.15865525393145707, new Acquisition(Acquisition.Kind.PI, 1, 2).value(2, 2, 3), 1e-15);
        assertEquals(0.5, pi.value(4, 0.3, 4), 1e-15);
        assertEquals(1, pi.value(1, 0, 0.5), 0);
        assertEquals(0, pi.value(0.5, 0, 0.5), 0);
        // 1 − Φ(40) would round to 0 with a plain erf; erfc keeps the lower tail: Φ(−40) ≈ 3.7e−350 → 0, Φ(−8) = 6.22e−16
        assertEquals(6.220960574271785e-16, pi.value(-8, 1, 0), 1e-25);
    }

    @Test
    void confidenceBoundByHand() {
        Acquisition ucb = new Acquisition(Acquisition.Kind.UCB, 0, 2);
        assertEquals(3, ucb.value(1, 1, 100), 0);
        assertEquals(1.5, new Acquisition(Acquisition.Kind.UCB, 0, 0.5).value(1, 1, 0), 0);
    }

    @Test
    void minimisingIsMaximisingTheNegatedTarget() {
        // minimise y: y = 2 ± 1 with best (lowest) y = 2.5 is u = −2 ± 1 against best u = −2.5
        Acquisition ei = new Acquisition(Acquisition.Kind.EI, 0, 2);
        double sign = Goal.MINIMIZE.sign();
        assertEquals(0.5 * PHI_HALF + DENSITY_HALF, ei.value(sign * 2, 1, sign * 2.5), 1e-15);
        // the lower confidence bound μ − κσ of y is the upper bound of u with its sign flipped
        Acquisition lcb = Acquisition.of(Acquisition.parseKind("LCB"));
        assertEquals(-(2 - 2 * 1), lcb.value(sign * 2, 1, 0), 0);
    }

    @Test
    void namesAndBadValues() {
        assertEquals(Acquisition.Kind.EI, Acquisition.parseKind("ei"));
        assertEquals(Acquisition.Kind.PI, Acquisition.parseKind(" PI "));
        assertEquals(Acquisition.Kind.UCB, Acquisition.parseKind("lcb"));
        assertEquals(Acquisition.Kind.TS, Acquisition.parseKind("Thompson"));
        assertEquals(Goal.MINIMIZE, Goal.parse("minimise"));
        assertEquals(Goal.MAXIMIZE, Goal.parse("MAX"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Acquisition.parseKind("EIx"));
        assertTrue(e.getMessage().contains("EIx") && e.getMessage().contains("UCB"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Acquisition(Acquisition.Kind.EI, -0.1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Acquisition(Acquisition.Kind.UCB, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Goal.parse("up"));
        assertThrows(IllegalStateException.class, () -> Acquisition.of(Acquisition.Kind.TS).value(0, 1, 0));
    }
}
