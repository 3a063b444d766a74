package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matinf.core.structure.Lattice;
import org.matinf.core.symmetry.SpaceGroups;
import org.matinf.core.symmetry.SymmetryOperation;

/** March–Dollase factors against hand-computed values. */
class MarchDollaseTest {
    private static final double CU_KA1 = 1.540598;
    /** Tetragonal a = 4 Å, c = 6 Å. */
    private static final Lattice TETRAGONAL = Lattice.fromParameters(4, 4, 6, 90, 90, 90);

    static XrdPeak peak(Lattice lattice, int h, int k, int l, int m, double intensity) {
        double d = lattice.dSpacing(h, k, l);
        double tt = 2 * Math.toDegrees(Math.asin(CU_KA1 / (2 * d)));
        return new XrdPeak(tt, intensity, d, List.of(new HklFamily(h, k, l, m)));
    }

    /** (0 0 1) x2, (1 0 0) x4, (1 0 1) x8 of the tetragonal cell, intensities 50, 100, 80. */
    static XrdPattern tetragonalPattern() {
        return new XrdPattern(CU_KA1, List.of(peak(TETRAGONAL, 0, 0, 1, 2, 50), peak(TETRAGONAL, 1, 0, 0, 4, 100),
                peak(TETRAGONAL, 1, 0, 1, 8, 80)));
    }

    @Test
    void handComputedFactors() {
        // r = 0.7: α = 0 → r⁻³ = 2.915452; α = 90° → r^(3/2) = 0.585662;
        // α = 45° → (0.49·0.5 + 0.5/0.7)^(−3/2) = 0.959286^(−3/2) = 1.064334
        assertEquals(2.915452, MarchDollase.factor(0.7, 0), 1e-6);
        assertEquals(0.585662, MarchDollase.factor(0.7, Math.PI / 2), 1e-6);
        assertEquals(1.064334, MarchDollase.factor(0.7, Math.PI / 4), 1e-6);
        // Tetragonal a = 4, c = 6, axis (0 0 1): (1 0 1) has cos α = (1/6)/√(1/16 + 1/36) = 0.554700,
        // α = 56.3099°, P = (0.49·0.307692 + 0.692308/0.7)^(−3/2) = 1.139780^(−3/2) = 0.821804
        MarchDollase md = new MarchDollase(TETRAGONAL, 0, 0, 1, 0.7);
        assertEquals(56.3099, md.angle(1, 0, 1), 1e-4);
        assertEquals(0.821804, md.factor(1, 0, 1), 1e-6);
        assertEquals(2.915452, md.factor(0, 0, 2), 1e-6);
        assertEquals(0.585662, md.factor(1, 1, 0), 1e-6);
    }

    @Test
    void randomPowderIsUnchanged() {
        XrdPattern p = tetragonalPattern();
        MarchDollase md = new MarchDollase(TETRAGONAL, 1, 0, 1, 1.0);
        assertArrayEquals(p.intensities(), md.apply(p).intensities(), 1e-12);
        assertArrayEquals(p.twoThetas(), md.apply(p).twoThetas(), 0);
        assertEquals(1.0, md.factor(1, 2, 3), 1e-15);
    }

    @Test
    void patternIsCorrectedAndRescaledToHundred() {
        // raw: 50·2.915452 = 145.7726, 100·0.585662 = 58.5662, 80·0.821804 = 65.7443 → /1.457726
        XrdPattern out = new MarchDollase(TETRAGONAL, 0, 0, 1, 0.7).apply(tetragonalPattern());
        assertArrayEquals(new double[] {100, 40.176414, 45.100611}, out.intensities(), 1e-6);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.7, 1.0, 1.5, 4.0})
    void averagesToOneOverTheSphere(double r) {
        // mean over the sphere = (1/2) ∫₀^π P(α) sin α dα
        double mean = 0.5 * new SimpsonIntegrator(1e-12, 1e-12, 3, 30)
                .integrate(10_000_000, a -> MarchDollase.factor(r, a) * Math.sin(a), 0, Math.PI);
        assertEquals(1.0, mean, 1e-8);
    }

    @Test
    void equivalentReflectionsOfTheCubicGroup() {
        List<SymmetryOperation> ops = SpaceGroups.byNumber(225).operations();
        assertEquals(6, MarchDollase.equivalentReflections(2, 0, 0, ops).size());
        assertEquals(8, MarchDollase.equivalentReflections(1, 1, 1, ops).size());
        assertEquals(12, MarchDollase.equivalentReflections(2, 2, 0, ops).size());
        assertEquals(48, MarchDollase.equivalentReflections(1, 2, 3, ops).size());
        assertArrayEquals(new int[] {2, 2, 0}, MarchDollase.equivalentReflections(2, 2, 0, ops).get(0));
        // P2/m (monoclinic, b unique): (1 1 1) → ±(1 1 1), ±(1 −1 1)
        assertEquals(4, MarchDollase.equivalentReflections(1, 1, 1, SpaceGroups.byNumber(10).operations()).size());
    }

    @Test
    void familyAverageWithSymmetry() {
        Lattice si = Lattice.cubic(5.431);
        MarchDollase md = new MarchDollase(si, 1, 1, 1, 0.7);
        MarchDollase sym = md.withSymmetry(SpaceGroups.byNumber(227).operations());
        HklFamily f220 = new HklFamily(2, 2, 0, 12);
        // Representative (2 2 0): cos²α = 2/3 to [1 1 1]: (0.49·2/3 + (1/3)/0.7)^(−3/2) = 1.390089.
        assertEquals(1.390089, md.factor(f220), 1e-6);
        // Six of the twelve {2 2 0} are perpendicular to [1 1 1] (P = 0.585662): mean 0.987875.
        assertEquals(0.987875, sym.factor(f220), 1e-6);
        // every {4 0 0} has cos²α = 1/3: (0.163333 + 0.952381)^(−3/2) = 0.848536, with or without symmetry
        assertEquals(0.848536, md.factor(new HklFamily(4, 0, 0, 6)), 1e-6);
        assertEquals(0.848536, sym.factor(new HklFamily(4, 0, 0, 6)), 1e-6);
    }

    @Test
    void peakWithSeveralFamiliesIsMultiplicityWeighted() {
        // cubic a = 5: (3 0 0) x6 and (2 2 1) x24 share d = 5/3; axis (0 0 1), r = 0.7, with symmetry:
        // {3 0 0}: 2 of 6 along the axis → (2·2.915452 + 4·0.585662)/6 = 1.362259;
        // {2 2 1}: cos²α = 1/9 for (2 2 1), (2 −2 1), ..., 4/9 for (1 2 2)-type, 4/9 for (2 1 2)-type;
        // P(1/9) = (0.054444 + 1.269841)^(−3/2) = 0.656187, P(4/9) = (0.217778 + 0.793651)^(−3/2) = 0.983099;
        // mean over the 24 = (8·0.656187 + 16·0.983099)/24 = 0.874128
        // peak: (6·1.362259 + 24·0.874128)/30 = 0.971754
        Lattice cubic = Lattice.cubic(5);
        double d = 5.0 / 3;
        XrdPeak p = new XrdPeak(2 * Math.toDegrees(Math.asin(CU_KA1 / (2 * d))), 100, d,
                List.of(new HklFamily(3, 0, 0, 6), new HklFamily(2, 2, 1, 24)));
        MarchDollase md = new MarchDollase(cubic, 0, 0, 1, 0.7).withSymmetry(SpaceGroups.byNumber(221).operations());
        assertEquals(1.362259, md.factor(p.families().get(0)), 1e-6);
        assertEquals(0.874128, md.factor(p.families().get(1)), 1e-6);
        assertEquals(0.971754, md.factor(p), 1e-6);
    }

    @Test
    void patternFromAnotherCellIsRejected() {
        MarchDollase md = new MarchDollase(Lattice.cubic(4.2), 0, 0, 1, 0.7);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> md.apply(tetragonalPattern()));
        assertEquals(true, e.getMessage().contains("indexed in another cell"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MarchDollase(TETRAGONAL, 0, 0, 1, 0));
    }
}
