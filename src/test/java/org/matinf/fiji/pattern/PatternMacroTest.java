package org.matinf.fiji.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.io.Opener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.diffraction.pattern.DebyeRing;
import org.matinf.core.diffraction.pattern.DebyeRings;
import org.matinf.core.diffraction.pattern.SyntheticPatterns;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/**
 * The pattern commands from macros, headless: the five commands on synthetic Al ring and spot
 * patterns (single images and stacks), the stored centre, the calibration they set, and clear
 * failures for bad input.
 */
class PatternMacroTest {
    static final double K = 0.0405;
    static final double[][] CENTRES = {{250.37, 261.71}, {243.2, 252.9}, {260.84, 249.45}};

    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    private static String al() {
        return TestData.structures().resolve("elements_cod/Al.cif").toString();
    }

    /** Al rings at K 1/nm per pixel about (cx, cy), as in StructureCalibrationTest. */
    private static SyntheticPatterns rings(double cx, double cy, long seed) {
        Structure structure = TestData.structure("elements_cod/Al.cif");
        SyntheticPatterns p = new SyntheticPatterns(512, 512, cx, cy).diffuse(30, 400, 50).beam(4, 6000);
        for (DebyeRing ring : DebyeRings.of(structure, 300 * K)) {
            p.ring(ring.g() / K, 1.5, 40 + 3 * ring.intensity());
        }
        return p.noise(8, seed);
    }

    private String ringImage() {
        return PatternImages.save(dir.resolve("rings.tif"), List.of(rings(CENTRES[0][0], CENTRES[0][1], 1)));
    }

    private String ringStack() {
        return PatternImages.save(dir.resolve("stack.tif"), List.of(rings(CENTRES[0][0], CENTRES[0][1], 1),
                rings(CENTRES[1][0], CENTRES[1][1], 2), rings(CENTRES[2][0], CENTRES[2][1], 3)));
    }

    private List<Map<String, String>> results(String name) {
        return TestData.csv(dir.resolve(name));
    }

    private String saveResults(String name) {
        return "saveAs(\"Results\", \"" + dir.resolve(name) + "\");\n";
    }

    /** The columns of a saved Results table without ImageJ's row-number column. */
    private static List<String> columns(List<Map<String, String>> rows) {
        return TestData.columns(rows).stream().filter(c -> !c.isBlank()).toList();
    }

    private static double num(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    @Test
    void findPatternCentreOnEverySliceAndStoresIt() throws IOException {
        String stack = ringStack();
        macros.assertRuns("open(\"" + stack + "\");\n"
                + "run(\"Find Pattern Centre\", \"method=friedel\");\n" + saveResults("centres.csv")
                + "saveAs(\"Tiff\", \"" + dir.resolve("stored.tif") + "\");\n");
        List<Map<String, String>> rows = results("centres.csv");
        assertEquals(3, rows.size());
        for (int n = 0; n < 3; n++) {
            assertEquals(n + 1, (int) num(rows.get(n), "slice"));
            assertEquals(CENTRES[n][0], num(rows.get(n), "x"), 0.1);
            assertEquals(CENTRES[n][1], num(rows.get(n), "y"), 0.1);
            assertTrue(num(rows.get(n), "score") > 0.95);
        }
        ImagePlus saved = new Opener().openImage(dir.resolve("stored.tif").toString());
        String[] stored = saved.getProp(PatternCentres.PROPERTY).split(";");
        assertEquals(3, stored.length);
        assertEquals(CENTRES[2][0], Double.parseDouble(stored[2].split(",")[0]), 0.1);
    }

    @Test
    void directBeamCentre() throws IOException {
        macros.assertRuns("open(\"" + ringImage() + "\");\n"
                + "run(\"Find Pattern Centre\", \"method=direct-beam\");\n" + saveResults("beam.csv"));
        Map<String, String> row = results("beam.csv").get(0);
        assertEquals(CENTRES[0][0], num(row, "x"), 0.3);
        assertEquals(CENTRES[0][1], num(row, "y"), 0.3);
    }

    @Test
    void radialProfileUsesTheStoredCentreAndCalibration() throws IOException {
        Path png = dir.resolve("profile.png");
        macros.assertRuns("open(\"" + ringImage() + "\");\n"
                + "run(\"Find Pattern Centre\", \"method=friedel\");\n"
                + "run(\"Calibrate Diffraction\", \"mode=ring ring_radius=" + (4.2771 / K) + " g=4.2771\");\n"
                + "run(\"Radial Profile\", \"centre=auto bin=1 beam_stop=20 median plot=[" + png + "]\");\n"
                + saveResults("profile.csv"));
        List<Map<String, String>> rows = results("profile.csv");
        assertEquals(List.of("slice", "radius_px", "g", "intensity", "median", "count"), columns(rows));
        assertTrue(Files.size(png) > 1000);
        Map<String, String> beamStop = rows.get(10);
        assertEquals("0", beamStop.get("count"));
        // the 111 ring at 105.6 pixels: bin 105 is the brightest beyond the beam stop
        Map<String, String> best = rows.stream().filter(r -> num(r, "count") > 0)
                .max((a, b) -> Double.compare(num(a, "intensity"), num(b, "intensity"))).orElseThrow();
        assertEquals(105.5, num(best, "radius_px"), 0);
        assertEquals(105.5 * K, num(best, "g"), 1e-6);
    }

    @Test
    void radialProfileOfAStackHasEverySlice() throws IOException {
        macros.assertRuns("open(\"" + ringStack() + "\");\n"
                + "run(\"Radial Profile\", \"bin=2\");\n" + saveResults("stack.csv"));
        List<Map<String, String>> rows = results("stack.csv");
        assertEquals(List.of("slice", "radius_px", "intensity", "count"), columns(rows));
        assertEquals(List.of("1", "2", "3"), rows.stream().map(r -> r.get("slice")).distinct().toList());
    }

    @Test
    void calibrateByCameraLength() throws IOException {
        // 200 kV (λ = 0.025079 Å), L = 100 cm, 14 µm: 0.014 / (0.0025079 × 1000) = 0.0055823 1/nm per pixel
        macros.assertRuns("open(\"" + ringImage() + "\");\n"
                + "run(\"Calibrate Diffraction\", \"mode=camera camera_length=100 length_unit=cm voltage=200 detector_pixel=14\");\n"
                + saveResults("camera.csv") + "saveAs(\"Tiff\", \"" + dir.resolve("cal.tif") + "\");\n");
        Map<String, String> row = results("camera.csv").get(0);
        assertEquals(0.0055823, num(row, "pixel_size"), 1e-7);
        assertEquals(0.025079, num(row, "wavelength"), 1e-6);
        assertEquals(25.079, num(row, "camera_constant"), 1e-3);
        ImagePlus saved = new Opener().openImage(dir.resolve("cal.tif").toString());
        assertEquals("1/nm", saved.getCalibration().getUnit());
        assertEquals(0.0055823, saved.getCalibration().pixelWidth, 1e-7);
    }

    @Test
    void calibrateOnTheStructureAndIndexRings() throws IOException {
        String stack = ringStack();
        macros.assertRuns("open(\"" + stack + "\");\n"
                + "run(\"Find Pattern Centre\", \"method=friedel\");\n"
                + "run(\"Calibrate Diffraction\", \"mode=structure file=[" + al() + "] tolerance=2\");\n"
                + saveResults("structure.csv")
                + "run(\"Index Rings\", \"file=[" + al() + "] tolerance=1\");\n" + saveResults("index.csv"));
        List<Map<String, String>> cal = results("structure.csv");
        assertEquals(3, cal.size());
        for (Map<String, String> row : cal) {
            assertEquals(K, num(row, "pixel_size"), 0.005 * K);
            assertEquals(num(row, "measured"), num(row, "matched"), 0);
        }
        List<Map<String, String>> index = results("index.csv");
        assertEquals(List.of("slice", "ring", "radius_px", "g", "d", "hkl", "d_calc", "error_pct", "multiplicity"),
                columns(index));
        for (String slice : List.of("1", "2", "3")) {
            List<Map<String, String>> rows = index.stream().filter(r -> r.get("slice").equals(slice)).toList();
            assertEquals(List.of("111", "200", "220", "311"), rows.subList(0, 4).stream().map(r -> r.get("hkl")).toList());
            assertEquals(2.338027, num(rows.get(0), "d_calc"), 1e-6); // 4.04958 / √3
            assertTrue(Math.abs(num(rows.get(0), "error_pct")) < 0.1);
        }
    }

    @Test
    void indexRingsCalibratesAnUncalibratedImage() throws IOException {
        macros.assertRuns("open(\"" + ringImage() + "\");\n"
                + "run(\"Index Rings\", \"file=[" + al() + "] tolerance=2 centre=[250.37,261.71]\");\n"
                + saveResults("auto.csv"));
        List<Map<String, String>> rows = results("auto.csv");
        assertEquals(List.of("111", "200", "220", "311"), rows.subList(0, 4).stream().map(r -> r.get("hkl")).toList());
        assertEquals(List.of("8", "6", "12", "24"), rows.subList(0, 4).stream().map(r -> r.get("multiplicity")).toList());
    }

    @Test
    void findDiffractionSpots() throws IOException {
        double cx = 255.31;
        double cy = 250.77;
        SyntheticPatterns lattice = new SyntheticPatterns(512, 512, cx, cy).diffuse(50, 100, 40).beam(3, 3000)
                .spot(cx + 31.7, cy + 4.3, 1.6, 700).spot(cx - 31.7, cy - 4.3, 1.6, 700)
                .spot(cx - 6.1, cy + 27.9, 1.6, 500).spot(cx + 6.1, cy - 27.9, 1.6, 500).noise(5, 9);
        String file = PatternImages.save(dir.resolve("spots.tif"), List.of(lattice, lattice));
        macros.assertRuns("open(\"" + file + "\");\n"
                + "setVoxelSize(0.05, 0.05, 1, \"1/nm\");\n"
                + "run(\"Find Diffraction Spots\", \"threshold=5 min_distance=8 radius=3 centre=[" + cx + "," + cy + "]\");\n"
                + saveResults("spots.csv"));
        List<Map<String, String>> rows = results("spots.csv");
        assertEquals(10, rows.size(), rows.toString());
        assertEquals(List.of("slice", "x", "y", "g", "d", "angle", "intensity", "height", "background", "width"),
                columns(rows));
        Map<String, String> first = rows.get(1);
        double distance = Math.hypot(6.1, 27.9); // the nearer pair, 28.56 px = 1.428 1/nm = 7.003 Å
        assertEquals(distance * 0.05, num(first, "g"), 0.005);
        assertEquals(10 / (distance * 0.05), num(first, "d"), 0.03);
        assertEquals(List.of("1", "1", "1", "1", "1", "2", "2", "2", "2", "2"),
                rows.stream().map(r -> r.get("slice")).toList());
        Map<String, String> right = rows.stream().filter(r -> num(r, "x") > cx + 20).findFirst().orElseThrow();
        assertEquals(cx + 31.7, num(right, "x"), 0.1);
        assertEquals(cy + 4.3, num(right, "y"), 0.1);
        assertEquals(-Math.toDegrees(Math.atan2(4.3, 31.7)), num(right, "angle"), 0.2);
    }

    @Test
    void badInputGivesClearMessages() throws IOException {
        String rings = ringImage();
        macros.assertFails("newImage(\"colour\", \"RGB black\", 64, 64, 1);\nrun(\"Find Pattern Centre\", \"method=friedel\");",
                "Find Pattern Centre failed (macro line 2): colour: RGB images are not supported; convert to 8-, 16- or 32-bit greyscale first");
        macros.assertFails("newImage(\"blank\", \"32-bit black\", 64, 64, 1);\nrun(\"Find Pattern Centre\", \"method=direct-beam\");",
                "Find Pattern Centre failed (macro line 2): blank: the image is flat (every pixel is 0.0): there is no diffraction pattern in it");
        macros.assertFails("newImage(\"holes\", \"32-bit ramp\", 64, 64, 2);\nsetSlice(2);\nsetPixel(3, 4, NaN);\n"
                + "run(\"Find Pattern Centre\", \"method=friedel\");",
                "holes, slice 2: pixel (3, 4) is NaN; replace NaN/infinite pixels first (e.g. Process>Math>Remove NaNs)");
        macros.assertFails("open(\"" + rings + "\");\nrun(\"Radial Profile\", \"centre=[600,10]\");",
                "Radial Profile failed (macro line 2): rings.tif: the centre (600.00, 10.00) is outside the 512 x 512 image");
        macros.assertFails("open(\"" + rings + "\");\nrun(\"Radial Profile\", \"centre=[middle]\");",
                "rings.tif: the centre must be auto or two numbers x,y (pixels), not 'middle'");
        macros.assertFails("open(\"" + rings + "\");\n"
                + "run(\"Calibrate Diffraction\", \"mode=camera camera_length=0 voltage=200 detector_pixel=14\");",
                "Calibrate Diffraction failed (macro line 2): the camera length must be a positive number, got 0.0 mm");
        macros.assertFails("open(\"" + rings + "\");\n"
                + "run(\"Calibrate Diffraction\", \"mode=camera camera_length=-5 length_unit=cm voltage=200 detector_pixel=14\");",
                "the camera length must be a positive number, got -5.0 cm");
        macros.assertFails("open(\"" + rings + "\");\nrun(\"Calibrate Diffraction\", \"mode=ring ring_radius=100\");",
                "give the known ring's d (Å) or g (1/nm) (macro: d=2.338 or g=4.277)");
        macros.assertFails("open(\"" + rings + "\");\nrun(\"Index Rings\", \"tolerance=2\");",
                "Index Rings failed (macro line 2): no structure file given (macro: file=[path])");
        String noise = PatternImages.save(dir.resolve("noise.tif"),
                List.of(new SyntheticPatterns(128, 128, 64, 64).diffuse(100, 0, 1).noise(5, 3)));
        macros.assertFails("open(\"" + noise + "\");\nrun(\"Index Rings\", \"file=[" + al() + "] centre=[64,64]\");",
                "Index Rings failed (macro line 2): noise.tif: no rings found in the radial profile about the centre (64.00, 64.00)");
    }
}
