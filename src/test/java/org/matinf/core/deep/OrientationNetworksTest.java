package org.matinf.core.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Test;

class OrientationNetworksTest {

    private static long trainable(Block block) {
        long n = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().requiresGradient()) {
                n += p.getValue().getArray().size();
            }
        }
        return n;
    }

    @Test
    void resnet18HasTheBasicBlockParameterCount() {
        try (NDManager m = DeepEngine.require().newBaseManager()) {
            Block net = OrientationNetworks.resnet18(NetworkConfig.resnet18(64));
            net.initialize(m, DataType.FLOAT32, new Shape(1, 1, 64, 64));
            // hand count: convolutions without bias, batch norm gamma+beta, fully connected 512 -> 6
            long stem = 7 * 7 * 1 * 64 + 2 * 64;
            long stage1 = 2 * (2 * (3 * 3 * 64 * 64 + 2 * 64));
            long stage2 = (3 * 3 * 64 * 128 + 3 * 3 * 128 * 128 + 4 * 128 + 64 * 128 + 2 * 128) + 2 * (3 * 3 * 128 * 128 + 2 * 128);
            long stage3 = (3 * 3 * 128 * 256 + 3 * 3 * 256 * 256 + 4 * 256 + 128 * 256 + 2 * 256) + 2 * (3 * 3 * 256 * 256 + 2 * 256);
            long stage4 = (3 * 3 * 256 * 512 + 3 * 3 * 512 * 512 + 4 * 512 + 256 * 512 + 2 * 512) + 2 * (3 * 3 * 512 * 512 + 2 * 512);
            long fc = 512 * 6 + 6;
            long expected = stem + stage1 + stage2 + stage3 + stage4 + fc;
            assertEquals(11_173_318L, expected);
            // torchvision's resnet18 (3 channels, 1000 classes) has 11 689 512: minus 2*7*7*64 for the
            // two missing input channels, minus its 513 000 fc parameters, plus our 3078
            assertEquals(11_689_512L - 2 * 7 * 7 * 64 - 513_000 + 3078, expected);
            assertEquals(expected, trainable(net));
            NDArray out = net.forward(new ParameterStore(m, false), new NDList(m.randomNormal(new Shape(2, 1, 64, 64))), false)
                    .singletonOrThrow();
            assertEquals(new Shape(2, 6), out.getShape());
        }
    }

    @Test
    void smallCnnHasTheConfiguredStages() {
        try (NDManager m = DeepEngine.require().newBaseManager()) {
            NetworkConfig c = new NetworkConfig(NetworkConfig.SMALL_CNN, 32, new int[] {8, 16}, 32, 0.1);
            Block net = OrientationNetworks.build(c);
            net.initialize(m, DataType.FLOAT32, new Shape(1, 1, 32, 32));
            long expected = (3 * 3 * 1 * 8 + 2 * 8) + (3 * 3 * 8 * 16 + 2 * 16) + (16 * 8 * 8 * 32 + 32) + (32 * 6 + 6);
            assertEquals(expected, trainable(net));
            NDArray out = net.forward(new ParameterStore(m, false), new NDList(m.randomNormal(new Shape(3, 1, 32, 32))), true)
                    .singletonOrThrow();
            assertEquals(new Shape(3, 6), out.getShape());
        }
    }

    @Test
    void configurationsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkConfig("vgg", 64, new int[] {8}, 0, 0));
        IllegalArgumentException tooSmall = assertThrows(IllegalArgumentException.class,
                () -> new NetworkConfig(NetworkConfig.SMALL_CNN, 8, new int[] {8, 8, 8, 8}, 0, 0));
        assertTrue(tooSmall.getMessage().contains("at least 16 pixels"), tooSmall.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NetworkConfig.resnet18(16));
        assertThrows(IllegalArgumentException.class, () -> new NetworkConfig(NetworkConfig.SMALL_CNN, 64, new int[] {8}, 0, 1.0));
        assertArrayEquals(new int[] {16, 32, 64, 64}, NetworkConfig.smallCnn(64).widths());
    }
}
