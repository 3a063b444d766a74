package org.matinf.core.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.dataset.DatasetSources;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** Fine-tuning a small CNN (three stages) trained one epoch on Ni EBSD patterns of 32 pixels, on a second Ni dataset. */
class FineTuningTest {
    @TempDir
    static Path dir;
    static OrientationDataset first;
    static OrientationDataset second;
    static OrientationModel parent;
    static final NetworkConfig NET = new NetworkConfig(NetworkConfig.SMALL_CNN, 32, new int[] {8, 16, 32}, 32, 0.1);

    @BeforeAll
    static void parentModel() throws IOException {
        Structure ni = TestData.structure("elements_cod/Ni.cif");
        first = dataset(ni, "first", 48, 3);
        second = dataset(ni, "second", 60, 11);
        parent = new OrientationTrainer(first, LaueGroup.M_BAR_3_M, settings(1)).train(ProgressListener.NONE).model();
    }

    private static OrientationDataset dataset(Structure ni, String name, int count, long seed) throws IOException {
        Path folder = dir.resolve(name);
        DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(32, 20)))
                .count(count).seed(seed).structure("Ni.cif").build().write(folder, ProgressListener.NONE);
        return OrientationDataset.read(folder);
    }

    private static TrainingConfig settings(int epochs) {
        return TrainingConfig.defaults(NET).withEpochs(epochs).withBatchSize(16).withSeed(5);
    }

    @AfterAll
    static void close() {
        parent.close();
    }

    /** The parameter values of each block of the network's sequence, in order. */
    private static List<List<float[]>> values(OrientationModel m) {
        List<List<float[]>> out = new ArrayList<>();
        for (Pair<String, Block> child : m.block().getChildren()) {
            List<float[]> params = new ArrayList<>();
            for (Pair<String, Parameter> p : child.getValue().getParameters()) {
                params.add(p.getValue().getArray().toFloatArray());
            }
            out.add(params);
        }
        return out;
    }

    @Test
    void frozenStagesStayBitIdenticalAndTheOthersLearn() {
        List<List<float[]>> before = values(parent);
        FineTuning ft = new FineTuning(parent, "ni-parent", 2, 40);
        TrainingResult r = ft.trainer(second, LaueGroup.M_BAR_3_M, settings(2)).train(ProgressListener.NONE);
        try (OrientationModel child = r.model()) {
            List<List<float[]>> after = values(child);
            assertEquals(before.size(), after.size());
            // stages 1 and 2 are blocks 0..7 (conv, batch norm with its running statistics, ReLU, pool)
            int frozenParams = 0;
            for (int b = 0; b < 8; b++) {
                for (int k = 0; k < before.get(b).size(); k++) {
                    assertArrayEquals(before.get(b).get(k), after.get(b).get(k), 0f, "block " + b + " parameter " + k + " is frozen");
                    frozenParams++;
                }
            }
            assertEquals(2 + 4 + 4, frozenParams, "two convolutions and two batch norms (gamma, beta, mean, variance)");
            for (int b = 8; b < before.size(); b++) {
                for (int k = 0; k < before.get(b).size(); k++) {
                    assertFalse(java.util.Arrays.equals(before.get(b).get(k), after.get(b).get(k)), "block " + b + " parameter " + k + " learnt");
                }
            }
            ObjectNode card = child.card();
            assertEquals("ni-parent", card.path("parent").path("model").asText());
            assertEquals("first", card.path("parent").path("dataset").path("folder").asText());
            assertEquals(parent.card().path("validation"), card.path("parent").path("validation"));
            assertEquals("second", card.path("dataset").path("folder").asText());
            assertEquals(2, card.path("fine_tuning").path("frozen_stages").asInt());
            assertEquals("[\"stage1\",\"stage2\"]", card.path("fine_tuning").path("frozen").toString());
            assertEquals("[\"stage3\",\"head\"]", card.path("fine_tuning").path("trained").toString());
            assertEquals(40, card.path("fine_tuning").path("patterns_used").asInt(), "at most max_patterns of the 60");
            assertEquals(8, card.path("validation").path("patterns").asInt(), "20 % of 40");
        }
    }

    @Test
    void resnetFreezesItsStemAndLayer1() {
        TrainingConfig resnet = new TrainingConfig(NetworkConfig.resnet18(32), 1, 8, 1e-3, 0.25, 5, 2, null);
        try (OrientationModel p = new OrientationTrainer(first.first(16), LaueGroup.M_BAR_3_M, resnet).train(ProgressListener.NONE).model();
                OrientationModel child = new FineTuning(p, "r", 2, 16).trainer(second, LaueGroup.M_BAR_3_M, resnet)
                        .train(ProgressListener.NONE).model()) {
            List<List<float[]>> before = values(p);
            List<List<float[]>> after = values(child);
            for (int b = 0; b < before.size(); b++) {
                boolean same = true;
                for (int k = 0; k < before.get(b).size(); k++) {
                    same &= java.util.Arrays.equals(before.get(b).get(k), after.get(b).get(k));
                }
                if (!before.get(b).isEmpty()) {
                    assertEquals(b < 6, same, "block " + b + ": stem (blocks 0-3) and layer1 (4-5) frozen, the rest trained");
                }
            }
            assertEquals("[\"layer2\",\"layer3\",\"layer4\",\"head\"]", child.card().path("fine_tuning").path("trained").toString());
        }
    }

    @Test
    void freezingNothingStartsFromTheParentAndAnotherLaueGroupIsRecorded() {
        FineTuning ft = new FineTuning(parent, "p", 0, 500);
        TrainingResult r = ft.trainer(second, LaueGroup.M_BAR_3, settings(1)).train(ProgressListener.NONE);
        try (OrientationModel child = r.model()) {
            assertEquals(LaueGroup.M_BAR_3, child.laueGroup());
            assertEquals("m-3m", child.card().path("parent").path("laue_group").asText());
            assertEquals(60, child.card().path("fine_tuning").path("patterns_used").asInt());
            assertEquals("[]", child.card().path("fine_tuning").path("frozen").toString());
            // the first convolution started from the parent's weights: after one epoch at 1e-3 it is still close to them
            float[] w0 = values(parent).get(0).get(0);
            float[] w1 = values(child).get(0).get(0);
            double diff = 0;
            double norm = 0;
            for (int i = 0; i < w0.length; i++) {
                diff += (w1[i] - w0[i]) * (w1[i] - w0[i]);
                norm += w0[i] * w0[i];
            }
            assertTrue(diff > 0 && diff < 0.05 * norm, "relative change " + Math.sqrt(diff / norm));
        }
    }

    @Test
    void badInputIsExplained() {
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> new FineTuning(parent, "p", 4, 500));
        assertEquals("freeze must be 0 to 3: the small-cnn network has 3 stages (stage1, stage2, stage3), got 4", tooMany.getMessage());
        assertEquals(List.of("stem", "layer1", "layer2", "layer3", "layer4"), OrientationNetworks.stages(NetworkConfig.resnet18(32)));
        assertEquals(10, OrientationNetworks.leadingBlocks(NetworkConfig.resnet18(32), 4));
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> new FineTuning(parent, "p", 1, 1));
        assertEquals("max_patterns must be at least 2 (training and validation), got 1", few.getMessage());
        OrientationModel big = OrientationModel.create(NetworkConfig.smallCnn(64), LaueGroup.M_BAR_3_M, new ObjectNode(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance));
        try (big) {
            IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                    () -> new FineTuning(big, "big", 1, 500).trainer(second, LaueGroup.M_BAR_3_M, settings(1)));
            assertEquals("the dataset's patterns are 32 x 32 pixels but the model big takes 64 x 64; fine-tuning keeps the input size "
                    + "(bin or resize the patterns, or train a new model)", size.getMessage());
        }
    }
}
