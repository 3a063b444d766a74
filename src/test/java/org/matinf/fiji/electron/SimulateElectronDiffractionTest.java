package org.matinf.fiji.electron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.Macro;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.diffraction.electron.DiffractionSpot;
import org.matinf.core.diffraction.electron.SpotPatternCalculator;
import org.matinf.core.diffraction.electron.SpotPatternRenderer;
import org.matinf.core.diffraction.electron.ZoneAxis;
import org.matinf.core.orientation.Orientation;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/** "Simulate Electron Diffraction" run headless through macros, as a user's macro would. */
class SimulateElectronDiffractionTest {
    @TempDir
    Path out;

    private String al() {
        return TestData.structures().resolve("elements_cod/Al.cif").toString();
    }

    /** Macro text that saves the Results and a line describing the active image (and one pixel). */
    private String saveBoth(String csv, String info, int x, int y) {
        return "saveAs(\"Results\", \"" + out.resolve(csv) + "\");\n"
                + "getPixelSize(unit, pw, ph);\n"
                + "File.saveString(getWidth() + \" \" + getHeight() + \" \" + bitDepth() + \" \" + unit + \" \" + d2s(pw, 12) + \" \" + getPixel("
                + x + ", " + y + ") + \" \" + getPixel(" + (x - 1) + ", " + y + ") + \" \" + nImages + \"\\n\" + getTitle(), \""
                + out.resolve(info) + "\");\n";
    }

    private static void assertSameSpots(List<DiffractionSpot> expected, List<Map<String, String>> rows) {
        assertEquals(expected.size(), rows.size(), "number of spots");
        for (int i = 0; i < rows.size(); i++) {
            DiffractionSpot s = expected.get(i);
            Map<String, String> r = rows.get(i);
            String where = "row " + i + " " + s.hklLabel();
            assertEquals(s.h(), Integer.parseInt(r.get("h")), where);
            assertEquals(s.k(), Integer.parseInt(r.get("k")), where);
            assertEquals(s.l(), Integer.parseInt(r.get("l")), where);
            assertEquals(10 * s.gx(), Double.parseDouble(r.get("gx")), 1e-7, where);
            assertEquals(10 * s.gy(), Double.parseDouble(r.get("gy")), 1e-7, where);
            assertEquals(10 * s.g(), Double.parseDouble(r.get("g")), 1e-7, where);
            assertEquals(s.d(), Double.parseDouble(r.get("d")), 1e-7, where);
            assertEquals(10 * s.excitationError(), Double.parseDouble(r.get("s")), 1e-7, where);
            assertEquals(s.intensity(), Double.parseDouble(r.get("intensity")), 1e-6 * s.intensity() + 1e-8, where);
            assertEquals(s.relativeIntensity(), Double.parseDouble(r.get("relative")), 1e-7, where);
        }
    }

    @Test
    void theIssuesMacroLineShowsACalibratedImageAndTheSpotTable() throws IOException {
        MacroRunner runner = new MacroRunner(out);
        // Default size 256 and g_max 15 1/nm: pixel 15 / (0.45 * 256) 1/nm; (2 0 0) of Al at 10 * 2 / a 1/nm right of (128, 128).
        double pixel = SpotPatternRenderer.pixelSizeToFit(1.5, 256);
        int x = (int) Math.round(128 + 10 * 2 / 4.04958 / pixel);
        runner.assertRuns("run(\"Simulate Electron Diffraction\", \"file=[" + al() + "] zone=[0 0 1] voltage=200\");\n"
                + saveBoth("al.csv", "al.txt", x, 128));
        List<Map<String, String>> rows = TestData.csv(out.resolve("al.csv"));
        assertEquals(List.of(SimulateElectronDiffraction.COLUMNS), TestData.columns(rows).get(0).isEmpty()
                ? TestData.columns(rows).subList(1, 11) : TestData.columns(rows));
        List<DiffractionSpot> expected = SpotPatternCalculator.standard().calculate(TestData.structure("elements_cod/Al.cif"),
                new ZoneAxis(0, 0, 1));
        assertSameSpots(expected, rows);
        assertTrue(rows.stream().anyMatch(r -> r.get("h").equals("2") && r.get("k").equals("0") && r.get("l").equals("0")));
        assertTrue(rows.stream().noneMatch(r -> r.get("h").equals("1") && r.get("k").equals("0") && r.get("l").equals("0")));
        String[] info = Files.readString(out.resolve("al.txt")).split("\n");
        String[] f = info[0].split(" ");
        assertEquals("256", f[0]);
        assertEquals("256", f[1]);
        assertEquals("32", f[2]);
        assertEquals("1/nm", f[3]);
        assertEquals(pixel, Double.parseDouble(f[4]), 1e-4 * pixel);
        double peak = Double.parseDouble(f[5]);
        assertTrue(peak > 0.8 && peak > Double.parseDouble(f[6]), "(2 0 0) spot: " + info[0]);
        assertEquals("SAED Al.cif [0 0 1]", info[1]);
    }

    @Test
    void eulerAnglesAreMatchedByTheirExactKeys() throws IOException {
        // ImageJ looks a key up as "key=" not preceded by a letter, lower-cased: phi= never matches phi1= or phi2=.
        String opts = "zone=[] phi1=10 phi=20 phi2=30";
        assertEquals("10", Macro.getValue(opts, "phi1", null));
        assertEquals("20", Macro.getValue(opts, "phi", null));
        assertEquals("30", Macro.getValue(opts, "phi2", null));
        assertEquals("20", Macro.getValue("phi2=30 phi=20 phi1=10", "phi", null));
        assertEquals("", Macro.getValue(opts, "zone", null));
        // The detector pixel field is "detector", not "..._pixel", which "pixel=" would match.
        assertEquals(null, Macro.getValue("camera_length=200 detector=15", "pixel", null));
        MacroRunner runner = new MacroRunner(out);
        runner.assertRuns("run(\"Simulate Electron Diffraction\", \"file=[" + al() + "] zone=[] phi2=30 phi=20 phi1=10 thickness=5\");\n"
                + saveBoth("euler.csv", "euler.txt", 10, 10));
        List<DiffractionSpot> expected = SpotPatternCalculator.builder().thickness(5).build()
                .calculate(TestData.structure("elements_cod/Al.cif"), Orientation.fromBunge(10, 20, 30));
        assertTrue(expected.size() > 3);
        assertSameSpots(expected, TestData.csv(out.resolve("euler.csv")));
        assertTrue(Files.readString(out.resolve("euler.txt")).contains("(φ1, Φ, φ2) = (10, 20, 30)°"));
    }

    @Test
    void everyParameterOfTheMacro() throws IOException {
        MacroRunner runner = new MacroRunner(out);
        String mg = TestData.structures().resolve("elements_cod/Mg.cif").toString();
        runner.assertRuns("run(\"Simulate Electron Diffraction\", \"file=[" + mg + "] zone=[2 -1 -1 0] phi1=0 phi=0 phi2=0 "
                + "voltage=300 size=128 pixel=0 camera_length=50 detector=14 g_max=8 thickness=20 relrod=sinc s_max=0.3 "
                + "selection=ewald min_intensity=0.001 sigma=2 scale=sqrt direct_beam model=mott-bethe\");\n"
                + saveBoth("mg.csv", "mg.txt", 64, 64));
        double pixel = SpotPatternRenderer.pixelSize(50, 14, 300);
        String[] f = Files.readString(out.resolve("mg.txt")).split("\n")[0].split(" ");
        assertEquals("128", f[0]);
        assertEquals(pixel, Double.parseDouble(f[4]), 1e-6 * pixel);
        assertEquals(1.0, Double.parseDouble(f[5]), 1e-6, "direct beam at the centre");
        SpotPatternCalculator calc = SpotPatternCalculator.builder().voltage(300).maxG(Math.min(0.8, 64 * pixel / 10)).thickness(20)
                .relrod(org.matinf.core.diffraction.electron.RelrodShape.SINC).maxExcitationError(0.03).minRelativeIntensity(0.001)
                .scattering(org.matinf.core.diffraction.electron.ElectronScattering.MOTT_BETHE).build();
        List<DiffractionSpot> expected = calc.calculate(TestData.structure("elements_cod/Mg.cif"), new ZoneAxis(3, 0, 0));
        assertTrue(expected.size() > 4);
        assertSameSpots(expected, TestData.csv(out.resolve("mg.csv")));
        for (DiffractionSpot s : expected) {
            assertEquals(0, s.h(), "zone [2 -1 -1 0] = [1 0 0]: (0 k l) spots " + s);
        }
        // zone-law selection with Mott-Bethe factors is pymatgen's TEMCalculator.
        runner.assertRuns("run(\"Simulate Electron Diffraction\", \"file=[" + al() + "] zone=[1 1 1] selection=zone-law model=mott-bethe "
                + "min_intensity=0 g_max=12\");\n" + saveBoth("zl.csv", "zl.txt", 0, 0));
        assertSameSpots(SpotPatternCalculator.pymatgenCompatibleBuilder().maxG(1.2).useSiteBiso(true).build()
                .calculate(TestData.structure("elements_cod/Al.cif"), new ZoneAxis(1, 1, 1)), TestData.csv(out.resolve("zl.csv")));
    }

    @Test
    void theExampleMacroWritesCalibratedImagesAndTables() throws IOException {
        new MacroRunner(out).runFile(Path.of("macros", "saed_simulate.ijm"), "out=[" + out + "]");
        ij.ImagePlus cu = ij.IJ.openImage(out.resolve("Cu_fcc_mp-30_conv_001.tif").toString());
        assertEquals(256, cu.getWidth());
        assertEquals("1/nm", cu.getCalibration().getUnit());
        assertEquals(SpotPatternRenderer.pixelSizeToFit(1.5, 256), cu.getCalibration().pixelWidth, 1e-9);
        assertEquals(1.0, cu.getProcessor().getPixelValue(128, 128), 1e-6, "direct beam");
        List<Map<String, String>> si = TestData.csv(out.resolve("Silicon_110.csv"));
        assertTrue(si.stream().anyMatch(r -> r.get("h").equals("1") && r.get("k").equals("-1") && r.get("l").equals("1")));
        assertTrue(si.stream().allMatch(r -> Integer.parseInt(r.get("h")) + Integer.parseInt(r.get("k")) == 0));
        assertTrue(Files.size(out.resolve("Silicon_euler.csv")) > 0);
        assertTrue(TestData.csv(out.resolve("anatase_010.csv")).stream().allMatch(r -> r.get("k").equals("0")));
    }

    @Test
    void badInputGetsClearMessages() throws IOException {
        String run = "run(\"Simulate Electron Diffraction\", \"file=[%s] %s\");";
        new MacroRunner(out).assertFails(String.format(run, out.resolve("missing.cif"), "zone=[0 0 1]"), "missing.cif");
        new MacroRunner(out).assertFails(String.format(run, al(), "zone=[0 0]"),
                "zone axis needs 3 integers [u v w] or 4 [U V T W], got '0 0'");
        new MacroRunner(out).assertFails(String.format(run, al(), "zone=[[0 0]]"),
                "zone axis needs 3 integers [u v w] or 4 [U V T W], got '[0 0]'");
        new MacroRunner(out).assertFails(String.format(run, al(), "zone=[0 0 0]"), "zone axis [0 0 0] has no direction");
        new MacroRunner(out).assertFails(String.format(run, al(), "zone=[1 a 0]"), "integers");
        new MacroRunner(out).assertFails(String.format(run, al(), "voltage=-5"), "accelerating voltage must be a positive number of kV, got -5");
        new MacroRunner(out).assertFails(String.format(run, al(), "model=xray"), "model must be one of peng, mott-bethe");
        new MacroRunner(out).assertFails(String.format(run, al(), "sigma=0"), "sigma");
        new MacroRunner(out).assertFails(String.format(run, al(), "g_max=0"), "g_max (1/nm) must be a positive number");
        Path es = out.resolve("Es.vasp");
        Files.writeString(es, "Es\n1.0\n5 0 0\n0 5 0\n0 0 5\nEs\n1\nDirect\n0 0 0\n");
        new MacroRunner(out).assertFails(String.format(run, es, "zone=[0 0 1]"), "no electron scattering factors (Peng 1996) for Es");
    }
}
