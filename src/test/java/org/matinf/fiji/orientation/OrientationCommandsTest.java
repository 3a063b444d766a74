package org.matinf.fiji.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/** Misorientation and IPF Colour Map through the macro path of bin/matinf -batch. */
class OrientationCommandsTest {
    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    @Test
    void commandsAndTheirMacroKeys() throws ClassNotFoundException {
        String menu = "Plugins>Materials Informatics>Orientation";
        List<CommandEntry> mine = MatInfCommands.discover().stream().filter(c -> c.menu().equals(menu)).collect(Collectors.toList());
        assertTrue(mine.contains(new CommandEntry(menu, "Misorientation", MisorientationCommand.class.getName())), mine.toString());
        assertTrue(mine.contains(new CommandEntry(menu, "IPF Colour Map", IpfColourMap.class.getName())), mine.toString());
        assertEquals(List.of("phi1_a", "phi_a", "phi2_a", "phi1_b", "phi_b", "phi2_b", "symmetry"), keys(MisorientationCommand.class));
        assertEquals(List.of("file", "symmetry", "direction", "width", "legend"), keys(IpfColourMap.class));
    }

    private static List<String> keys(Class<?> command) {
        return CommandInput.of(command).stream().map(CommandInput::name).collect(Collectors.toList());
    }

    @Test
    void imageJLowerCasesMacroKeys() {
        // why the fields are phi_a, not Phi_a: Macro.getValue looks up the lower-cased key
        String options = "phi1_a=10 phi_a=20 phi2_a=30 Phi_b=40";
        assertEquals("20", Macro.getValue(options, "Phi_a", null));
        assertEquals("10", Macro.getValue(options, "phi1_a", null));
        assertEquals("30", Macro.getValue(options, "phi2_a", null));
        assertNull(Macro.getValue(options, "Phi_b", null), "an upper-case key in the options is never found");
    }

    @Test
    void misorientationRowForASigma3Twin() throws IOException {
        Path csv = dir.resolve("mis.csv");
        // B is A turned by 60° about [111]: Bunge angles of that rotation from SciPy-checked Orientation
        double[] twin = org.matinf.core.orientation.Orientation.fromAxisAngle(new double[] {1, 1, 1}, 60).bunge();
        macros.assertRuns("run(\"Clear Results\");\nrun(\"Misorientation\", \"phi1_a=0 phi_a=0 phi2_a=0 phi1_b=" + twin[0] + " phi_b="
                + twin[1] + " phi2_b=" + twin[2] + " symmetry=m-3m\");\n"
                + "run(\"Misorientation\", \"phi1_a=0 phi_a=0 phi2_a=0 phi1_b=30 phi_b=0 phi2_b=0 symmetry=6/mmm\");\n"
                + "saveAs(\"Results\", \"" + csv + "\");");
        List<Map<String, String>> rows = TestData.csv(csv);
        assertEquals(2, rows.size());
        assertEquals(List.of(MisorientationCommand.COLUMNS), TestData.columns(rows).subList(1, MisorientationCommand.COLUMNS.length + 1));
        Map<String, String> r = rows.get(0);
        assertEquals("m-3m", r.get("symmetry"));
        assertEquals(60, Double.parseDouble(r.get("angle")), 1e-3);
        for (String c : new String[] {"u", "v", "w"}) {
            assertEquals(1 / Math.sqrt(3), Double.parseDouble(r.get(c)), 1e-3, c);
        }
        // 30° about [0001] is the largest rotation about c in 6/mmm: it stays 30°
        assertEquals(30, Double.parseDouble(rows.get(1).get("angle")), 1e-3);
        assertEquals(1, Double.parseDouble(rows.get(1).get("w")), 1e-4);
        assertEquals(30, Double.parseDouble(rows.get(1).get("phi1")) + Double.parseDouble(rows.get(1).get("phi2")), 1e-3);
    }

    @Test
    void misorientationRejectsNaNAndUnknownSymmetry() throws IOException {
        macros.assertFails("run(\"Misorientation\", \"phi1_a=NaN phi_a=0 phi2_a=0 phi1_b=0 phi_b=0 phi2_b=0 symmetry=m-3m\");",
                "Euler angles must be finite");
        macros.assertFails("run(\"Misorientation\", \"phi1_a=0 phi_a=0 phi2_a=0 phi1_b=0 phi_b=0 phi2_b=0 symmetry=m-4m\");",
                "symmetry must be one of");
    }

    @Test
    void ipfMapAndLegend() throws IOException {
        Path map = dir.resolve("map.csv");
        Files.writeString(map, "phi1,Phi,phi2\n0,0,0\n0,45,0\n0,54.7356,45\n90,90,0\n");
        Path png = dir.resolve("ipf.png");
        Path key = dir.resolve("key.png");
        macros.assertRuns("run(\"IPF Colour Map\", \"file=[" + map + "] symmetry=m-3m direction=z width=2 legend\");\n"
                + "selectImage(\"map.csv IPF-Z\");\nsaveAs(\"PNG\", \"" + png + "\");\n"
                + "selectImage(\"IPF key m-3m\");\nsaveAs(\"PNG\", \"" + key + "\");");
        ImagePlus ipf = IJ.openImage(png.toString());
        assertEquals(2, ipf.getWidth());
        assertEquals(2, ipf.getHeight());
        int[] p = (int[]) ipf.getProcessor().convertToRGB().getPixels();
        assertEquals(0xFF0000, p[0] & 0xFFFFFF, "[001] red");
        assertEquals(0x00FF00, p[1] & 0xFFFFFF, "[011] green");
        assertEquals(0x0000FF, p[2] & 0xFFFFFF, "[111] blue");
        assertEquals(0xFF0000, p[3] & 0xFFFFFF, "Φ = 90 puts a cube axis along z: red");
        ImagePlus legend = IJ.openImage(key.toString());
        assertEquals(IpfColourMap.LEGEND_SIZE, legend.getWidth());

        // IPF-X of the same map: the identity has [100] along x, red too
        macros.assertRuns("run(\"IPF Colour Map\", \"file=[" + map + "] symmetry=6/mmm direction=x width=4\");\n"
                + "selectImage(\"map.csv IPF-X\");\nsaveAs(\"PNG\", \"" + png + "\");");
        int[] hex = (int[]) IJ.openImage(png.toString()).getProcessor().convertToRGB().getPixels();
        assertEquals(4, hex.length);
        assertEquals(0x0000FF, hex[0] & 0xFFFFFF, "hexagonal: x is a = [2-1-10], blue");
    }

    @Test
    void ipfMapOfLabelsCsv() throws IOException {
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "slice,phi1,Phi,phi2,q0,q1,q2,q3\n1,0,0,0,1,0,0,0\n2,0,45,0,0.92388,0.38268,0,0\n");
        Path png = dir.resolve("labels.png");
        macros.assertRuns("run(\"IPF Colour Map\", \"file=[" + labels + "] symmetry=m-3m direction=z width=2\");\n"
                + "saveAs(\"PNG\", \"" + png + "\");");
        assertEquals(2, IJ.openImage(png.toString()).getWidth());
    }

    @Test
    void badCsvGivesFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "phi1,Phi,phi2\n0,0,0\n0,NaN,0\n");
        macros.assertFails("run(\"IPF Colour Map\", \"file=[" + bad + "] width=1\");", "bad.csv, line 3: Phi is not a finite number: 'NaN'");
        Path noPhi = dir.resolve("nophi.csv");
        Files.writeString(noPhi, "phi1,phi,phi2\n0,0,0\n");
        macros.assertFails("run(\"IPF Colour Map\", \"file=[" + noPhi + "] width=1\");", "nophi.csv, line 1: missing column Phi");
        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, "phi1,Phi,phi2\n0,0,0\n0,0,0\n0,0,0\n");
        macros.assertFails("run(\"IPF Colour Map\", \"file=[" + rows + "] width=2\");", "rows.csv: 3 orientations do not fill rows of width 2");
        macros.assertFails("run(\"IPF Colour Map\", \"file=[" + rows + "]\");", "no x and y columns: give the map width");
        assertTrue(macros.err().contains("IPF Colour Map"), macros.err());
    }
}
