package org.matinf.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.dataset.DatasetSources;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.Realism;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.deep.BundledModels;
import org.matinf.core.deep.OrientationModel;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * The bundled model ni-ebsd-64: its card states the conditions it was trained for, and on small
 * freshly generated Ni sets (other seeds than its training and validation data) it reaches the
 * accuracy the README reports.
 */
class BundledModelTest {
    @TempDir
    Path dir;

    @Test
    void listedWithItsConditions() throws IOException {
        assertTrue(BundledModels.available().contains("ni-ebsd-64"), BundledModels.available().toString());
        try (OrientationModel model = BundledModels.load("bundled:ni-ebsd-64")) {
            JsonNode card = model.card();
            assertEquals(64, model.inputSize());
            assertEquals(LaueGroup.M_BAR_3_M, model.laueGroup());
            assertEquals("Ni.cif", card.path("phase").asText());
            assertEquals("ebsd", card.path("dataset").path("type").asText());
            assertEquals(64, card.path("dataset").path("size").asInt());
            assertEquals(20, card.path("dataset").path("simulation").path("voltage_kv").asDouble(), 0);
            assertEquals("small-cnn", model.network().architecture());
            assertTrue(card.path("validation").path("median_disorientation_deg").asDouble() < BundledModelLimits.NOISY_MEDIAN_DEG);
        }
    }

    @Test
    void accurateOnFreshNoisyAndCleanPatterns() throws IOException {
        Structure ni = TestData.structure("elements_cod/Ni.cif");
        Realism noisy = Realism.builder().dose(500).background(0.2).blur(0.5).gainJitter(0.1).build();
        try (OrientationModel model = BundledModels.load("bundled:ni-ebsd-64")) {
            double noisyMedian = median(model, ni, noisy, 301);
            double cleanMedian = median(model, ni, Realism.NONE, 302);
            assertTrue(noisyMedian < BundledModelLimits.NOISY_MEDIAN_DEG, "noisy: median " + noisyMedian + "°");
            assertTrue(cleanMedian < BundledModelLimits.CLEAN_MEDIAN_DEG, "clean: median " + cleanMedian + "°");
        }
    }

    private double median(OrientationModel model, Structure ni, Realism realism, long seed) throws IOException {
        DiffractionDataset data = DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(64, 20)))
                .count(200).seed(seed).realism(realism).structure("Ni.cif").build();
        List<GrayImage> patterns = new ArrayList<>();
        for (int i = 0; i < data.count(); i++) {
            patterns.add(data.pattern(i));
        }
        var predicted = model.predict(patterns);
        double[] e = new double[predicted.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = Misorientation.disorientationAngle(predicted[i], data.orientation(i), LaueGroup.M_BAR_3_M);
        }
        Arrays.sort(e);
        return (e[99] + e[100]) / 2;
    }
}
