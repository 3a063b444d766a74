package org.matinf.fiji.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/** The diffraction commands run headless from macros: options, tables and clear failures. */
class DiffractionCommandsTest {
    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    private void assertFails(String macro, String message) throws IOException {
        macros.assertFails(macro, message);
    }

    private static String silicon() {
        return TestData.structures().resolve("dans_diffraction/Silicon.cif").toString();
    }

    private static String scan() {
        return SyntheticScan.FILE.toAbsolutePath().toString();
    }

    @Test
    void unknownWavelengthFails() throws IOException {
        assertFails("run(\"Simulate XRD Pattern\", \"file=[" + silicon() + "] wavelength=CuKx\");",
                "Simulate XRD Pattern failed (macro line 1): not an X-ray line: \"CuKx\"");
    }

    @Test
    void badRangeFails() throws IOException {
        assertFails("run(\"Simulate XRD Pattern\", \"file=[" + silicon() + "] two_theta_min=50 two_theta_max=40\");",
                "2θ range must satisfy 0 <= min < max <= 180");
    }

    @Test
    void plotMustBePng() throws IOException {
        assertFails("run(\"Simulate XRD Pattern\", \"file=[" + silicon() + "] plot=[" + dir + "/p.tif]\");",
                "the plot is saved as PNG: end its file name in .png");
    }

    @Test
    void outputNeedsAProfile() throws IOException {
        assertFails("run(\"Simulate XRD Pattern\", \"file=[" + silicon() + "] output=[" + dir + "/p.xy]\");",
                "output needs a profile");
        assertFalse(Files.exists(dir.resolve("p.xy")));
    }

    @Test
    void missingPatternFileNamesTheFile() throws IOException {
        assertFails("run(\"Open XRD Pattern\", \"file=[" + dir + "/none.xy]\");",
                "Open XRD Pattern failed (macro line 1): " + dir + "/none.xy: file not found");
    }

    @Test
    void badPatternLineIsNamed() throws IOException {
        Files.writeString(dir.resolve("bad.xy"), "10 5\n10.02 6\n10.04 seven\n");
        assertFails("run(\"Find XRD Peaks\", \"file=[" + dir + "/bad.xy]\");", "bad.xy, line 3");
    }

    @Test
    void badStrainsFail() throws IOException {
        assertFails("run(\"XRD Strain Series\", \"file=[" + silicon() + "] strains=[1 x 2]\");",
                "strains must be numbers; 'x' in '1 x 2' is not");
    }

    @Test
    void compareNeedsAWavelengthWhenTheFileHasNone() throws IOException {
        Files.writeString(dir.resolve("plain.xy"), String.join("\n", Files.readAllLines(SyntheticScan.FILE).stream()
                .filter(l -> !l.startsWith("#")).toList()));
        assertFails("run(\"Compare XRD Patterns\", \"file=[" + dir + "/plain.xy] structure=[" + silicon() + "]\");",
                "plain.xy does not give its wavelength; set it, e.g. wavelength=CuKa1");
    }

    /** Without a wavelength d is unknown (NaN); a typed wavelength gives Bragg's d. */
    @Test
    void findPeaksUsesTheTypedWavelength() throws IOException {
        Files.writeString(dir.resolve("plain.xy"), String.join("\n", Files.readAllLines(SyntheticScan.FILE).stream()
                .filter(l -> !l.startsWith("#")).toList()));
        macros.assertRuns("run(\"Find XRD Peaks\", \"file=[" + dir + "/plain.xy]\");\n"
                + "saveAs(\"Results\", getArgument() + \"/auto.csv\");\n"
                + "run(\"Find XRD Peaks\", \"file=[" + dir + "/plain.xy] wavelength=[8.04778 keV]\");\n"
                + "saveAs(\"Results\", getArgument() + \"/typed.csv\");\n");
        List<Map<String, String>> auto = TestData.csv(dir.resolve("auto.csv"));
        List<Map<String, String>> typed = TestData.csv(dir.resolve("typed.csv"));
        assertEquals(6, auto.size());
        assertEquals("NaN", auto.get(0).get("d"));
        double lambda = 12.398419843320026 / 8.04778;
        double t = Double.parseDouble(typed.get(0).get("two_theta"));
        assertEquals(lambda / (2 * Math.sin(Math.toRadians(t / 2))), Double.parseDouble(typed.get(0).get("d")), 1e-7);
    }

    /** A file with uncertainties gets a sigma column; the table replaces the Results headless. */
    @Test
    void openKeepsUncertainties() throws IOException {
        Files.writeString(dir.resolve("s.xye"), "# wavelength: 0.7093\n10 100 10\n10.5 144 12\n11 81 9\n");
        macros.assertRuns("setResult(\"x\", 0, 1);\nrun(\"Open XRD Pattern\", \"file=[" + dir
                + "/s.xye]\");\nsaveAs(\"Results\", getArgument() + \"/s.csv\");\n");
        List<Map<String, String>> rows = TestData.csv(dir.resolve("s.csv"));
        assertEquals(3, rows.size());
        assertFalse(rows.get(0).containsKey("x"), "the Results were replaced");
        assertEquals(12, Double.parseDouble(rows.get(1).get("sigma")), 1e-12);
        assertEquals(10.5, Double.parseDouble(rows.get(1).get("two_theta")), 1e-12);
    }

    /** Neutrons see light atoms: Li2O's strongest line changes between X-rays and neutrons. */
    @Test
    void neutronRadiation() throws IOException {
        String li2o = TestData.structures().resolve("pymatgen/util_structures/Li2O.json").toString();
        macros.assertRuns("run(\"Simulate XRD Pattern\", \"file=[" + li2o + "] wavelength=1.54 radiation=neutron\");\n"
                + "saveAs(\"Results\", getArgument() + \"/n.csv\");\n"
                + "run(\"Simulate XRD Pattern\", \"file=[" + li2o + "] wavelength=1.54 radiation=xray\");\n"
                + "saveAs(\"Results\", getArgument() + \"/x.csv\");\n");
        assertFalse(strongest(TestData.csv(dir.resolve("n.csv"))).equals(strongest(TestData.csv(dir.resolve("x.csv")))));
    }

    private static String strongest(List<Map<String, String>> rows) {
        return rows.stream().filter(r -> Double.parseDouble(r.get("intensity")) > 99.999).findFirst().orElseThrow()
                .get("hkl");
    }
}
