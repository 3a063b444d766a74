package org.matinf.core.diffraction.ebsd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matinf.core.diffraction.electron.ElectronScattering;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * The reflector list against reference/ebsd/kikuchi_reflectors.json (pymatgen structures, numpy
 * structure factors with equal scattering factors, CODATA relativistic wavelength): the same
 * reflections (absences removed, one per Friedel pair) in the same order, with d, Bragg angles at
 * 20 and 30 kV and plane normals in the x ∥ a, z ∥ c* frame.
 */
class KikuchiReflectorsTest {

    static JsonNode reference() throws IOException {
        return new ObjectMapper().readTree(TestData.reference("ebsd/kikuchi_reflectors.json").toFile());
    }

    static Stream<JsonNode> cases() throws IOException {
        Stream.Builder<JsonNode> b = Stream.builder();
        reference().get("cases").forEach(b);
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reflectorsEqualTheReference(JsonNode c) {
        Structure s = TestData.structure(c.get("file").asText());
        KikuchiReflectors at20 = KikuchiReflectors.builder(s).dMin(c.get("d_min").asDouble()).voltage(20).build();
        KikuchiReflectors at30 = KikuchiReflectors.builder(s).dMin(c.get("d_min").asDouble()).voltage(30).build();
        JsonNode ref = c.get("reflectors");
        assertEquals(ref.size(), at20.size(), c.get("file").asText());
        for (int i = 0; i < ref.size(); i++) {
            JsonNode r = ref.get(i);
            KikuchiReflectors.Reflector m = at20.get(i);
            String what = c.get("file").asText() + " reflector " + i + " (" + m.label() + ")";
            assertEquals(r.get("hkl").get(0).asInt() + " " + r.get("hkl").get(1).asInt() + " " + r.get("hkl").get(2).asInt(),
                    m.label(), what);
            assertEquals(r.get("d").asDouble(), m.d(), 1e-9, what);
            assertEquals(r.get("theta_20kV").asDouble(), m.braggAngle(), 1e-12, what);
            assertEquals(r.get("theta_30kV").asDouble(), at30.get(i).braggAngle(), 1e-12, what);
            for (int j = 0; j < 3; j++) {
                assertEquals(r.get("normal").get(j).asDouble(), m.normal()[j], 1e-12, what);
            }
        }
    }

    @Test
    void wavelengthIsRelativistic() throws IOException {
        KikuchiReflectors r = KikuchiReflectors.of(EbsdCrystals.structure("Ni"), 20);
        assertEquals(reference().get("wavelength_20kV").asDouble(), r.wavelength(), 1e-12);
        assertEquals(0.08589, r.wavelength(), 1e-5); // 8.59 pm at 20 kV
    }

    @Test
    void nickel111IntensityIsFourAtomsInPhase() {
        KikuchiReflectors.Reflector r = KikuchiReflectors.of(EbsdCrystals.structure("Ni"), 20).only(1, 1, 1).get(0);
        double f = ElectronScattering.PENG.f(PeriodicTable.bySymbol("Ni"), 0.5 / r.d());
        assertEquals(16 * f * f, r.intensity(), 1e-9 * r.intensity());
        // Bragg angle of Ni {111} at 20 kV: asin(0.0858851 / (2 · 2.03451)) = 1.2094°
        assertEquals(1.2094, Math.toDegrees(r.braggAngle()), 1e-4);
    }

    @Test
    void debyeWallerDampsByExpMinusTwoBsSquared() {
        Structure ni = EbsdCrystals.structure("Ni");
        KikuchiReflectors plain = KikuchiReflectors.builder(ni).dMin(1).build();
        KikuchiReflectors damped = KikuchiReflectors.builder(ni).dMin(1).debyeWaller(0.5).build();
        assertEquals(plain.size(), damped.size());
        for (int i = 0; i < plain.size(); i++) {
            double s = 0.5 / plain.get(i).d();
            assertEquals(plain.get(i).intensity() * Math.exp(-2 * 0.5 * s * s), damped.get(i).intensity(),
                    1e-12 * plain.get(i).intensity());
        }
    }

    @Test
    void absencesAndFriedelMates() {
        Set<String> ni = labels(KikuchiReflectors.of(EbsdCrystals.structure("Ni"), 20));
        Set<String> fe = labels(KikuchiReflectors.of(EbsdCrystals.structure("Fe"), 20));
        Set<String> mg = labels(KikuchiReflectors.of(EbsdCrystals.structure("Mg"), 20));
        assertTrue(ni.contains("1 1 1") && ni.contains("2 0 0") && !ni.contains("1 0 0") && !ni.contains("1 1 0"));
        assertTrue(fe.contains("1 1 0") && fe.contains("2 0 0") && !fe.contains("1 0 0") && !fe.contains("1 1 1"));
        assertTrue(mg.contains("0 0 2") && !mg.contains("0 0 1") && mg.contains("1 0 0") && !mg.contains("1 1 1"));
        for (Set<String> set : List.of(ni, fe, mg)) {
            for (String label : set) {
                assertFalse(set.contains(negative(label)), "Friedel mate of " + label + " kept too");
            }
        }
    }

    @Test
    void strongestKeepsSymmetryEquivalentReflectorsTogether() {
        KikuchiReflectors ni = KikuchiReflectors.builder(EbsdCrystals.structure("Ni")).dMin(1).build();
        assertEquals(29, ni.size());
        assertEquals(Set.of("1 -1 -1", "1 -1 1", "1 1 -1", "1 1 1"), labels(ni.strongest(4)));
        assertEquals(labels(ni.strongest(4)), labels(ni.strongest(2)));
        assertEquals(7, ni.strongest(5).size()); // {111} and the three {200}
        assertEquals(labels(ni.strongest(7)), labels(KikuchiReflectors.builder(EbsdCrystals.structure("Ni")).dMin(1)
                .maxCount(7).build()));
        assertEquals("1 1 1", ni.only(-1, -1, -1).get(0).label());
    }

    @Test
    void badInputIsNamed() {
        Structure ni = EbsdCrystals.structure("Ni");
        KikuchiReflectors r = KikuchiReflectors.of(ni, 20);
        assertMessage("not among", () -> r.only(1, 0, 0));
        assertMessage("d_min", () -> KikuchiReflectors.builder(ni).dMin(0));
        assertMessage("d_min", () -> KikuchiReflectors.builder(ni).dMin(Double.NaN));
        assertMessage("voltage", () -> KikuchiReflectors.builder(ni).voltage(0));
        assertMessage("voltage", () -> KikuchiReflectors.builder(ni).voltage(-20));
        assertMessage("voltage", () -> KikuchiReflectors.of(ni, Double.NaN));
        assertMessage("count", () -> KikuchiReflectors.builder(ni).maxCount(0));
        assertMessage("count", () -> r.strongest(0));
        assertMessage("no Kikuchi bands", () -> KikuchiReflectors.builder(ni).dMin(2.5).build());
        assertMessage("Debye-Waller", () -> KikuchiReflectors.builder(ni).debyeWaller(-1));
        Structure molecule = new Structure(Lattice.cubic(10), List.of(Site.of(PeriodicTable.bySymbol("Ni"), 0, 0, 0)),
                false, "molecule");
        assertMessage("periodic", () -> KikuchiReflectors.of(molecule, 20));
    }

    static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        assertTrue(ex.getMessage().contains(part), ex.getMessage());
    }

    private static Set<String> labels(KikuchiReflectors r) {
        Set<String> out = new HashSet<>();
        r.list().forEach(x -> out.add(x.label()));
        return out;
    }

    private static String negative(String label) {
        StringBuilder sb = new StringBuilder();
        for (String p : label.split(" ")) {
            sb.append(sb.length() > 0 ? " " : "").append(-Integer.parseInt(p));
        }
        return sb.toString();
    }
}
