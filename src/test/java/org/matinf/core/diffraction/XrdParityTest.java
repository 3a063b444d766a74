package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * Parity with pymatgen 2022.11.7's XRDCalculator.get_pattern on every structure file of the
 * shared library (Cu Kα, 2θ 0–90°) and on extra cases with other wavelengths, 2θ ranges and
 * Debye–Waller factors (reference/diffraction/xrd_patterns.json.gz, made by
 * make_xrd_reference.py): same number of peaks, 2θ within 1e-9°, scaled intensity within 1e-6,
 * d within 1e-12 relative, same multiplicity, same families in the same order (up to the listed
 * exceptions). Measured on 34,564 peaks: 2θ within 6e-14°, intensity within 6e-11.
 */
class XrdParityTest {

    /**
     * Peaks whose families pymatgen lists in another order than MatInf, with both orders
     * (reference/diffraction/family_order_differences.txt explains why). For these the families and
     * multiplicities must still agree, and the order must still differ (so the list cannot go stale).
     */
    private static final Map<String, String> FAMILY_ORDER_DIFFERS = familyOrderDifferences();
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    static Map<String, String> familyOrderDifferences() {
        Map<String, String> m = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(TestData.reference("diffraction/family_order_differences.txt"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int space = line.indexOf(' ');
                    m.put(line.substring(0, space), line.substring(space + 1));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return m;
    }

    @AfterAll
    static void everyListedDifferenceWasSeen() {
        Set<String> stale = new TreeSet<>(FAMILY_ORDER_DIFFERS.keySet());
        stale.removeAll(SEEN);
        assertTrue(stale.isEmpty(), "listed family-order differences not met: " + stale);
    }

    static Stream<JsonNode> cases() {
        return all().stream();
    }

    static List<JsonNode> all() {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                TestData.reference("diffraction/xrd_patterns.json.gz")))) {
            List<JsonNode> out = new ArrayList<>();
            new ObjectMapper().readTree(in).get("cases").forEach(out::add);
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static XrdCalculator calculator(JsonNode c) {
        XrdCalculator.Builder b = XrdCalculator.builder().wavelength(c.get("lambda").asDouble())
                .twoThetaRange(c.get("range").get(0).asDouble(), c.get("range").get(1).asDouble());
        if (c.has("dw")) {
            c.get("dw").fields().forEachRemaining(e -> b.debyeWaller(e.getKey(), e.getValue().asDouble()));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsPymatgen(JsonNode c) {
        assertEquals("ok", c.get("status").asText(), "pymatgen failed on " + c.get("file"));
        String file = c.get("file").asText();
        Structure s = TestData.structure(file);
        XrdPattern p = calculator(c).calculate(s);
        JsonNode ref = c.get("peaks");
        assertEquals(c.get("hexagonal").asBoolean(), XrdCalculator.usesMillerBravais(s.lattice()), file + " hexagonal");
        assertEquals(ref.size(), p.size(), file + " number of peaks");
        for (int i = 0; i < ref.size(); i++) {
            JsonNode r = ref.get(i);
            XrdPeak q = p.peaks().get(i);
            String where = String.format(Locale.ROOT, "%s peak %d at %.4f", file, i, r.get(0).asDouble());
            assertEquals(r.get(0).asDouble(), q.twoTheta(), 1e-9, where + " 2θ");
            assertEquals(r.get(1).asDouble(), q.intensity(), 1e-6, where + " intensity");
            assertEquals(r.get(2).asDouble(), q.d(), 1e-12 * q.d(), where + " d");
            List<String> expected = new ArrayList<>();
            int multiplicity = 0;
            for (JsonNode f : r.get(3)) {
                int last = f.size() - 1;
                expected.add(f.get(0).asInt() + " " + f.get(1).asInt() + " " + f.get(last - 1).asInt() + "x"
                        + f.get(last).asInt());
                multiplicity += f.get(last).asInt();
            }
            List<String> actual = q.families().stream().map(f -> f.label() + "x" + f.multiplicity()).toList();
            assertEquals(multiplicity, q.multiplicity(), where + " multiplicity");
            String key = String.format(Locale.ROOT, "%s|%s|%.4f", file, c.get("lambda").asText(), r.get(0).asDouble());
            String listed = FAMILY_ORDER_DIFFERS.get(key);
            if (listed != null) {
                SEEN.add(key);
                assertEquals(Set.copyOf(expected), Set.copyOf(actual), where + " families");
                assertEquals(listed, expected + " vs " + actual, key + " differs otherwise than listed");
            } else {
                assertEquals(expected, actual, where + " families (" + key + ")");
            }
        }
    }
}
