package org.matinf.core.deep;

import java.util.Arrays;

/**
 * The architecture of an orientation network, as stored in a model card.
 *
 * @param architecture {@link #SMALL_CNN} or {@link #RESNET18}
 * @param inputSize width and height N of the one-channel input patterns, in pixels
 * @param widths channels of the small CNN's stages (one 2× pooling per stage); ignored by ResNet-18
 * @param dense units of the small CNN's hidden dense layer (0: none); ignored by ResNet-18
 * @param dropout dropout rate before the output layer, 0 ≤ rate &lt; 1
 */
public record NetworkConfig(String architecture, int inputSize, int[] widths, int dense, double dropout) {
    /** Conv–batch-norm–ReLU–max-pool stages, a dense layer and the 6-value head. */
    public static final String SMALL_CNN = "small-cnn";
    /** ResNet-18 with basic blocks (He et al. 2016), one input channel. */
    public static final String RESNET18 = "resnet18";

    /** @throws IllegalArgumentException for an unknown architecture or out-of-range numbers */
    public NetworkConfig {
        if (!SMALL_CNN.equals(architecture) && !RESNET18.equals(architecture)) {
            throw new IllegalArgumentException("architecture must be " + SMALL_CNN + " or " + RESNET18 + ", got '" + architecture + "'");
        }
        widths = widths == null ? new int[0] : widths.clone();
        if (SMALL_CNN.equals(architecture)) {
            if (widths.length == 0 || Arrays.stream(widths).anyMatch(w -> w <= 0)) {
                throw new IllegalArgumentException("the small CNN needs at least one stage of positive width, got " + Arrays.toString(widths));
            }
            if (inputSize >> widths.length < 1) {
                throw new IllegalArgumentException(widths.length + " pooling stages need patterns of at least " + (1 << widths.length)
                        + " pixels, got " + inputSize);
            }
        }
        if (inputSize < (RESNET18.equals(architecture) ? 32 : 1)) {
            throw new IllegalArgumentException("input size " + inputSize + " pixels is too small for " + architecture);
        }
        if (dense < 0) {
            throw new IllegalArgumentException("dense units must be 0 or more, got " + dense);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
    }

    /** The small CNN with widths 16-32-64-64, 128 dense units and dropout 0.2. */
    public static NetworkConfig smallCnn(int inputSize) {
        return new NetworkConfig(SMALL_CNN, inputSize, new int[] {16, 32, 64, 64}, 128, 0.2);
    }

    /** ResNet-18 with dropout 0.2 before its output layer. */
    public static NetworkConfig resnet18(int inputSize) {
        return new NetworkConfig(RESNET18, inputSize, new int[0], 0, 0.2);
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkConfig c && c.architecture.equals(architecture) && c.inputSize == inputSize
                && Arrays.equals(c.widths, widths) && c.dense == dense && Double.compare(c.dropout, dropout) == 0;
    }

    @Override
    public int hashCode() {
        return architecture.hashCode() * 31 + inputSize * 17 + Arrays.hashCode(widths) + dense + Double.hashCode(dropout);
    }

    @Override
    public String toString() {
        return architecture + " " + inputSize + "x" + inputSize + (SMALL_CNN.equals(architecture) ? " widths " + Arrays.toString(widths)
                + " dense " + dense : "") + " dropout " + dropout;
    }
}
