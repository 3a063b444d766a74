package org.matinf.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.fiji.launcher.BatchRunner;
import org.matinf.testutil.TestData;

/**
 * The shipped electron diffraction samples are exactly what {@link ElectronSamples} makes, and the
 * example macros that use them (saed_measure, ebsd_simulate, dataset_generate, ebsd_map_ipf) run
 * headless and measure what was planted.
 */
class ElectronExamplesTest {
    @TempDir
    Path out;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private void runMacro(String name) {
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        int status = BatchRunner.run(Path.of("macros", name), "out=[" + out + "]", err);
        assertEquals(BatchRunner.OK, status, "macros/" + name + " failed:\n" + errBytes.toString(StandardCharsets.UTF_8));
    }

    private Map<String, String> firstRow(String csv) {
        return TestData.csv(out.resolve(csv)).get(0);
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    @Test
    void shippedSamplesAreReproducible() throws IOException {
        Path fresh = out.resolve("fresh");
        ElectronSamples.write(fresh);
        List<Path> files;
        try (Stream<Path> s = Files.walk(fresh)) {
            files = s.filter(Files::isRegularFile).map(fresh::relativize).sorted().collect(Collectors.toList());
        }
        assertEquals(7, files.size(), files.toString());
        for (Path f : files) {
            Path shipped = ElectronSamples.DIR.resolve(f);
            assertTrue(Files.exists(shipped), shipped + " is missing; run ElectronSamples.main");
            if (f.toString().endsWith(".tif")) {
                ImagePlus a = IJ.openImage(shipped.toString());
                ImagePlus b = IJ.openImage(fresh.resolve(f).toString());
                assertEquals(b.getStackSize(), a.getStackSize(), f.toString());
                for (int i = 1; i <= a.getStackSize(); i++) {
                    assertArrayEquals((float[]) b.getStack().getProcessor(i).convertToFloatProcessor().getPixels(),
                            (float[]) a.getStack().getProcessor(i).convertToFloatProcessor().getPixels(), f + " slice " + i
                                    + " differs from ElectronSamples; regenerate with its main");
                }
            } else {
                assertEquals(Files.readString(fresh.resolve(f)), Files.readString(shipped), f.toString());
            }
        }
    }

    @Test
    void saedMeasureFindsThePlantedGeometry() {
        runMacro("saed_measure.ijm");
        Map<String, String> si = firstRow("si_centre.csv");
        assertEquals(128, number(si, "x"), 0.1);
        assertEquals(128, number(si, "y"), 0.1);
        List<Map<String, String>> spots = TestData.csv(out.resolve("si_spots.csv"));
        assertTrue(spots.size() >= 25, spots.size() + " spots");
        double d111 = spots.stream().filter(r -> !r.get("d").equals("NaN")).mapToDouble(r -> number(r, "d")).max().orElse(0);
        assertEquals(5.431 / Math.sqrt(3), d111, 0.01, "largest d is Si {111}");

        Map<String, String> ring = firstRow("rings_centre.csv");
        assertEquals(261.3, number(ring, "x"), 0.1);
        assertEquals(249.6, number(ring, "y"), 0.1);
        assertEquals(0.04, number(firstRow("rings_calibration.csv"), "pixel_size"), 0.04 * 0.005);
        List<String> hkl = TestData.csv(out.resolve("rings_indexed.csv")).stream().map(r -> r.get("hkl")).limit(4)
                .collect(Collectors.toList());
        assertEquals(List.of("111", "200", "220", "311"), hkl);
        assertTrue(Files.exists(out.resolve("rings_profile.png")));
    }

    /** Preprocessing takes the centre Find Pattern Centre stored for its radial background and mask. */
    @Test
    void preprocessingUsesTheStoredCentre() throws IOException {
        Path info = out.resolve("info.txt");
        new org.matinf.fiji.MacroRunner(out).assertRuns("open(\"" + ElectronSamples.DIR.resolve("Al_rings_SAED.tif").toAbsolutePath() + "\");\n"
                + "run(\"Find Pattern Centre\", \"method=friedel\");\n"
                + "run(\"Preprocess Diffraction Pattern\", \"background=radial-median mask=true mask_radius=200\");\n"
                + "File.saveString(getTitle() + \"\\n\" + getMetadata(\"Info\"), \"" + info + "\");\n");
        String text = Files.readString(info);
        assertTrue(text.contains("background radial-median centre=261.3"), text);
        assertTrue(text.contains("mask r=200 centre=261.3"), text);
    }

    @Test
    void ebsdAndDatasetMacrosWriteWhatTheySay() throws IOException {
        runMacro("ebsd_simulate.ijm");
        ImagePlus ni = IJ.openImage(out.resolve("Ni_30_40_50.tif").toString());
        assertEquals(80, ni.getWidth());
        assertEquals(120, IJ.openImage(out.resolve("Ni_detector.tif").toString()).getWidth());
        runMacro("dataset_generate.ijm");
        assertEquals(1001, Files.readAllLines(out.resolve("ni_ebsd/labels.csv")).size());
        assertEquals(501, Files.readAllLines(out.resolve("si_spot/labels.csv")).size());
        assertEquals(1000, IJ.openImage(out.resolve("ni_ebsd/patterns.tif").toString()).getStackSize());
        assertEquals("fundamental-zone (m-3m)", TestData.json(out.resolve("si_spot/dataset.json")).get("sampling").asText());
    }

    @Test
    void ipfMapShowsTheScanAndTheCornerGrainsDisorientation() throws IOException {
        runMacro("ebsd_map_ipf.ijm");
        ImagePlus map = IJ.openImage(out.resolve("ni_map_ipf_z.png").toString());
        assertEquals(ElectronSamples.MAP_WIDTH, map.getWidth());
        assertEquals(ElectronSamples.MAP_HEIGHT, map.getHeight());
        List<String> rows = Files.readAllLines(ElectronSamples.DIR.resolve("Ni_EBSD_map/labels.csv"));
        double expected = Misorientation.disorientation(euler(rows.get(1)), euler(rows.get(rows.size() - 1)), LaueGroup.parse("m-3m")).angle();
        List<Map<String, String>> table = TestData.csv(out.resolve("ni_map_misorientation.csv"));
        assertEquals(1, table.size(), "the macro clears the Results first");
        assertEquals(expected, number(table.get(0), "angle"), 1e-3);
        assertTrue(expected > 5, "the corners lie in different grains");
    }

    private static Orientation euler(String row) {
        String[] f = row.split(",");
        return Orientation.fromBunge(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
    }
}
