package org.matinf.core.deep;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Orientation;

/**
 * A trained orientation network with its model card. Saved as a folder with
 * <ul>
 * <li>{@value #WEIGHTS}: the network's parameters in DJL's format;</li>
 * <li>{@value #CARD}: the model card (JSON): format, architecture and its configuration, phase
 * (structure) name, Laue group, input size, normalisation, output convention, the dataset's type,
 * simulation (detector geometry, voltage) and realism, the training settings and the measured
 * validation disorientation.</li>
 * </ul>
 * {@link #predict} standardises each pattern as in training, runs the network and turns its 6D
 * output into the Bunge orientation g (v_crystal = g·v_sample). The model holds native memory:
 * close it when done. Prediction is thread-safe (serialised).
 */
public final class OrientationModel implements AutoCloseable {
    /** File name of the parameters. */
    public static final String WEIGHTS = "orientation.params";
    /** File name of the model card. */
    public static final String CARD = "model.json";
    /** The "format" entry of model cards this version reads and writes. */
    public static final String FORMAT = "MatInf orientation model 1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PREDICT_BATCH = 64;

    private final Model model;
    private final NetworkConfig network;
    private final LaueGroup group;
    private final ObjectNode card;

    private OrientationModel(Model model, NetworkConfig network, LaueGroup group, ObjectNode card) {
        this.model = model;
        this.network = network;
        this.group = group;
        this.card = card;
    }

    /** A new, uninitialised model (the trainer initialises its parameters). */
    static OrientationModel create(NetworkConfig network, LaueGroup group, ObjectNode card) {
        Model m = DeepEngine.require().newModel("matinf-orientation", ai.djl.Device.cpu());
        m.setBlock(OrientationNetworks.build(network));
        card.put("format", FORMAT);
        card.set("architecture", JSON.valueToTree(network));
        card.put("laue_group", group.symbol());
        card.put("input_size", network.inputSize());
        card.put("normalisation", PatternInput.NORMALISATION);
        card.put("output", "6D rotation representation (Zhou et al. 2019), made orthonormal by Gram-Schmidt: the Bunge matrix g, "
                + "v_crystal = g . v_sample");
        card.put("engine", "PyTorch " + DeepEngine.require().getVersion() + " via DJL");
        return new OrientationModel(m, network, group, card);
    }

    Block block() {
        return model.getBlock();
    }

    Model djlModel() {
        return model;
    }

    /** The model card (entries may be added before {@link #save}). */
    ObjectNode mutableCard() {
        return card;
    }

    /** A copy of the model card. */
    public ObjectNode card() {
        return card.deepCopy();
    }

    public NetworkConfig network() {
        return network;
    }

    public LaueGroup laueGroup() {
        return group;
    }

    /** Width and height of the patterns the network takes. */
    public int inputSize() {
        return network.inputSize();
    }

    /** The orientation of one pattern. */
    public Orientation predict(GrayImage pattern) {
        return predict(List.of(pattern))[0];
    }

    /**
     * The orientations of patterns of {@link #inputSize()} pixels.
     *
     * @throws IllegalArgumentException naming the first pattern of another size
     */
    public Orientation[] predict(List<GrayImage> patterns) {
        return predictStandardised(PatternInput.batch(patterns, inputSize()), patterns.size());
    }

    /** Orientations of {@code count} standardised patterns laid one after another. */
    synchronized Orientation[] predictStandardised(float[] pixels, int count) {
        int n = inputSize();
        List<Orientation> out = new ArrayList<>(count);
        for (int start = 0; start < count; start += PREDICT_BATCH) {
            int b = Math.min(PREDICT_BATCH, count - start);
            try (NDManager m = model.getNDManager().newSubManager()) {
                float[] part = new float[b * n * n];
                System.arraycopy(pixels, start * n * n, part, 0, part.length);
                NDArray x = m.create(part, new Shape(b, 1, n, n));
                NDArray six = block().forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
                out.addAll(List.of(SixDRotation.toOrientations(SixDRotation.toMatrix(six))));
            }
        }
        return out.toArray(new Orientation[0]);
    }

    /**
     * Writes {@value #WEIGHTS} and {@value #CARD} into {@code folder} (created if missing), each
     * first to a temporary file.
     */
    public synchronized void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path weights = folder.resolve(WEIGHTS);
        Path tmp = folder.resolve("." + WEIGHTS + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            block().saveParameters(out);
        }
        Files.move(tmp, weights, StandardCopyOption.REPLACE_EXISTING);
        ObjectNode c = card.deepCopy();
        c.put("weights", WEIGHTS);
        Path cardTmp = folder.resolve("." + CARD + ".part");
        Files.writeString(cardTmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(c) + "\n");
        Files.move(cardTmp, folder.resolve(CARD), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Reads a model folder written by {@link #save}.
     *
     * @throws DeepFileException naming the missing or corrupt file
     * @throws DeepEngineException if the engine cannot be loaded
     */
    public static OrientationModel load(Path folder) {
        Path cardFile = folder.resolve(CARD);
        Path weights = folder.resolve(WEIGHTS);
        for (Path p : List.of(cardFile, weights)) {
            if (!Files.isRegularFile(p)) {
                throw new DeepFileException(p.toString(), "missing; a model folder holds " + CARD + " and " + WEIGHTS);
            }
        }
        ObjectNode card;
        NetworkConfig network;
        LaueGroup group;
        try {
            JsonNode node = JSON.readTree(cardFile.toFile());
            if (!(node instanceof ObjectNode o) || !FORMAT.equals(o.path("format").asText())) {
                throw new DeepFileException(cardFile.toString(), "not a model card of format '" + FORMAT + "'");
            }
            card = o;
            network = JSON.treeToValue(card.get("architecture"), NetworkConfig.class);
            group = LaueGroup.parse(card.path("laue_group").asText());
        } catch (IOException | IllegalArgumentException ex) {
            throw new DeepFileException(cardFile.toString(), "corrupt model card (" + ex.getMessage() + ")", ex);
        }
        OrientationModel m = create(network, group, card);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(weights)))) {
            m.block().initialize(m.model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, network.inputSize(), network.inputSize()));
            m.block().loadParameters(m.model.getNDManager(), in);
            if (in.read() != -1) {
                throw new MalformedModelException("extra bytes after the parameters");
            }
        } catch (IOException | MalformedModelException | RuntimeException ex) {
            m.close();
            throw new DeepFileException(weights.toString(), "corrupt or not the weights of a " + network + " network (" + ex.getMessage() + ")", ex);
        }
        return m;
    }

    @Override
    public void close() {
        model.close();
    }
}
