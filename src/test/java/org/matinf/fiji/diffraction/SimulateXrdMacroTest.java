package org.matinf.fiji.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.fiji.launcher.BatchRunner;
import org.matinf.testutil.TestData;

/**
 * The public macro API of Simulate XRD Pattern: {@code run("Simulate XRD Pattern", "file=[...]
 * wavelength=CuKa two_theta_min=0 two_theta_max=90")} followed by {@code saveAs("Results", csv)},
 * run headless through the code of {@code bin/matinf -batch}, gives pymatgen's peaks
 * (reference/diffraction/xrd_patterns.json.gz) for every structure file of the library and the
 * extra wavelength and range cases: same number of peaks, 2θ within 0.001°, intensity within 0.1,
 * d within 1e-6 Å, the same multiplicity and as hkl the first family pymatgen lists.
 */
class SimulateXrdMacroTest {
    /** What the macro types for the reference wavelengths: line names, and for 0.5 Å a photon energy. */
    private static final Map<String, String> TYPED = Map.of("1.54184", "CuKa", "0.71073", "MoKa", "2.291", "CrKa",
            "0.5", "[24.796839686640052 keV]");

    @TempDir
    Path out;

    static List<JsonNode> cases() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                TestData.reference("diffraction/xrd_patterns.json.gz")))) {
            List<JsonNode> list = new ArrayList<>();
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                if (!c.has("dw")) {
                    list.add(c); // Debye-Waller factors per element are not a field of the command
                }
            }
            return list;
        }
    }

    /** Keys "file|lambda|2θ" of peaks whose families pymatgen orders otherwise (see XrdParityTest). */
    static Set<String> familyOrderDiffers() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String line : Files.readAllLines(TestData.reference("diffraction/family_order_differences.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                keys.add(line.substring(0, line.indexOf(' ')));
            }
        }
        return keys;
    }

    @Test
    void peaksTableEqualsPymatgen() throws IOException {
        List<JsonNode> cases = cases();
        StringBuilder macro = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            String lambda = c.get("lambda").asText();
            String typed = TYPED.get(lambda);
            assertTrue(typed != null, "no typed form for λ = " + lambda);
            macro.append(String.format(Locale.ROOT,
                    "run(\"Simulate XRD Pattern\", \"file=[%s] wavelength=%s two_theta_min=%s two_theta_max=%s\");%n"
                            + "saveAs(\"Results\", \"%s\");%n",
                    TestData.structures().resolve(c.get("file").asText()), typed, c.get("range").get(0).asText(),
                    c.get("range").get(1).asText(), out.resolve(i + ".csv")));
        }
        Path file = out.resolve("simulate.ijm");
        Files.writeString(file, macro, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BatchRunner.run(file, "", new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(BatchRunner.OK, status, err.toString(StandardCharsets.UTF_8));

        Set<String> reordered = familyOrderDiffers();
        int peaks = 0;
        for (int i = 0; i < cases.size(); i++) {
            peaks += compare(cases.get(i), TestData.csv(out.resolve(i + ".csv")), reordered);
        }
        assertTrue(cases.size() >= 200 && peaks > 10000, cases.size() + " cases, " + peaks + " peaks");
    }

    /** Checks the rows of a saved peak table against a reference case; the number of peaks. */
    static int compare(JsonNode c, List<Map<String, String>> rows, Set<String> reordered) {
        String file = c.get("file").asText();
        String what = file + " at " + c.get("lambda").asText() + " Å";
        JsonNode ref = c.get("peaks");
        assertEquals(ref.size(), rows.size(), what + ": number of peaks");
        if (!rows.isEmpty()) {
            List<String> columns = TestData.columns(rows);
            assertEquals(List.of(PatternTables.PEAK_COLUMNS), columns.get(0).isEmpty() ? columns.subList(1, columns.size())
                    : columns, what + ": columns");
        }
        for (int i = 0; i < ref.size(); i++) {
            JsonNode r = ref.get(i);
            Map<String, String> row = rows.get(i);
            String where = String.format(Locale.ROOT, "%s peak %d at %.4f", what, i, r.get(0).asDouble());
            assertEquals(r.get(0).asDouble(), Double.parseDouble(row.get("two_theta")), 1e-3, where + " two_theta");
            assertEquals(r.get(1).asDouble(), Double.parseDouble(row.get("intensity")), 0.1, where + " intensity");
            assertEquals(r.get(2).asDouble(), Double.parseDouble(row.get("d")), 1e-6, where + " d");
            List<String> labels = new ArrayList<>();
            int multiplicity = 0;
            for (JsonNode f : r.get(3)) {
                int last = f.size() - 1;
                labels.add(f.get(0).asInt() + " " + f.get(1).asInt() + " " + f.get(last - 1).asInt());
                multiplicity += f.get(last).asInt();
            }
            assertEquals(multiplicity, Integer.parseInt(row.get("multiplicity")), where + " multiplicity");
            String key = String.format(Locale.ROOT, "%s|%s|%.4f", file, c.get("lambda").asText(), r.get(0).asDouble());
            if (reordered.contains(key)) {
                assertTrue(labels.contains(row.get("hkl")), where + " hkl " + row.get("hkl") + " not in " + labels);
            } else {
                assertEquals(labels.get(0), row.get("hkl"), where + " hkl");
            }
        }
        return ref.size();
    }
}
