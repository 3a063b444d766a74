package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** Physics of the calculator beyond the pymatgen parity: Debye–Waller factors, site Biso, neutrons. */
class XrdCalculatorTest {
    private static final Structure CU = TestData.structure("elements_cod/Cu.cif");
    private static final Structure NACL = TestData.structure("handmade/NaCl_B1_conv.vasp");

    @Test
    void defaultsArePymatgens() {
        XrdCalculator c = XrdCalculator.cuKa();
        assertEquals(1.54184, c.wavelength());
        assertEquals(0, c.twoThetaMin());
        assertEquals(90, c.twoThetaMax());
        assertEquals(Radiation.XRAY, c.radiation());
        assertTrue(c.debyeWaller().isEmpty());
        // fcc Cu (a = 3.615 Å): 111 200 220 below 90° (311 is at 90.02°), multiplicities 8 6 12
        XrdPattern p = c.calculate(CU);
        assertEquals(List.of("1 1 1", "2 0 0", "2 2 0"), p.peaks().stream().map(XrdPeak::hklLabel).toList());
        assertEquals(List.of(8, 6, 12), p.peaks().stream().map(XrdPeak::multiplicity).toList());
        assertEquals(100, p.peaks().get(0).intensity(), 1e-12);
    }

    @Test
    void debyeWallerDampsIntensityByExpMinus2BsSquared() {
        double b = 0.8;
        XrdPattern cold = XrdCalculator.cuKa().calculate(CU);
        XrdPattern warm = XrdCalculator.builder().debyeWaller("Cu", b).build().calculate(CU);
        assertEquals(cold.size(), warm.size());
        double s0 = 1 / (2 * cold.peaks().get(0).d());
        for (int i = 0; i < cold.size(); i++) {
            double s = 1 / (2 * cold.peaks().get(i).d());
            double ratio = warm.peaks().get(i).intensity() / cold.peaks().get(i).intensity();
            assertEquals(Math.exp(-2 * b * (s * s - s0 * s0)), ratio, 1e-12, "peak " + i);
            assertEquals(cold.peaks().get(i).twoTheta(), warm.peaks().get(i).twoTheta());
        }
    }

    @Test
    void siteBisoWinsWhenSwitchedOnAndIgnoredOtherwise() {
        List<Site> sites = new ArrayList<>();
        CU.sites().forEach(s -> sites.add(s.withBiso(0.8)));
        Structure withBiso = CU.withSites(sites);
        double[] byElement = XrdCalculator.builder().debyeWaller("Cu", 0.8).build().calculate(CU).intensities();
        double[] bySite = XrdCalculator.builder().useSiteBiso(true).debyeWaller("Cu", 5.0).build()
                .calculate(withBiso).intensities();
        double[] ignored = XrdCalculator.cuKa().calculate(withBiso).intensities();
        double[] cold = XrdCalculator.cuKa().calculate(CU).intensities();
        for (int i = 0; i < cold.length; i++) {
            assertEquals(byElement[i], bySite[i], 1e-12);
            assertEquals(cold[i], ignored[i], 1e-12);
        }
        // a site without Biso falls back to the element's B
        double[] fallback = XrdCalculator.builder().useSiteBiso(true).debyeWaller("Cu", 0.8).build()
                .calculate(CU).intensities();
        for (int i = 0; i < cold.length; i++) {
            assertEquals(byElement[i], fallback[i], 1e-12);
        }
    }

    @Test
    void neutronNaClByHand() {
        double bNa = NeutronScatteringLengths.real(PeriodicTable.bySymbol("Na"));
        double bCl = NeutronScatteringLengths.real(PeriodicTable.bySymbol("Cl"));
        assertEquals(3.63, bNa);
        assertEquals(9.577, bCl);
        XrdPattern p = XrdCalculator.builder().radiation(Radiation.NEUTRON).build().calculate(NACL);
        XrdPeak p111 = p.peaks().get(0);
        XrdPeak p200 = p.peaks().get(1);
        assertEquals("1 1 1", p111.hklLabel());
        assertEquals("2 0 0", p200.hklLabel());
        double lambda = 1.54184;
        double a = 5.64;
        // F(111) = 4 (bNa - bCl), F(200) = 4 (bNa + bCl); multiplicities 8 and 6; L = 1 / (sin²θ cos θ)
        double expected = 8 * Math.pow(4 * (bNa - bCl), 2) * lorentz(lambda, a / Math.sqrt(3))
                / (6 * Math.pow(4 * (bNa + bCl), 2) * lorentz(lambda, a / 2));
        assertEquals(expected, p111.intensity() / p200.intensity(), 1e-12);
        // X-rays see (111) weaker too, but by another ratio: Na+ and Cl- differ by 6 electrons, not by 6 fm
        XrdPattern x = XrdCalculator.cuKa().calculate(NACL);
        assertTrue(Math.abs(x.peaks().get(0).intensity() / x.peaks().get(1).intensity() - expected) > 0.01);
    }

    @Test
    void neutronNickelHasXrayPositionsAndIntensitiesFromLorentzAndMultiplicityOnly() {
        Structure ni = TestData.structure("elements_cod/Ni.cif");
        XrdPattern x = XrdCalculator.builder().wavelength(1.594).twoThetaRange(10, 150).build().calculate(ni);
        XrdPattern n = XrdCalculator.builder().wavelength(1.594).twoThetaRange(10, 150).radiation(Radiation.NEUTRON)
                .build().calculate(ni);
        assertEquals(x.size(), n.size());
        double max = 0;
        double[] ml = new double[n.size()];
        for (int i = 0; i < n.size(); i++) {
            XrdPeak q = n.peaks().get(i);
            assertEquals(x.peaks().get(i).twoTheta(), q.twoTheta());
            assertEquals(x.peaks().get(i).multiplicity(), q.multiplicity());
            ml[i] = q.multiplicity() * lorentz(1.594, q.d());
            max = Math.max(max, ml[i]);
        }
        for (int i = 0; i < n.size(); i++) {
            assertEquals(100 * ml[i] / max, n.peaks().get(i).intensity(), 1e-9, "peak " + i);
        }
    }

    @Test
    void complexScatteringLengthsOfAbsorbers() {
        assertEquals(-13.82, NeutronScatteringLengths.imaginary(PeriodicTable.bySymbol("Gd")));
        assertEquals(6.671, NeutronScatteringLengths.real(PeriodicTable.bySymbol("D")));
        // one element only: |b|² is common to all reflections, so the scaled pattern is that of any b
        Structure gdOnCuSites = CU.withSites(CU.sites().stream()
                .map(s -> Site.of(PeriodicTable.bySymbol("Gd"), s.frac(0), s.frac(1), s.frac(2))).toList());
        double[] gd = XrdCalculator.builder().radiation(Radiation.NEUTRON).build().calculate(gdOnCuSites).intensities();
        double[] cu = XrdCalculator.builder().radiation(Radiation.NEUTRON).build().calculate(CU).intensities();
        assertEquals(cu.length, gd.length);
        for (int i = 0; i < cu.length; i++) {
            assertEquals(cu[i], gd[i], 1e-9);
        }
    }

    @Test
    void missingScatteringDataAndBadInputAreReported() {
        Structure po = TestData.structure("elements_cod/Po.cif");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> XrdCalculator.builder().radiation(Radiation.NEUTRON).build().calculate(po));
        assertTrue(e.getMessage().contains("Po"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> XrdCalculator.builder().wavelength(-1));
        assertThrows(IllegalArgumentException.class, () -> XrdCalculator.builder().twoThetaRange(50, 40));
        assertThrows(IllegalArgumentException.class, () -> XrdCalculator.builder().twoThetaRange(0, 181));
        assertThrows(IllegalArgumentException.class, () -> XrdCalculator.builder().debyeWaller("Cu", Double.NaN));
        Structure molecule = new Structure(CU.lattice(), CU.sites(), false, "not a crystal");
        assertThrows(IllegalArgumentException.class, () -> XrdCalculator.cuKa().calculate(molecule));
    }

    @Test
    void noReflectionInRangeGivesAnEmptyPattern() {
        assertEquals(0, XrdCalculator.builder().twoThetaRange(0, 5).build().calculate(CU).size());
        XrdPattern from45 = XrdCalculator.builder().twoThetaRange(45, 90).build().calculate(CU);
        assertEquals("2 0 0", from45.peaks().get(0).hklLabel());
        assertEquals(100, from45.peaks().get(0).intensity(), 1e-12);
    }

    @Test
    void formFactorsStartAtZAndFall() {
        assertEquals(29, XrayFormFactors.f(PeriodicTable.bySymbol("Cu"), 0), 0);
        assertEquals(8, XrayFormFactors.f(PeriodicTable.bySymbol("O"), 0), 0);
        double previous = 30;
        for (double s = 0; s < 1.5; s += 0.1) {
            double f = XrayFormFactors.f(PeriodicTable.bySymbol("Cu"), s);
            assertTrue(f < previous);
            previous = f;
        }
        // Cu at s = 0.5 Å⁻¹ by hand from its four (a, b) pairs in the table
        double s2 = 0.25;
        double sum = 1.579 * Math.exp(-62.94 * s2) + 1.82 * Math.exp(-12.453 * s2) + 1.658 * Math.exp(-2.504 * s2)
                + 0.532 * Math.exp(-0.333 * s2);
        assertEquals(29 - 41.78214 * s2 * sum, XrayFormFactors.f(PeriodicTable.bySymbol("Cu"), 0.5), 1e-12);
    }

    private static double lorentz(double lambda, double d) {
        double theta = Math.asin(lambda / (2 * d));
        return 1 / (Math.sin(theta) * Math.sin(theta) * Math.cos(theta));
    }
}
