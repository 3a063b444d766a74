package org.matinf.fiji.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.orientation.OrientationScan;
import org.matinf.core.orientation.ScanFiles;
import org.matinf.core.orientation.ScanValue;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/** Export Orientations and Orientation Map through the macro path of bin/matinf -batch. */
class ExportOrientationsTest {
    private static final Path LABELS = Path.of("sample-images", "electron", "Ni_EBSD_map", "labels.csv");
    private static final Path NI = Path.of("sample-images", "structures", "elements_cod", "Ni.cif");

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
        assertTrue(mine.contains(new CommandEntry(menu, "Export Orientations", ExportOrientations.class.getName())), mine.toString());
        assertTrue(mine.contains(new CommandEntry(menu, "Orientation Map", OrientationMapCommand.class.getName())), mine.toString());
        assertEquals(List.of("file", "source", "width", "step", "structure", "symmetry", "format", "output"), keys(ExportOrientations.class));
        assertEquals(List.of("width", "symmetry", "direction", "legend"), keys(OrientationMapCommand.class));
    }

    private static List<String> keys(Class<?> command) {
        return CommandInput.of(command).stream().map(CommandInput::name).collect(Collectors.toList());
    }

    @Test
    void niSampleMapAsAngAndCtf() throws IOException {
        List<Map<String, String>> rows = TestData.csv(LABELS);
        assertEquals(192, rows.size());
        for (String format : new String[] {"ang", "ctf"}) {
            Path out = dir.resolve("ni." + format);
            macros.assertRuns("run(\"Export Orientations\", \"source=file file=[" + LABELS.toAbsolutePath() + "] width=0 step=0.5 structure=["
                    + NI.toAbsolutePath() + "] symmetry=-1 format=" + format + " output=[" + out + "]\");");
            OrientationScan scan = ScanFiles.read(out);
            assertEquals(16, scan.width());
            assertEquals(12, scan.height());
            assertEquals(0.5, scan.xStep());
            assertEquals("Ni", scan.phase().name());
            assertEquals(LaueGroup.M_BAR_3_M, scan.phase().laueGroup(), "from the structure, not symmetry=-1");
            assertEquals(3.524, scan.phase().lattice()[0], 0.01);
            for (Map<String, String> r : rows) {
                Orientation g = Orientation.fromBunge(d(r, "phi1"), d(r, "Phi"), d(r, "phi2"));
                Orientation back = scan.get((int) d(r, "x"), (int) d(r, "y"));
                assertTrue(g.equalsWithin(back, 1e-5), format + " " + r);
            }
        }
        assertTrue(Files.readAllLines(dir.resolve("ni.ang")).contains("# Symmetry              43"));
        assertTrue(Files.readAllLines(dir.resolve("ni.ctf")).contains("XCells\t16"));
    }

    private static double d(Map<String, String> r, String c) {
        return Double.parseDouble(r.get(c));
    }

    /** Three rows in a macro's Results table, out of slice order: [001] ∥ z, [011] ∥ z, [111] ∥ z. */
    private static final String TABLE = "run(\"Clear Results\");\n"
            + "setResult(\"slice\", 0, 2); setResult(\"phi1\", 0, 0); setResult(\"Phi\", 0, 45); setResult(\"phi2\", 0, 0);"
            + " setResult(\"uncertainty\", 0, 1.5); setResult(\"score\", 0, 0.8);\n"
            + "setResult(\"slice\", 1, 1); setResult(\"phi1\", 1, 0); setResult(\"Phi\", 1, 0); setResult(\"phi2\", 1, 0);"
            + " setResult(\"uncertainty\", 1, 0.5); setResult(\"score\", 1, 0.9);\n"
            + "setResult(\"slice\", 2, 3); setResult(\"phi1\", 2, 0); setResult(\"Phi\", 2, 54.7356); setResult(\"phi2\", 2, 45);"
            + " setResult(\"uncertainty\", 2, 2.5); setResult(\"score\", 2, 0.7);\n"
            + "updateResults();\n";

    @Test
    void resultsTableToCtfAndIpfMap() throws IOException {
        Path out = dir.resolve("cnn.ctf");
        Path png = dir.resolve("ipf.png");
        Path key = dir.resolve("key.png");
        macros.assertRuns(TABLE + "run(\"Export Orientations\", \"source=results width=2 step=2 symmetry=6/mmm format=ctf output=[" + out + "]\");\n"
                + "run(\"Orientation Map\", \"width=2 symmetry=m-3m direction=z legend=true\");\n"
                + "selectImage(\"Results IPF-Z\");\nsaveAs(\"PNG\", \"" + png + "\");\n"
                + "selectImage(\"IPF key m-3m\");\nsaveAs(\"PNG\", \"" + key + "\");");
        OrientationScan scan = ScanFiles.read(out);
        assertEquals(2, scan.width());
        assertEquals(2, scan.height(), "ceil(3 / 2)");
        assertEquals("Unknown", scan.phase().name());
        assertEquals(LaueGroup.SIX_OVER_MMM, scan.phase().laueGroup());
        assertEquals(2, scan.yStep());
        assertTrue(scan.get(1, 0).equalsWithin(Orientation.fromBunge(0, 45, 0), 1e-5), "slice 2 at x = 1");
        assertEquals(1.5, scan.value(ScanValue.UNCERTAINTY, 1, 0), 1e-9, "MAD");
        assertEquals(0.9, scan.value(ScanValue.SCORE, 0, 0), 1e-9, "BS");
        assertNull(scan.get(1, 1), "no slice 4: not indexed");

        int[] p = (int[]) IJ.openImage(png.toString()).getProcessor().convertToRGB().getPixels();
        assertEquals(4, p.length);
        assertEquals(0xFF0000, p[0] & 0xFFFFFF, "slice 1, [001] red");
        assertEquals(0x00FF00, p[1] & 0xFFFFFF, "slice 2, [011] green");
        assertEquals(0x0000FF, p[2] & 0xFFFFFF, "slice 3, [111] blue");
        assertEquals(0, p[3] & 0xFFFFFF, "no orientation: black");
        ImagePlus legend = IJ.openImage(key.toString());
        assertEquals(IpfColourMap.LEGEND_SIZE, legend.getWidth());
    }

    @Test
    void orientationMapByXyFromTheSampleLabels() throws IOException {
        Path png = dir.resolve("ni.png");
        // the sample's labels.csv copied into the Results table by the macro (columns slice..q3, x, y)
        macros.assertRuns("run(\"Clear Results\");\nlines = split(File.openAsString(\"" + LABELS.toAbsolutePath() + "\"), \"\\n\");\n"
                + "names = split(lines[0], \",\");\nfor (i = 1; i < lines.length; i++) {\n  v = split(lines[i], \",\");\n"
                + "  for (k = 0; k < names.length; k++) setResult(names[k], i - 1, parseFloat(v[k]));\n}\nupdateResults();\n"
                + "run(\"Orientation Map\", \"width=0 symmetry=m-3m direction=x\");\n"
                + "saveAs(\"PNG\", \"" + png + "\");");
        ImagePlus ipf = IJ.openImage(png.toString());
        assertEquals(16, ipf.getWidth());
        assertEquals(12, ipf.getHeight());
        int[] p = (int[]) ipf.getProcessor().convertToRGB().getPixels();
        org.matinf.core.orientation.IpfColourKey key = new org.matinf.core.orientation.IpfColourKey(LaueGroup.M_BAR_3_M);
        for (Map<String, String> r : TestData.csv(LABELS)) {
            Orientation g = Orientation.fromBunge(d(r, "phi1"), d(r, "Phi"), d(r, "phi2"));
            int at = (int) d(r, "y") * 16 + (int) d(r, "x");
            assertEquals(key.rgb(g, new double[] {1, 0, 0}), p[at] & 0xFFFFFF, r.toString());
        }
    }

    @Test
    void badInputIsReported() throws IOException {
        Path out = dir.resolve("x.ang");
        macros.assertFails("run(\"Clear Results\");\nrun(\"Export Orientations\", \"source=results width=2 format=ang output=[" + out + "]\");",
                "the Results table is empty");
        macros.assertFails("run(\"Clear Results\");\nsetResult(\"phi1\", 0, 0); setResult(\"Phi\", 0, NaN); setResult(\"phi2\", 0, 0);\n"
                + "run(\"Export Orientations\", \"source=results width=2 format=ang output=[" + out + "]\");",
                "Results table, line 1: Phi is not a finite number");
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "phi1,Phi,phi2\n0,0,0\n0,abc,0\n");
        macros.assertFails("run(\"Export Orientations\", \"source=file file=[" + csv + "] width=2 format=ctf output=[" + out + "]\");",
                "bad.csv, line 3: Phi is not a number: 'abc'");
        assertTrue(Files.notExists(out));
    }
}
