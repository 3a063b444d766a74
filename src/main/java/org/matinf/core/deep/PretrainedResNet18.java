package org.matinf.core.deep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.matinf.core.orientation.LaueGroup;

/**
 * Starts MatInf's ResNet-18 from a user's pretrained torchvision-style ResNet-18 (for example the
 * ImageNet one), given as a TorchScript file or a saved state dict ({@link TorchWeights}). The
 * weights are copied: DJL can run and train a TorchScript module but cannot read its batch-norm
 * statistics (buffers) nor freeze its stages separately, so MatInf copies every convolution and
 * batch-norm tensor (weights, biases, running means and variances) into its own ResNet-18, whose
 * stages can then be frozen for {@link FineTuning}. The stem's 3-channel filters are summed over
 * the colour channels (exactly what the network computes for a grey image given as three equal
 * channels); the classifier ({@code fc}) is dropped and the 6-unit orientation head starts from
 * random weights (seeded).
 */
public final class PretrainedResNet18 {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PretrainedResNet18() {
    }

    /**
     * The torchvision state-dict names of the tensors MatInf's ResNet-18 takes, in the order of its
     * parameters: per convolution its weight, per batch norm weight, bias, running mean, running variance.
     */
    public static List<String> tensorNames() {
        List<String> names = new ArrayList<>();
        names.add("conv1.weight");
        batchNorm(names, "bn1");
        for (int layer = 1; layer <= 4; layer++) {
            for (int block = 0; block < 2; block++) {
                String p = "layer" + layer + "." + block + ".";
                names.add(p + "conv1.weight");
                batchNorm(names, p + "bn1");
                names.add(p + "conv2.weight");
                batchNorm(names, p + "bn2");
                if (layer > 1 && block == 0) {
                    names.add(p + "downsample.0.weight");
                    batchNorm(names, p + "downsample.1");
                }
            }
        }
        return names;
    }

    private static void batchNorm(List<String> names, String prefix) {
        for (String s : new String[] {"weight", "bias", "running_mean", "running_var"}) {
            names.add(prefix + "." + s);
        }
    }

    /**
     * A MatInf ResNet-18 orientation model for patterns of {@code inputSize} pixels whose
     * convolutions and batch norms are those of the file.
     *
     * @param seed seeds the head's initial weights
     * @throws DeepFileException naming the file and the first tensor that is missing or has another shape
     * @throws DeepEngineException if the engine cannot be loaded
     */
    public static OrientationModel load(Path file, int inputSize, LaueGroup group, long seed) {
        Map<String, TorchWeights.Tensor> tensors = TorchWeights.read(file);
        NetworkConfig network = NetworkConfig.resnet18(inputSize);
        ObjectNode card = JSON.createObjectNode();
        ObjectNode p = card.putObject("pretrained");
        p.put("file", file.getFileName() == null ? file.toString() : file.getFileName().toString());
        p.put("method", "convolution and batch-norm tensors copied into MatInf's ResNet-18 (conv1 summed over its input channels); "
                + "fc dropped; new 6-unit head");
        DeepEngine.seed(seed);
        OrientationModel model = OrientationModel.create(network, group, card);
        boolean ok = false;
        try {
            model.block().initialize(model.djlModel().getNDManager(), DataType.FLOAT32, new Shape(1, 1, inputSize, inputSize));
            List<Parameter> params = new ArrayList<>();
            model.block().getParameters().forEach(e -> params.add(e.getValue()));
            List<String> names = tensorNames();
            // the network's parameters are those tensors followed by the head's weight and bias
            if (params.size() != names.size() + 2) {
                throw new IllegalStateException("MatInf's ResNet-18 has " + params.size() + " parameters, expected " + (names.size() + 2));
            }
            int channels = 0;
            for (int i = 0; i < names.size(); i++) {
                TorchWeights.Tensor t = tensors.get(names.get(i));
                if (t == null) {
                    throw new DeepFileException(file.toString(), "has no tensor " + names.get(i) + ": not a torchvision ResNet-18 ("
                            + tensors.size() + " tensors, the first " + String.join(", ", TorchWeights.names(tensors).subList(0,
                                    Math.min(4, tensors.size()))) + ")");
                }
                NDArray target = params.get(i).getArray();
                long[] want = target.getShape().getShape();
                float[] values = t.values();
                if (i == 0 && t.shape().length == 4 && t.shape()[1] > 1) {
                    channels = (int) t.shape()[1];
                    values = sumInputChannels(t);
                } else if (i == 0) {
                    channels = 1;
                }
                long[] have = i == 0 ? new long[] {t.shape()[0], 1, t.shape().length > 2 ? t.shape()[2] : 0, t.shape().length > 3 ? t.shape()[3] : 0}
                        : t.shape();
                if (!Arrays.equals(want, have)) {
                    throw new DeepFileException(file.toString(), names.get(i) + " has shape " + t.shapeText() + " but ResNet-18 needs "
                            + String.join("x", Arrays.stream(i == 0 ? new long[] {want[0], channels, want[2], want[3]} : want)
                                    .mapToObj(Long::toString).toList()));
                }
                target.set(values);
            }
            p.put("input_channels_summed", channels);
            p.put("tensors_copied", names.size());
            ok = true;
            return model;
        } finally {
            if (!ok) {
                model.close();
            }
        }
    }

    /** [out, c, kh, kw] → [out, 1, kh, kw] by summing over c. */
    private static float[] sumInputChannels(TorchWeights.Tensor t) {
        int out = (int) t.shape()[0];
        int c = (int) t.shape()[1];
        int k = (int) (t.shape()[2] * t.shape()[3]);
        float[] v = t.values();
        float[] sum = new float[out * k];
        for (int o = 0; o < out; o++) {
            for (int ch = 0; ch < c; ch++) {
                for (int j = 0; j < k; j++) {
                    sum[o * k + j] += v[(o * c + ch) * k + j];
                }
            }
        }
        return sum;
    }
}
