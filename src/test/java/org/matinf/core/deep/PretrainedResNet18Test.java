package org.matinf.core.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.orientation.LaueGroup;

/**
 * Reading PyTorch files and starting MatInf's ResNet-18 from them, against a torchvision
 * ResNet-18 with patterned weights written by PyTorch 1.13
 * (src/test/resources/reference/torchscript/make_resnet18.py): the tensors' names, shapes and sums,
 * and the 512 pooled features of a ramp image (x/63 − y/63, 64 × 64) that torchvision computes in
 * evaluation mode.
 */
class PretrainedResNet18Test {
    private static final String DIR = "/reference/torchscript/";
    @TempDir
    Path dir;

    private Path unpacked(String name) throws IOException {
        Path out = dir.resolve(name.replace(".gz", ""));
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream(DIR + name))) {
            Files.copy(in, out);
        }
        return out;
    }

    private List<String[]> csv(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(DIR + name)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows.subList(1, rows.size());
        }
    }

    private void assertTensorsAsPyTorchWrote(Map<String, TorchWeights.Tensor> tensors) throws IOException {
        int floats = 0;
        for (String[] row : csv("tensors.csv")) {
            if (row[0].endsWith("num_batches_tracked")) {
                assertFalse(tensors.containsKey(row[0]), "integer counters are skipped");
                continue;
            }
            floats++;
            TorchWeights.Tensor t = tensors.get(row[0]);
            assertTrue(t != null, row[0]);
            assertEquals(row[1], t.shapeText(), row[0]);
            double sum = 0;
            for (float v : t.values()) {
                sum += v;
            }
            assertEquals(Double.parseDouble(row[2]), sum, 1e-5 * Math.max(1, Math.abs(sum)), row[0]);
        }
        assertEquals(floats, tensors.size());
        assertEquals(102, floats); // 62 parameters (60 + fc) and 40 running statistics
    }

    @Test
    void readsTorchScriptModules() throws IOException {
        assertTensorsAsPyTorchWrote(TorchWeights.read(unpacked("resnet18.pt.gz")));
    }

    @Test
    void readsSavedStateDicts() throws IOException {
        Map<String, TorchWeights.Tensor> t = TorchWeights.read(unpacked("resnet18-state.pth.gz"));
        assertTensorsAsPyTorchWrote(t);
        assertEquals(List.of("bn1.bias", "bn1.running_mean", "bn1.running_var", "bn1.weight"), TorchWeights.names(t).subList(0, 4));
    }

    @Test
    void copiedNetworkComputesTorchvisionsFeatures() throws IOException {
        List<String[]> expected = csv("features.csv");
        try (OrientationModel model = PretrainedResNet18.load(unpacked("resnet18.pt.gz"), 64, LaueGroup.M_BAR_3_M, 3)) {
            float[] ramp = new float[64 * 64];
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    ramp[y * 64 + x] = x / 63f - y / 63f;
                }
            }
            float[] features;
            try (NDManager m = model.djlModel().getNDManager().newSubManager()) {
                NDList current = new NDList(m.create(ramp, new Shape(1, 1, 64, 64)));
                List<Block> blocks = new ArrayList<>(model.block().getChildren().values());
                // everything but dropout and the orientation head
                for (Block b : blocks.subList(0, blocks.size() - 2)) {
                    current = b.forward(new ParameterStore(m, false), current, false);
                }
                NDArray out = current.singletonOrThrow();
                assertEquals(new Shape(1, 512), out.getShape());
                features = out.toFloatArray();
            }
            double largest = 0;
            for (int i = 0; i < 512; i++) {
                double want = Double.parseDouble(expected.get(i)[0]);
                largest = Math.max(largest, want);
                assertEquals(want, features[i], 1e-5 + 1e-4 * Math.abs(want), "feature " + i);
            }
            assertTrue(largest > 0.1, "the reference features are not all zero");
            assertEquals(3, model.card().path("pretrained").path("input_channels_summed").asInt());
            assertEquals(100, model.card().path("pretrained").path("tensors_copied").asInt());
            assertEquals("resnet18.pt", model.card().path("pretrained").path("file").asText());
        }
    }

    @Test
    void stemFiltersAreSummedOverTheColourChannels() throws IOException {
        try (OrientationModel model = PretrainedResNet18.load(unpacked("resnet18-state.pth.gz"), 32, LaueGroup.M_BAR_3_M, 3)) {
            NDArray stem = model.block().getParameters().get(0).getValue().getArray();
            assertArrayEquals(new long[] {64, 1, 7, 7}, stem.getShape().getShape());
            float[] w = stem.toFloatArray();
            for (int o : new int[] {0, 1, 17, 63}) {
                // make_resnet18.py: filter o of conv1 holds ((11 o) mod 23 - 11) / 100 x channel (1, 2, 3) x 4 / 147
                double expected = (((o * 11) % 23) - 11) / 100.0 * (1 + 2 + 3) * 4 / 147;
                assertEquals(expected, w[o * 49], 1e-7, "filter " + o);
                assertEquals(expected, w[o * 49 + 48], 1e-7, "filter " + o);
            }
            FineTuning f = new FineTuning(model, "resnet18-state.pth", 5, 500);
            assertEquals(5, f.freeze());
        }
    }

    @Test
    void badFilesAreNamed() throws IOException {
        Path notResNet = unpacked("not-resnet18.pth.gz");
        DeepFileException shape = assertThrows(DeepFileException.class, () -> PretrainedResNet18.load(notResNet, 64, LaueGroup.M_BAR_3_M, 1));
        assertTrue(shape.getMessage().contains("not-resnet18.pth") && shape.getMessage().contains("conv1.weight has shape 8x3x7x7"),
                shape.getMessage());
        Path text = Files.writeString(dir.resolve("weights.pt"), "not a zip");
        DeepFileException notZip = assertThrows(DeepFileException.class, () -> TorchWeights.read(text));
        assertTrue(notZip.getMessage().contains("weights.pt") && notZip.getMessage().contains("not a PyTorch zip archive"), notZip.getMessage());
        Path empty = dir.resolve("empty.pt");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(empty))) {
            z.putNextEntry(new ZipEntry("x/readme.txt"));
            z.write(1);
        }
        DeepFileException noPickle = assertThrows(DeepFileException.class, () -> TorchWeights.read(empty));
        assertTrue(noPickle.getMessage().contains("no data.pkl"), noPickle.getMessage());
        Path full = unpacked("resnet18.pt.gz");
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(dir.resolve("cut.pt"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        DeepFileException damaged = assertThrows(DeepFileException.class, () -> TorchWeights.read(cut));
        assertTrue(damaged.getMessage().contains("cut.pt"), damaged.getMessage());
        DeepFileException missing = assertThrows(DeepFileException.class, () -> TorchWeights.read(dir.resolve("none.pt")));
        assertTrue(missing.getMessage().contains("none.pt") && missing.getMessage().contains("missing"), missing.getMessage());
    }

    @Test
    void halfPrecisionValues() {
        assertEquals(1.0f, TorchWeights.halfToFloat((short) 0x3c00));
        assertEquals(-2.0f, TorchWeights.halfToFloat((short) 0xc000));
        assertEquals(65504f, TorchWeights.halfToFloat((short) 0x7bff));
        assertEquals(0x1p-24f, TorchWeights.halfToFloat((short) 0x0001));
        assertTrue(Float.isInfinite(TorchWeights.halfToFloat((short) 0x7c00)));
    }
}
