package org.matinf.core.diffraction.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** The rings of known structures: systematic absences, multiplicities and spacings. */
class DebyeRingsTest {

    private static List<String> labels(List<DebyeRing> rings) {
        return rings.stream().map(DebyeRing::label).toList();
    }

    @Test
    void aluminiumIsFaceCentred() {
        Structure al = TestData.structure("elements_cod/Al.cif");
        List<DebyeRing> rings = DebyeRings.of(al, 13.0);
        // fcc: h k l all odd or all even; 511 and 333 share d = a/√27 (g = 12.83 1/nm)
        assertEquals(List.of("111", "200", "220", "311", "222", "400", "331", "420", "422", "511/333"), labels(rings));
        int[] multiplicity = {8, 6, 12, 24, 8, 6, 24, 24, 24, 32};
        int[] n = {3, 4, 8, 11, 12, 16, 19, 20, 24, 27};
        for (int i = 0; i < rings.size(); i++) {
            assertEquals(multiplicity[i], rings.get(i).multiplicity(), rings.get(i).toString());
            assertEquals(4.04958 / Math.sqrt(n[i]), rings.get(i).d(), 1e-9);
            assertEquals(10 / rings.get(i).d(), rings.get(i).g(), 1e-9);
        }
        assertEquals(100.0, rings.stream().mapToDouble(DebyeRing::intensity).max().getAsDouble(), 1e-9);
    }

    @Test
    void siliconLacks200And222() {
        Structure si = TestData.structure("dans_diffraction/Silicon.cif");
        // diamond (a = 5.4307 Å): besides the fcc absences, all-even h k l need h + k + l = 4n, so 200,
        // 222, 420 and 600/442 are missing; up to g = 12.5 1/nm (h² + k² + l² ≤ 46)
        assertEquals(List.of("111", "220", "311", "400", "331", "422", "511/333", "440", "531", "620", "533"),
                labels(DebyeRings.of(si, 12.5)));
    }

    @Test
    void badRangeIsRefused() {
        Structure al = TestData.structure("elements_cod/Al.cif");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> DebyeRings.of(al, 0));
        assertEquals("the largest g (1/nm) must be a positive number, got 0.0", ex.getMessage());
    }
}
