package org.matinf.core.deep;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import java.util.List;

/**
 * Networks that map a one-channel N×N pattern (input shape [batch, 1, N, N]) to the six numbers of
 * a rotation's 6D representation ({@link SixDRotation}). Building a block does not need the engine;
 * initialising it does.
 */
public final class OrientationNetworks {
    /** Outputs of every network: two 3-vectors of the 6D rotation representation. */
    public static final int OUTPUTS = 6;

    private OrientationNetworks() {
    }

    /** The network a configuration describes. */
    public static Block build(NetworkConfig config) {
        return NetworkConfig.RESNET18.equals(config.architecture()) ? resnet18(config) : smallCnn(config);
    }

    /**
     * Stages of 3×3 convolution (no bias), batch normalisation, ReLU and 2×2 max pooling with the
     * configured widths, then flatten, an optional dense layer with ReLU, dropout and the 6-unit head.
     */
    public static Block smallCnn(NetworkConfig config) {
        SequentialBlock net = new StagedNetwork();
        for (int width : config.widths()) {
            net.add(conv(width, 3, 1)).add(BatchNorm.builder().build()).add(Activation.reluBlock())
                    .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
        }
        net.add(Blocks.batchFlattenBlock());
        if (config.dense() > 0) {
            net.add(Linear.builder().setUnits(config.dense()).build()).add(Activation.reluBlock());
        }
        return head(net, config.dropout());
    }

    /**
     * ResNet-18 (He et al. 2016) with basic blocks: a 7×7/2 convolution to 64 channels, batch norm,
     * ReLU and 3×3/2 max pooling; four stages of two basic blocks (two 3×3 convolutions each) with
     * 64, 128, 256 and 512 channels, the last three starting with stride 2 and a 1×1 projection
     * shortcut; global average pooling, dropout and the 6-unit head. One input channel.
     */
    public static Block resnet18(NetworkConfig config) {
        SequentialBlock net = new StagedNetwork();
        net.add(Conv2d.builder().setKernelShape(new Shape(7, 7)).optStride(new Shape(2, 2)).optPadding(new Shape(3, 3))
                .setFilters(64).optBias(false).build())
                .add(BatchNorm.builder().build()).add(Activation.reluBlock())
                .add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1)));
        int[] channels = {64, 128, 256, 512};
        for (int stage = 0; stage < channels.length; stage++) {
            int stride = stage == 0 ? 1 : 2;
            net.add(basicBlock(channels[stage], stride, stride != 1));
            net.add(basicBlock(channels[stage], 1, false));
        }
        net.add(Pool.globalAvgPool2dBlock());
        return head(net, config.dropout());
    }

    /**
     * The names of the stages that fine-tuning can freeze, from the input on: "stage1".."stageK"
     * for the small CNN's convolutional stages, "stem", "layer1".."layer4" for ResNet-18.
     */
    public static List<String> stages(NetworkConfig config) {
        if (NetworkConfig.RESNET18.equals(config.architecture())) {
            return List.of("stem", "layer1", "layer2", "layer3", "layer4");
        }
        return java.util.stream.IntStream.rangeClosed(1, config.widths().length).mapToObj(i -> "stage" + i).toList();
    }

    /** How many leading blocks of the network's sequence make up its first {@code stages} stages. */
    static int leadingBlocks(NetworkConfig config, int stages) {
        if (NetworkConfig.RESNET18.equals(config.architecture())) {
            return stages == 0 ? 0 : 4 + 2 * (stages - 1); // stem: conv, BN, ReLU, pool; layer: two basic blocks
        }
        return 4 * stages; // conv, BN, ReLU, pool
    }

    /** conv3×3(stride)–BN–ReLU–conv3×3–BN plus the shortcut (identity or 1×1 conv(stride)–BN), then ReLU. */
    static Block basicBlock(int channels, int stride, boolean project) {
        SequentialBlock main = new SequentialBlock().add(conv(channels, 3, stride)).add(BatchNorm.builder().build())
                .add(Activation.reluBlock()).add(conv(channels, 3, 1)).add(BatchNorm.builder().build());
        Block shortcut = project
                ? new SequentialBlock().add(conv(channels, 1, stride)).add(BatchNorm.builder().build())
                : Blocks.identityBlock();
        ParallelBlock sum = new ParallelBlock(
                list -> new NDList(list.get(0).singletonOrThrow().add(list.get(1).singletonOrThrow())), List.of(main, shortcut));
        return new SequentialBlock().add(sum).add(Activation.reluBlock());
    }

    private static Conv2d conv(int filters, int kernel, int stride) {
        return Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).optStride(new Shape(stride, stride))
                .optPadding(new Shape(kernel / 2, kernel / 2)).setFilters(filters).optBias(false).build();
    }

    private static Block head(SequentialBlock net, double dropout) {
        if (dropout > 0) {
            net.add(Dropout.builder().optRate((float) dropout).build());
        }
        return net.add(Linear.builder().setUnits(OUTPUTS).build());
    }
}
