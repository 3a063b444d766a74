package org.matinf.core.diffraction.electron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

class ElectronScatteringTest {
    private static final JsonNode REF = TestData.json(TestData.reference("electron/electron_factors.json"));

    @Test
    void relativisticWavelengthMatchesPymatgen() {
        REF.get("wavelength").fields().forEachRemaining(e -> assertEquals(e.getValue().asDouble(),
                ElectronWavelength.angstrom(Double.parseDouble(e.getKey())), 1e-12, e.getKey() + " kV"));
        assertEquals(0.02508, ElectronWavelength.angstrom(200), 1e-5);
        assertEquals(1.3914, ElectronWavelength.gamma(200), 1e-4);
    }

    @Test
    void wavelengthRejectsNonPositiveVoltage() {
        assertThrows(IllegalArgumentException.class, () -> ElectronWavelength.angstrom(0));
        assertThrows(IllegalArgumentException.class, () -> ElectronWavelength.angstrom(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ElectronWavelength.angstrom(-200));
    }

    @Test
    void mottBetheMatchesPymatgenTemCalculator() {
        int n = 0;
        for (JsonNode c : REF.get("mott_bethe")) {
            Element el = PeriodicTable.bySymbol(c.get("element").asText());
            double expected = c.get("f").asDouble();
            assertEquals(expected, ElectronScattering.MOTT_BETHE.f(el, c.get("s").asDouble()), 1e-9 * Math.abs(expected),
                    c.toString());
            n++;
        }
        assertEquals(91, n);
    }

    @Test
    void pengForwardScatteringIsTheSumOfItsAmplitudes() {
        // Peng et al. (1996) Table 1, Al: a = 0.2390, 0.6573, 1.2011, 2.5586, 1.2312
        assertEquals(5.8872, ElectronScattering.PENG.f(PeriodicTable.bySymbol("Al"), 0), 1e-12);
        // Tm comes from a second source: its row must be present and sensible
        double tm = ElectronScattering.PENG.f(PeriodicTable.bySymbol("Tm"), 0.5);
        double er = ElectronScattering.PENG.f(PeriodicTable.bySymbol("Er"), 0.5);
        double yb = ElectronScattering.PENG.f(PeriodicTable.bySymbol("Yb"), 0.5);
        assertTrue(tm > Math.min(er, yb) * 0.95 && tm < Math.max(er, yb) * 1.05, tm + " between " + er + " and " + yb);
    }

    @Test
    void pengAndMottBetheAgreeWhereBothFitsHold() {
        for (String symbol : new String[] {"C", "O", "Al", "Si", "Fe", "Ni", "Cu", "Au"}) {
            Element el = PeriodicTable.bySymbol(symbol);
            for (double s = 0.1; s <= 1.0; s += 0.15) {
                double peng = ElectronScattering.PENG.f(el, s);
                double mott = ElectronScattering.MOTT_BETHE.f(el, s);
                assertEquals(peng, mott, 0.06 * peng + 0.01, symbol + " s=" + s);
            }
        }
    }

    @Test
    void parsesModelNames() {
        assertEquals(ElectronScattering.PENG, ElectronScattering.parse("peng"));
        assertEquals(ElectronScattering.MOTT_BETHE, ElectronScattering.parse("Mott-Bethe"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> ElectronScattering.parse("doyle"));
        assertTrue(ex.getMessage().contains("doyle"));
    }

    @Test
    void fccStructureFactorsFollowTheExtinctionRules() {
        Structure al = TestData.structure("elements_cod/Al.cif");
        ElectronStructureFactors f = new ElectronStructureFactors(al, ElectronScattering.PENG);
        double a = al.lattice().a();
        double s200 = 0.5 / (a / 2);
        double fAl = ElectronScattering.PENG.f(PeriodicTable.bySymbol("Al"), s200);
        double[] f200 = f.complex(2, 0, 0);
        assertEquals(4 * fAl, Math.hypot(f200[0], f200[1]), 1e-9);
        assertEquals(0, f.intensity(1, 0, 0), 1e-18);
        assertEquals(0, f.intensity(1, 1, 0), 1e-18);
        assertEquals(0, f.intensity(2, 1, 0), 1e-18);
        assertTrue(f.intensity(1, 1, 1) > 1);
        assertEquals(4 * 5.8872, f.complex(0, 0, 0)[0], 1e-9);
    }

    @Test
    void diamondForbidsTheKinematic200() {
        Structure si = TestData.structure("elements_cod/Si.cif");
        ElectronStructureFactors f = new ElectronStructureFactors(si, ElectronScattering.PENG);
        assertEquals(0, f.intensity(2, 0, 0), 1e-18);
        assertEquals(0, f.intensity(2, 2, 2), 1e-12);
        assertTrue(f.intensity(1, 1, 1) > 1);
        assertTrue(f.intensity(2, 2, 0) > 1);
    }
}
