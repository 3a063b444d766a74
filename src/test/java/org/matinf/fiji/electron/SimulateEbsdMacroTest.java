package org.matinf.fiji.electron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.diffraction.ebsd.EbsdDetector;
import org.matinf.core.diffraction.ebsd.KikuchiMasterPattern;
import org.matinf.core.diffraction.ebsd.KikuchiPatternSimulator;
import org.matinf.core.diffraction.ebsd.KikuchiReflectors;
import org.matinf.core.orientation.Orientation;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.MacroOptions;
import org.matinf.testutil.TestData;

/**
 * The macro API of Simulate EBSD Pattern, run headless through the code of {@code bin/matinf
 * -batch}: the issue's line {@code phi1=0 Phi=0 phi2=0 size=80 voltage=20} and a line with every
 * key give the core simulator's pixels exactly; {@code Phi} and {@code phi} both set Φ.
 */
class SimulateEbsdMacroTest {
    private static final Path NI = TestData.structures().resolve("elements_cod/Ni.cif");

    @TempDir
    Path out;

    /** Runs one command line, saves the image as TIFF and its title and Info as text; the image. */
    private ImagePlus run(String options) throws IOException {
        MacroRunner macro = new MacroRunner(out);
        Path tif = out.resolve("pattern.tif");
        macro.assertRuns("run(\"Simulate EBSD Pattern\", \"" + options + "\");\n"
                + "File.saveString(getTitle() + \"\\n\" + getMetadata(\"Info\"), \"" + out.resolve("info.txt") + "\");\n"
                + "saveAs(\"Tiff\", \"" + tif + "\");\nclose();\n");
        ImagePlus imp = IJ.openImage(tif.toString());
        assertEquals(32, imp.getBitDepth());
        return imp;
    }

    private String info() throws IOException {
        return Files.readString(out.resolve("info.txt"));
    }

    private static float[] core(Orientation o, int size, double kv, double pcx, double pcy, double pcz, double tilt,
            double detectorTilt, int resolution) {
        KikuchiMasterPattern master = KikuchiMasterPattern.builder(KikuchiReflectors.of(TestData.structure("elements_cod/Ni.cif"), kv))
                .resolution(resolution).build();
        EbsdDetector d = EbsdDetector.builder().size(size, size).pc(pcx, pcy, pcz).sampleTilt(tilt).detectorTilt(detectorTilt)
                .build();
        return new KikuchiPatternSimulator(master, d).simulate(o).pixels();
    }

    @Test
    void theIssueLineGivesTheCorePattern() throws IOException {
        ImagePlus imp = run("file=[" + NI + "] phi1=0 Phi=0 phi2=0 size=80 voltage=20");
        assertEquals(80, imp.getWidth());
        assertEquals(80, imp.getHeight());
        assertArrayEquals(core(Orientation.identity(), 80, 20, 0.5, 0.5, 0.5, 70, 0, 501),
                (float[]) imp.getProcessor().getPixels());
        String info = info();
        assertTrue(info.startsWith("EBSD Ni.cif phi1=0 Phi=0 phi2=0\n"), info);
        assertTrue(info.contains("\nPhi: 0\n") && info.contains("voltage: 20 kV")
                && info.contains("pc (Bruker PCx, PCy, PCz): 0.5 0.5 0.5") && info.contains("detector distance: 40 pixels"), info);
    }

    @Test
    void everyKeyIsRead() throws IOException {
        int before = MasterPatternCache.builds();
        String line = "file=[" + NI + "] phi1=10 Phi=35 phi2=20 size=64 voltage=15 pcx=0.45 pcy=0.4 pcz=0.6 tilt=68"
                + " detector_tilt=2 resolution=201";
        ImagePlus imp = run(line);
        float[] expected = core(Orientation.fromBunge(10, 35, 20), 64, 15, 0.45, 0.4, 0.6, 68, 2, 201);
        assertArrayEquals(expected, (float[]) imp.getProcessor().getPixels());
        String info = info();
        assertTrue(info.startsWith("EBSD Ni.cif phi1=10 Phi=35 phi2=20\n"), info);
        assertTrue(info.contains("pc (Bruker PCx, PCy, PCz): 0.45 0.4 0.6") && info.contains("tilt: 68")
                && info.contains("detector_tilt: 2") && info.contains("resolution: 201"), info);
        // lower-case phi= (what ImageJ's recorder writes) is Φ too; the master pattern comes from the cache
        ImagePlus lower = run(line.replace("Phi=", "phi="));
        assertArrayEquals(expected, (float[]) lower.getProcessor().getPixels());
        assertEquals(before + 1, MasterPatternCache.builds());
        // and Φ matters: Φ = 0 is another pattern
        ImagePlus flat = run(line.replace("Phi=35", "Phi=0"));
        assertFalse(java.util.Arrays.equals(expected, (float[]) flat.getProcessor().getPixels()));
    }

    /** A detector distance in camera pixels replaces PCz, divided by the binning: dd = 80 at binning 2 is PCz = 0.5 for 80 pixels. */
    @Test
    void detectorDistanceAndBinningGiveThePatternCentre() throws IOException {
        String line = "file=[" + NI + "] phi1=10 Phi=35 phi2=20 size=80 voltage=20 pcx=0.5 pcy=0.45";
        float[] expected = core(Orientation.fromBunge(10, 35, 20), 80, 20, 0.5, 0.45, 0.5, 70, 0, 501);
        assertArrayEquals(expected, (float[]) run(line + " dd=40").getProcessor().getPixels());
        assertArrayEquals(expected, (float[]) run(line + " dd=80 binning=2").getProcessor().getPixels());
        assertTrue(info().contains("detector distance: 40 pixels"), info());
        assertFalse(java.util.Arrays.equals(expected, (float[]) run(line + " dd=80").getProcessor().getPixels()));
    }

    /** Why the command reads Phi= itself: ImageJ's Macro.getValue lower-cases the key it looks for. */
    @Test
    void imageJSeesOnlyLowerCaseKeys() {
        String options = "phi1=10 Phi=20 phi2=30 ";
        assertEquals("10", Macro.getValue(options, "phi1", null));
        assertEquals("30", Macro.getValue(options, "phi2", null));
        assertNull(Macro.getValue(options, "Phi", null));
        assertEquals("20", MacroOptions.value(options, "Phi"));
        assertNull(MacroOptions.value(options, "phi"));
        assertEquals("20", Macro.getValue("phi1=10 phi=20 phi2=30 ", "Phi", null));
        assertEquals("/a b/x.cif", MacroOptions.value("file=[/a b/x.cif] Phi", "file"));
        assertEquals("", MacroOptions.value("file=[/a b/x.cif] Phi", "Phi"));
    }

    @Test
    void badInputFailsTheMacroWithTheParameterNamed() throws IOException {
        String file = "file=[" + NI + "] ";
        new MacroRunner(out).assertFails("run(\"Simulate EBSD Pattern\", \"" + file + "pcz=0\");", "pcz");
        new MacroRunner(out).assertFails("run(\"Simulate EBSD Pattern\", \"" + file + "size=0\");", "pattern size");
        new MacroRunner(out).assertFails("run(\"Simulate EBSD Pattern\", \"" + file + "voltage=0\");", "voltage");
        new MacroRunner(out).assertFails("run(\"Simulate EBSD Pattern\", \"" + file + "Phi=abc\");", "Phi must be a number");
        new MacroRunner(out).assertFails("run(\"Simulate EBSD Pattern\", \"" + file + "tilt=NaN\");", "sample tilt");
        new MacroRunner(out).assertFails("run(\"Simulate EBSD Pattern\", \"" + file + "resolution=3\");", "resolution");
        new MacroRunner(out).assertFails("run(\"Simulate EBSD Pattern\", \"file=[" + out.resolve("none.cif") + "]\");",
                "none.cif");
    }
}
