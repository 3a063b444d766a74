package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Lattice;
import org.matinf.core.symmetry.SpaceGroups;

/** Stick positions under isotropic and axial lattice strain. */
class StrainedPeaksTest {
    private static final double CU_KA1 = 1.540598;
    private static final Lattice TETRAGONAL = Lattice.fromParameters(4, 4, 6, 90, 90, 90);

    @Test
    void isotropicStrainScalesEveryDByOnePlusEpsilon() {
        XrdPattern p = MarchDollaseTest.tetragonalPattern();
        for (double e : new double[] {-0.02, 0.005, 0.01}) {
            XrdPattern s = StrainedPeaks.isotropic(p, e);
            assertEquals(p.size(), s.size());
            for (int i = 0; i < p.size(); i++) {
                assertEquals(p.dSpacings()[i] * (1 + e), s.dSpacings()[i], 1e-15);
                assertEquals(p.intensities()[i], s.intensities()[i], 0);
                double tt = 2 * Math.toDegrees(Math.asin(CU_KA1 / (2 * s.dSpacings()[i])));
                assertEquals(tt, s.twoThetas()[i], 1e-12);
            }
        }
        // (1 0 0), d = 4 Å → 4.04 Å at ε = 1%: 2θ 22.206164° → 21.983549°
        XrdPattern s = StrainedPeaks.isotropic(p, 0.01);
        assertEquals(22.20616388, p.twoThetas()[1], 1e-7);
        assertEquals(21.98354904, s.twoThetas()[1], 1e-7);
        assertEquals(3, StrainedPeaks.isotropicSeries(p, 0, 0.01, 0.02).size());
    }

    @Test
    void axialStrainMovesZeroZeroLOnlyWithEpsilonC() {
        XrdPattern p = MarchDollaseTest.tetragonalPattern();
        StrainedPeaks sp = new StrainedPeaks(TETRAGONAL);
        // εa = εb = 2 %: (0 0 1) stays at d = 6 (14.752343°), (1 0 0) goes to 4.08 Å (21.765381°),
        // (1 0 1) to 1/√(1/4.08² + 1/36) = 3.356... Å
        XrdPattern ab = sp.axial(p, 0.02, 0.02, 0);
        assertArrayEquals(new double[] {6.0, 4.08, 1 / Math.sqrt(1 / (4.08 * 4.08) + 1 / 36.0)}, ab.dSpacings(), 1e-12);
        assertEquals(14.75234336, ab.twoThetas()[0], 1e-7);
        assertEquals(21.76538071, ab.twoThetas()[1], 1e-7);
        // εc = 3 %: (0 0 1) to 6.18 Å (14.320378°), (1 0 0) stays (22.206164°),
        // (1 0 1) to 1/√(1/16 + 1/6.18²) = 3.357989 Å (26.522669°)
        XrdPattern c = sp.axial(p, 0, 0, 0.03);
        assertArrayEquals(new double[] {6.18, 4.0, 3.3579890372507215}, c.dSpacings(), 1e-12);
        assertArrayEquals(new double[] {14.32037821, 22.20616388, 26.52266924}, c.twoThetas(), 1e-7);
        assertArrayEquals(p.intensities(), c.intensities(), 0);
        assertEquals("0 0 1", c.peaks().get(0).hklLabel());
    }

    @Test
    void symmetryOperationsSplitAFamilyTheStrainMakesInequivalent() {
        // cubic a = 4 Å, {1 0 0} x6 at 100: under εc = 1 % (1 0 0)x4 stays at d = 4 Å, (0 0 1)x2 goes to 4.04 Å
        Lattice cubic = Lattice.cubic(4);
        XrdPattern p = new XrdPattern(CU_KA1, List.of(MarchDollaseTest.peak(cubic, 1, 0, 0, 6, 100)));
        XrdPattern split = new StrainedPeaks(cubic).withSymmetry(SpaceGroups.byNumber(221).operations())
                .axial(p, 0, 0, 0.01);
        assertEquals(2, split.size());
        assertArrayEquals(new double[] {21.98354904, 22.20616388}, split.twoThetas(), 1e-7);
        assertArrayEquals(new double[] {100 / 3.0, 200 / 3.0}, split.intensities(), 1e-12);
        assertEquals(2, split.peaks().get(0).multiplicity());
        assertEquals(4, split.peaks().get(1).multiplicity());
        assertEquals("0 0 1", split.peaks().get(0).hklLabel());
        // without symmetry the representative (1 0 0) carries the whole family
        XrdPattern whole = new StrainedPeaks(cubic).axial(p, 0, 0, 0.01);
        assertArrayEquals(new double[] {22.20616388}, whole.twoThetas(), 1e-7);
        // isotropic-like axial strain keeps the family together
        XrdPattern same = new StrainedPeaks(cubic).withSymmetry(SpaceGroups.byNumber(221).operations())
                .axial(p, 0.01, 0.01, 0.01);
        assertEquals(1, same.size());
        assertEquals(6, same.peaks().get(0).multiplicity());
        assertEquals(4.04, same.dSpacings()[0], 1e-12);
    }

    @Test
    void reflectionsBeyondTheLimitingSphereAreDropped() {
        // d = λ/2 · 1.005 is still observable (2θ ≈ 168°); compressed by 1 % it no longer is.
        double d = CU_KA1 / 2 * 1.005;
        XrdPattern p = new XrdPattern(CU_KA1, List.of(new XrdPeak(2 * Math.toDegrees(Math.asin(CU_KA1 / (2 * d))), 5, d,
                List.of())));
        assertEquals(1, StrainedPeaks.isotropic(p, 0).size());
        assertEquals(0, StrainedPeaks.isotropic(p, -0.01).size());
    }

    @Test
    void rejectsMismatchedCellsAndImpossibleStrains() {
        XrdPattern p = MarchDollaseTest.tetragonalPattern();
        assertThrows(IllegalArgumentException.class, () -> new StrainedPeaks(Lattice.cubic(4)).axial(p, 0, 0, 0.01));
        assertThrows(IllegalArgumentException.class, () -> StrainedPeaks.isotropic(p, -1));
        assertThrows(IllegalArgumentException.class, () -> new StrainedPeaks(TETRAGONAL).axial(p, 0, 0, Double.NaN));
    }
}
