package org.matinf.core.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.dataset.DatasetSources;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.Realism;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.dataset.TiffStackReader;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.CrystalSymmetry;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

class OrientationTrainerTest {
    @TempDir
    static Path dir;
    static Path dataset;
    static LaueGroup group;
    static final NetworkConfig NET = new NetworkConfig(NetworkConfig.SMALL_CNN, 32, new int[] {8, 16, 32}, 32, 0.1);

    @BeforeAll
    static void tinyNickelDataset() throws IOException {
        Structure ni = TestData.structure("elements_cod/Ni.cif");
        group = CrystalSymmetry.laueGroup(ni);
        dataset = dir.resolve("ni-ebsd");
        DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(32, 20)))
                .count(64).seed(3).structure("Ni.cif").build().write(dataset, ProgressListener.NONE);
    }

    private static TrainingConfig config() {
        return TrainingConfig.defaults(NET).withEpochs(4).withBatchSize(16).withSeed(7);
    }

    @Test
    void readsTheDatasetFolder() {
        OrientationDataset d = OrientationDataset.read(dataset);
        assertEquals(LaueGroup.M_BAR_3_M, group);
        assertEquals(64, d.count());
        assertEquals(32, d.size());
        assertEquals("Ni.cif", d.description().path("structure").asText());
        // labels.csv holds Bunge angles too: the quaternion read must give them back
        List<java.util.Map<String, String>> rows = TestData.csv(dataset.resolve("labels.csv"));
        for (int i = 0; i < 64; i += 9) {
            java.util.Map<String, String> row = rows.get(i);
            Orientation fromEuler = Orientation.fromBunge(Double.parseDouble(row.get("phi1")), Double.parseDouble(row.get("Phi")),
                    Double.parseDouble(row.get("phi2")));
            assertTrue(fromEuler.equalsWithin(d.orientation(i), 1e-6));
        }
        DeepFileException missing = assertThrows(DeepFileException.class, () -> OrientationDataset.read(dir.resolve("nothing")));
        assertTrue(missing.getMessage().contains("patterns.tif: missing"), missing.getMessage());
    }

    @Test
    void trainingLowersTheLossReproducibly() {
        OrientationDataset d = OrientationDataset.read(dataset);
        List<Long> seen = new ArrayList<>();
        TrainingResult a = new OrientationTrainer(d, group, config()).train((done, total, msg) -> seen.add(total));
        TrainingResult b = new OrientationTrainer(d, group, config()).train(ProgressListener.NONE);
        try (OrientationModel ma = a.model(); OrientationModel mb = b.model()) {
            List<Double> loss = a.trainingLoss();
            assertEquals(4, loss.size());
            assertTrue(loss.get(3) < loss.get(0), "training loss fell: " + loss);
            assertEquals(loss, b.trainingLoss(), "same seed, same losses");
            assertEquals(a.validationMedian(), b.validationMedian());
            assertEquals(4L * 4, seen.get(0), "progress counts 4 epochs of 4 batches (51 training patterns, batch 16)");
            ObjectNode card = ma.card();
            assertEquals("m-3m", card.path("laue_group").asText());
            assertEquals("Ni.cif", card.path("phase").asText());
            assertEquals(20.0, card.path("dataset").path("simulation").path("voltage_kv").asDouble(), 1e-9, card.toString());
            assertEquals(0.5, card.path("dataset").path("simulation").path("pcz").asDouble(), 1e-9, "detector geometry from dataset.json");
            assertEquals(13, card.path("validation").path("patterns").asInt());
            double median = card.path("validation").path("median_disorientation_deg").asDouble();
            assertEquals(a.validationMedian().get(a.bestEpoch() - 1), median, 1e-9);
            // a cubic disorientation never exceeds 62.8 degrees
            assertTrue(median > 0 && median < 62.81, "median " + median);
        }
    }

    @Test
    void savedModelsPredictTheSame() throws IOException {
        OrientationDataset d = OrientationDataset.read(dataset);
        List<GrayImage> patterns = new ArrayList<>();
        try (TiffStackReader r = new TiffStackReader(dataset.resolve("patterns.tif"))) {
            for (int i = 0; i < 10; i++) {
                patterns.add(r.image(i));
            }
        }
        Path folder = dir.resolve("model");
        Orientation[] before;
        try (OrientationModel m = new OrientationTrainer(d, group, config().withEpochs(1)).train(ProgressListener.NONE).model()) {
            before = m.predict(patterns);
            m.save(folder);
        }
        try (OrientationModel loaded = OrientationModel.load(folder)) {
            assertEquals(NET, loaded.network());
            assertEquals(LaueGroup.M_BAR_3_M, loaded.laueGroup());
            Orientation[] after = loaded.predict(patterns);
            for (int i = 0; i < before.length; i++) {
                assertArrayEquals(before[i].quaternion(), after[i].quaternion(), 1e-6);
            }
            assertArrayEquals(before[2].quaternion(), loaded.predict(patterns.get(2)).quaternion(), 1e-6);
            GrayImage big = GrayImage.blank(64, 64, patterns.get(0).calibration());
            IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> loaded.predict(List.of(patterns.get(0), big)));
            assertEquals("pattern 2 is 64 x 64 pixels; this model takes 32 x 32 (resize or bin the patterns first)", wrong.getMessage());
            GrayImage holey = patterns.get(1).copy();
            holey.set(5, 7, Float.NaN);
            org.matinf.core.image.ImageException nan = assertThrows(org.matinf.core.image.ImageException.class,
                    () -> loaded.predict(List.of(patterns.get(0), holey)));
            assertTrue(nan.getMessage().startsWith("pattern 2: pixel (5, 7) is NaN"), nan.getMessage());
        }
        byte[] weights = Files.readAllBytes(folder.resolve(OrientationModel.WEIGHTS));
        Files.write(folder.resolve(OrientationModel.WEIGHTS), java.util.Arrays.copyOf(weights, weights.length / 2));
        DeepFileException corrupt = assertThrows(DeepFileException.class, () -> OrientationModel.load(folder));
        assertTrue(corrupt.getMessage().startsWith(folder.resolve("orientation.params") + ": corrupt"), corrupt.getMessage());
        Files.writeString(folder.resolve(OrientationModel.CARD), "{ not json");
        DeepFileException card = assertThrows(DeepFileException.class, () -> OrientationModel.load(folder));
        assertTrue(card.getMessage().startsWith(folder.resolve("model.json") + ": corrupt model card"), card.getMessage());
        Files.delete(folder.resolve(OrientationModel.CARD));
        DeepFileException missing = assertThrows(DeepFileException.class, () -> OrientationModel.load(folder));
        assertTrue(missing.getMessage().startsWith(folder.resolve("model.json") + ": missing"), missing.getMessage());
    }

    @Test
    void wrongSizesAndCancellationAreReported() {
        OrientationDataset d = OrientationDataset.read(dataset);
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> new OrientationTrainer(d, group, TrainingConfig.defaults(NetworkConfig.smallCnn(64))));
        assertEquals("the dataset's patterns are 32 x 32 pixels but the network takes 64", size.getMessage());
        ProgressListener cancel = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        TrainingConfig augmented = config().withAugmentation(Realism.builder().dose(200).readNoise(0.02).blur(0.8).build());
        assertThrows(CancelledException.class, () -> new OrientationTrainer(d, group, augmented).train(cancel));
    }
}
