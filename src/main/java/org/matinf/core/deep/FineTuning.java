package org.matinf.core.deep;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import org.matinf.core.orientation.LaueGroup;

/**
 * Transfer learning: training goes on from the weights of a saved model (the parent) on a new,
 * usually small dataset of the same pattern size — a new detector geometry, or a new phase with
 * its own Laue group — with the first {@code freeze} stages of the network frozen (the small CNN's
 * convolutional stages, or ResNet-18's stem and layer1..layer4, counted from the input). Frozen
 * stages keep their parameters and batch-normalisation statistics bit for bit; the later stages
 * and the head learn. At most {@code maxPatterns} patterns of the dataset are used (its first ones).
 *
 * <p>The new model's card is that of a trained model (the new dataset, phase, Laue group, training
 * settings, validation) plus {@code parent} (the parent's name, phase, Laue group, dataset and
 * validation) and {@code fine_tuning} (frozen and trained stages, patterns used).
 */
public final class FineTuning {
    /** Most patterns used unless told otherwise. */
    public static final int DEFAULT_MAX_PATTERNS = 500;
    private final OrientationModel parent;
    private final String parentName;
    private final int freeze;
    private final int maxPatterns;

    /**
     * @param parent the model to start from (stays open and unchanged; close it yourself)
     * @param parentName how the card names the parent (its folder, or bundled:NAME)
     * @param freeze leading stages not to train, 0 to {@link OrientationNetworks#stages} of the parent's network
     * @param maxPatterns most patterns of the new dataset to use, at least 2
     * @throws IllegalArgumentException for a freeze or maxPatterns out of range
     */
    public FineTuning(OrientationModel parent, String parentName, int freeze, int maxPatterns) {
        List<String> stages = OrientationNetworks.stages(parent.network());
        if (freeze < 0 || freeze > stages.size()) {
            throw new IllegalArgumentException("freeze must be 0 to " + stages.size() + ": the " + parent.network().architecture()
                    + " network has " + stages.size() + " stages (" + String.join(", ", stages) + "), got " + freeze);
        }
        if (maxPatterns < 2) {
            throw new IllegalArgumentException("max_patterns must be at least 2 (training and validation), got " + maxPatterns);
        }
        this.parent = parent;
        this.parentName = parentName;
        this.freeze = freeze;
        this.maxPatterns = maxPatterns;
    }

    /**
     * A trainer on at most {@code maxPatterns} patterns of {@code data} that starts from the parent.
     * The settings' network is replaced by the parent's.
     *
     * @param group the Laue group of the new dataset's phase (the parent's, or another one for a new phase)
     * @throws IllegalArgumentException if the dataset's patterns are not the parent's input size, or
     *     the split leaves no training or validation pattern
     */
    public OrientationTrainer trainer(OrientationDataset data, LaueGroup group, TrainingConfig settings) {
        if (data.size() != parent.inputSize()) {
            throw new IllegalArgumentException("the dataset's patterns are " + data.size() + " x " + data.size() + " pixels but the model "
                    + parentName + " takes " + parent.inputSize() + " x " + parent.inputSize()
                    + "; fine-tuning keeps the input size (bin or resize the patterns, or train a new model)");
        }
        TrainingConfig config = new TrainingConfig(parent.network(), settings.epochs(), settings.batchSize(), settings.learningRate(),
                settings.validationFraction(), settings.patience(), settings.seed(), settings.augmentation(), settings.schedule());
        return new OrientationTrainer(data.first(maxPatterns), group, config, this);
    }

    public int freeze() {
        return freeze;
    }

    public int maxPatterns() {
        return maxPatterns;
    }

    /** Gives the new model the parent's weights, freezes the leading stages and writes the card entries. */
    void prepare(OrientationModel model, OrientationDataset used) {
        NetworkConfig network = parent.network();
        int n = network.inputSize();
        model.block().initialize(model.djlModel().getNDManager(), DataType.FLOAT32, new Shape(1, 1, n, n));
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(OrientationTrainer.weights(parent)))) {
            model.block().loadParameters(model.djlModel().getNDManager(), in);
        } catch (IOException | MalformedModelException ex) {
            throw new IllegalStateException("cannot copy the weights of " + parentName, ex);
        }
        ((StagedNetwork) model.block()).freezeLeading(OrientationNetworks.leadingBlocks(network, freeze));
        ObjectNode card = model.mutableCard();
        ObjectNode p = card.putObject("parent");
        p.put("model", parentName);
        ObjectNode parentCard = parent.card();
        for (String key : new String[] {"phase", "laue_group", "dataset", "validation", "parent", "pretrained"}) {
            JsonNode v = parentCard.get(key);
            if (v != null) {
                p.set(key, v);
            }
        }
        ObjectNode f = card.putObject("fine_tuning");
        List<String> stages = OrientationNetworks.stages(network);
        f.put("frozen_stages", freeze);
        ArrayNode frozen = f.putArray("frozen");
        stages.subList(0, freeze).forEach(frozen::add);
        ArrayNode trained = f.putArray("trained");
        stages.subList(freeze, stages.size()).forEach(trained::add);
        trained.add("head");
        f.put("max_patterns", maxPatterns);
        f.put("patterns_used", used.count());
    }
}
