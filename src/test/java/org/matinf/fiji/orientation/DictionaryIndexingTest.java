package org.matinf.fiji.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/**
 * Dictionary Indexing run headless on a stack made by Generate Diffraction Dataset (Ni, 20 kV,
 * 48 × 48, 20 random orientations, 8-bit, no realism), compared with the dataset's labels.csv.
 * Measured with a 4° dictionary: median disorientation 0.002° refined (largest 0.010°; threshold
 * 0.05°, the core test's noise-free threshold), 2.35° unrefined (largest 4.3°; expected 0.55 step
 * ± 0.5°, the sampling's mean distance to the nearest orientation).
 */
class DictionaryIndexingTest {
    static final String NI = TestData.structures().resolve("elements_cod/Ni.cif").toString();

    @TempDir
    Path dir;

    private String dataset() {
        return "run(\"Generate Diffraction Dataset\", \"file=[" + NI + "] type=ebsd n=20 size=48 seed=5 output=[" + dir.resolve("set")
                + "]\");\nclose(\"*\");\nopen(\"" + dir.resolve("set/patterns.tif") + "\");\n";
    }

    private static String indexing(String options) {
        return "run(\"Dictionary Indexing\", \"file=[" + NI + "] voltage=20 pcx=0.5 pcy=0.5 pcz=0.5 tilt=70 detector_tilt=0 "
                + options + "\");\n";
    }

    private String save(String name) {
        return "saveAs(\"Results\", \"" + dir.resolve(name) + "\");\n";
    }

    @Test
    void indexesAGeneratedDatasetAndKeepsTheDictionary() throws IOException {
        MacroRunner macro = new MacroRunner(dir);
        macro.assertRuns(dataset() + indexing("step=4 refine=true") + save("refined.csv"));
        int builds = DictionaryCache.builds();
        macro.assertRuns("open(\"" + dir.resolve("set/patterns.tif") + "\");\n" + indexing("step=4 refine=false") + save("plain.csv"));
        assertEquals(builds, DictionaryCache.builds(), "the second run takes the dictionary from the cache");

        List<Map<String, String>> labels = TestData.csv(dir.resolve("set/labels.csv"));
        List<Map<String, String>> refined = TestData.csv(dir.resolve("refined.csv"));
        List<Map<String, String>> plain = TestData.csv(dir.resolve("plain.csv"));
        assertEquals(List.of("", "slice", "phi1", "Phi", "phi2", "uncertainty", "score"), TestData.columns(refined));
        assertEquals(20, refined.size());
        double[] e = errors(labels, refined);
        double[] p = errors(labels, plain);
        assertTrue(e[10] < 0.05, "median refined disorientation " + e[10] + "°: " + Arrays.toString(e));
        assertEquals(0.55 * 4, p[10], 0.5, "median unrefined disorientation: " + Arrays.toString(p));
        for (int i = 0; i < 20; i++) {
            assertEquals(i + 1, Integer.parseInt(refined.get(i).get("slice")));
            assertTrue(Double.parseDouble(refined.get(i).get("score")) > 0.99, refined.get(i).toString());
            double u = Double.parseDouble(refined.get(i).get("uncertainty"));
            assertTrue(u >= 0.05 && u < 0.5, refined.get(i).toString());
            assertEquals(2, Double.parseDouble(plain.get(i).get("uncertainty")), 0, "half the step without refinement");
        }
    }

    /** Sorted disorientations (m-3m) between the labels and the table's Euler angles. */
    private static double[] errors(List<Map<String, String>> labels, List<Map<String, String>> rows) {
        double[] e = new double[rows.size()];
        for (int i = 0; i < e.length; i++) {
            Map<String, String> l = labels.get(i);
            Map<String, String> r = rows.get(i);
            assertEquals(l.get("slice"), r.get("slice"));
            Orientation truth = Orientation.fromQuaternion(d(l, "q0"), d(l, "q1"), d(l, "q2"), d(l, "q3"));
            Orientation found = Orientation.fromBunge(d(r, "phi1"), d(r, "Phi"), d(r, "phi2"));
            e[i] = Misorientation.disorientationAngle(truth, found, LaueGroup.M_BAR_3_M);
        }
        Arrays.sort(e);
        return e;
    }

    private static double d(Map<String, String> row, String key) {
        return Double.parseDouble(row.get(key));
    }

    @Test
    void badInputIsReportedClearly() throws IOException {
        String image = "newImage(\"p\", \"32-bit ramp\", 40, 40, 1);\n";
        new MacroRunner(dir).assertFails(image + indexing("step=0"), "step must be a number of degrees above 0 and at most 20, got 0.0");
        new MacroRunner(dir).assertFails(image + "run(\"Dictionary Indexing\", \"step=4\");", "no file given");
        new MacroRunner(dir).assertFails("newImage(\"rgb\", \"RGB ramp\", 40, 40, 1);\n" + indexing("step=4"), "RGB images are not supported");
        new MacroRunner(dir).assertFails(image + "setPixel(3, 4, NaN);\n" + indexing("step=4"), "p, slice 1: pixel (3, 4) is NaN");
    }

    @Test
    void commandIsInTheOrientationMenuWithStableKeys() throws ClassNotFoundException {
        String cls = DictionaryIndexing.class.getName();
        assertTrue(MatInfCommands.discover().contains(new CommandEntry("Plugins>Materials Informatics>Orientation", "Dictionary Indexing", cls)));
        assertEquals(List.of("file", "step", "voltage", "pcx", "pcy", "pcz", "tilt", "detector_tilt", "refine"),
                CommandInput.of(Class.forName(cls)).stream().map(CommandInput::name).collect(Collectors.toList()));
    }
}
