package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

class LatticeStrainTest {
    private static final double LAMBDA = 1.54184;

    @Test
    void isotropicStrainScalesEveryDSpacingByOnePlusEpsilon() {
        Structure lfp = TestData.structure("pymatgen/LiFePO4.vasp");
        double eps = 0.01;
        XrdPattern before = XrdCalculator.cuKa().calculate(lfp);
        XrdPattern after = XrdCalculator.cuKa().calculate(LatticeStrain.isotropic(lfp, eps));
        // larger d, smaller 2θ: every peak below 90° stays below 90°, new ones may come in at the top
        assertTrue(after.size() >= before.size());
        for (int i = 0; i < before.size(); i++) {
            XrdPeak p = before.peaks().get(i);
            XrdPeak q = after.peaks().get(i);
            assertEquals(p.d() * (1 + eps), q.d(), 1e-12 * p.d(), "peak " + i);
            assertEquals(Math.toDegrees(2 * Math.asin(LAMBDA / (2 * p.d() * (1 + eps)))), q.twoTheta(), 1e-9);
            assertEquals(p.hklLabel(), q.hklLabel());
            assertEquals(p.multiplicity(), q.multiplicity());
        }
        double[][] iso = {{eps, 0, 0}, {0, eps, 0}, {0, 0, eps}};
        XrdPattern viaTensor = XrdCalculator.cuKa().calculate(LatticeStrain.tensor(lfp, iso));
        assertEquals(after.size(), viaTensor.size());
        for (int i = 0; i < after.size(); i++) {
            assertEquals(after.peaks().get(i).d(), viaTensor.peaks().get(i).d(), 1e-12);
        }
    }

    @Test
    void strainAlongCMovesOnlyPeaksWithL() {
        Structure zno = TestData.structure("handmade/ZnO_wurtzite.vasp");
        XrdPattern before = XrdCalculator.cuKa().calculate(zno);
        XrdPattern after = XrdCalculator.cuKa().calculate(LatticeStrain.axial(zno, 0, 0, 0.02));
        assertEquals(d(before, "1 0 0"), d(after, "1 0 0"), 1e-12);
        assertEquals(d(before, "2 -1 0"), d(after, "2 -1 0"), 1e-12); // (2 -1 -1 0) = (1 1 -2 0) family
        assertEquals(d(before, "0 0 2") * 1.02, d(after, "0 0 2"), 1e-12);
        assertEquals(d(before, "0 0 4") * 1.02, d(after, "0 0 4"), 1e-12);
        assertTrue(d(after, "1 0 1") > d(before, "1 0 1"));
    }

    @Test
    void badStrainsAreRejected() {
        Structure cu = TestData.structure("elements_cod/Cu.cif");
        assertThrows(IllegalArgumentException.class, () -> LatticeStrain.isotropic(cu, -1));
        assertThrows(IllegalArgumentException.class, () -> LatticeStrain.isotropic(cu, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> LatticeStrain.tensor(cu, new double[][] {{0, 0.1, 0}, {0, 0, 0}, {0, 0, 0}}));
        assertThrows(IllegalArgumentException.class, () -> LatticeStrain.tensor(cu, new double[][] {{0, 0}, {0, 0}}));
    }

    private static double d(XrdPattern p, String hkl) {
        return p.peaks().stream().filter(q -> q.families().stream().anyMatch(f -> f.label().equals(hkl)))
                .findFirst().orElseThrow(() -> new AssertionError("no peak " + hkl)).d();
    }
}
