package org.matinf.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.orientation.OrientationScan;
import org.matinf.core.orientation.ScanFiles;
import org.matinf.fiji.launcher.BatchRunner;
import org.matinf.testutil.TestData;

/**
 * macros/orientation_indexing.ijm runs headless: dataset, CNN training, estimation, dictionary
 * indexing and export. Dictionary indexing must recover the held-out labels; the (barely trained)
 * CNN must give one finite orientation and uncertainty per pattern.
 */
class OrientationExamplesTest {
    @TempDir
    Path out;

    @Test
    void indexingExampleRecoversTheHeldOutOrientations() throws IOException {
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int status = BatchRunner.run(Path.of("macros", "orientation_indexing.ijm"), "out=[" + out + "] n=120 epochs=1",
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        assertEquals(BatchRunner.OK, status, errBytes.toString(StandardCharsets.UTF_8));
        List<Map<String, String>> labels = TestData.csv(out.resolve("test/labels.csv"));
        List<Map<String, String>> dictionary = TestData.csv(out.resolve("dictionary.csv"));
        List<Map<String, String>> cnn = TestData.csv(out.resolve("cnn.csv"));
        assertEquals(16, labels.size());
        assertEquals(16, dictionary.size());
        assertEquals(16, cnn.size());
        LaueGroup cubic = LaueGroup.parse("m-3m");
        double[] errors = new double[16];
        for (int i = 0; i < 16; i++) {
            errors[i] = Misorientation.disorientationAngle(euler(labels.get(i)), euler(dictionary.get(i)), cubic);
            assertTrue(Double.isFinite(Double.parseDouble(cnn.get(i).get("uncertainty"))), cnn.get(i).toString());
            euler(cnn.get(i));
        }
        Arrays.sort(errors);
        assertTrue(errors[8] < 0.5, "dictionary median error " + errors[8] + "°");
        OrientationScan map = ScanFiles.read(out.resolve("dictionary.ang"));
        assertEquals(4, map.width());
        assertEquals(4, map.height());
        assertTrue(Files.size(out.resolve("training.png")) > 1000);
    }

    private static Orientation euler(Map<String, String> row) {
        return Orientation.fromBunge(Double.parseDouble(row.get("phi1")), Double.parseDouble(row.get("Phi")),
                Double.parseDouble(row.get("phi2")));
    }
}
