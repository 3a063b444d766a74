package org.matinf.core.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.matinf.core.io.AtomicFiles;

/**
 * MatInf's saved property model, one {@code .matinf} file: a JSON document holding
 * {@code "format": "matinf-property-model"}, {@code "version": 1}, the target, task, classes,
 * feature names, featuriser (descriptor preset, formula column), model name and hyperparameters,
 * preprocessing (fill values, shifts, scales), seed, training rows and cross-validated scores —
 * readable by people and other programs — and, under {@code "trained_model"}, the trained Smile
 * model as Java serialisation, gzip-compressed and Base64-encoded. Files are written atomically.
 * Reading checks the format name and version, and refuses a file that is not JSON, is truncated or
 * corrupt, with a message naming the file.
 */
public final class ModelFile {
    /** The format name in the file. */
    public static final String FORMAT = "matinf-property-model";
    /** The format version this MatInf writes and reads. */
    public static final int VERSION = 1;
    private static final String MODEL_KEY = "trained_model";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Classes a model file may contain: MatInf's model records, Smile and the JDK's collections and arrays. */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=10000;org.matinf.core.learn.*;smile.**;java.lang.*;java.util.*;java.util.function.*;java.lang.invoke.SerializedLambda;!*");

    private ModelFile() {
    }

    /** Writes the model atomically. */
    public static void write(PropertyModel m, Path file) throws IOException {
        ByteArrayOutputStream bin = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bin))) {
            out.writeObject(m.pipeline().model());
        }
        ObjectNode o = describe(m);
        o.put(MODEL_KEY, Base64.getEncoder().encodeToString(bin.toByteArray()));
        AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n");
    }

    private static ObjectNode describe(PropertyModel m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("target", m.target());
        o.put("task", m.task().name().toLowerCase(Locale.ROOT));
        m.classes().forEach(o.putArray("classes")::add);
        ObjectNode feat = o.putObject("featuriser");
        feat.put("preset", m.preset());
        feat.put("formula_column", m.formulaColumn());
        ArrayNode names = feat.putArray("features");
        m.features().forEach(names::add);
        o.set("model", m.spec().toJson());
        o.set("preprocessor", m.pipeline().preprocessor().toJson());
        o.put("seed", m.seed());
        o.put("training_rows", m.trainingRows());
        ObjectNode cv = o.putObject("cross_validation");
        m.crossValidation().forEach((k, v) -> cv.put(k, v));
        return o;
    }

    /**
     * Reads a model file.
     *
     * @throws ModelFileException naming the file when it is missing, not a MatInf model, of another
     *     format version, truncated or corrupt
     */
    public static PropertyModel read(Path file) {
        String name = file.toString();
        JsonNode o = json(file, name);
        if (!FORMAT.equals(o.path("format").asText())) {
            throw new ModelFileException(name, "not a MatInf property model (format '" + o.path("format").asText() + "')", null);
        }
        if (o.path("version").asInt(-1) != VERSION) {
            throw new ModelFileException(name, "model file format version " + o.path("version").asText()
                    + "; this MatInf reads version " + VERSION + " (train the model again with this version)", null);
        }
        try {
            List<String> classes = strings(o.path("classes"));
            JsonNode feat = o.path("featuriser");
            ModelSpec spec = ModelSpec.fromJson(o.path("model"));
            Preprocessor pre = Preprocessor.fromJson(o.path("preprocessor"));
            FittedModel model = model(o.path(MODEL_KEY).asText(), name);
            Pipeline.Preparation prep = new Pipeline.Preparation(pre.imputation(), pre.scaling());
            Map<String, Double> cv = new LinkedHashMap<>();
            o.path("cross_validation").fields().forEachRemaining(e -> cv.put(e.getKey(), e.getValue().asDouble()));
            Task task = Task.valueOf(o.path("task").asText().toUpperCase(Locale.ROOT));
            String target = o.path("target").asText();
            List<String> features = strings(feat.path("features"));
            if (target.isEmpty() || features.isEmpty()) {
                throw new IllegalArgumentException("no target or no features");
            }
            return new PropertyModel(target, task, classes, features, feat.path("preset").asText(),
                    feat.path("formula_column").asText(), spec, prep, new Pipeline(pre, model), o.path("seed").asLong(),
                    o.path("training_rows").asInt(), cv);
        } catch (IllegalArgumentException ex) {
            throw new ModelFileException(name, "corrupt model description (" + ex.getMessage() + ")", ex);
        }
    }

    private static FittedModel model(String base64, String name) {
        if (base64.isEmpty()) {
            throw new ModelFileException(name, "no trained model inside (\"" + MODEL_KEY + "\" missing)", null);
        }
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(
                Base64.getDecoder().decode(base64))))) {
            in.setObjectInputFilter(CLASSES);
            return (FittedModel) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException ex) {
            throw new ModelFileException(name, "the trained model inside is corrupt or truncated (" + ex + ")", ex);
        }
    }

    private static JsonNode json(Path file, String name) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException ex) {
            throw new ModelFileException(name, "no such file", ex);
        } catch (IOException ex) {
            throw new ModelFileException(name, "not a MatInf model file: unreadable or not text (" + ex.getMessage() + ")", ex);
        }
        if (!text.stripLeading().startsWith("{")) {
            throw new ModelFileException(name, "not a MatInf model file (a .matinf file is a JSON document)", null);
        }
        try {
            return JSON.readTree(text);
        } catch (IOException ex) {
            throw new ModelFileException(name, "not a readable MatInf model file: truncated or corrupt (" + ex.getMessage() + ")", ex);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The description of a model file without the trained model, for people (and tests). */
    static String description(PropertyModel m) throws IOException {
        return JSON.writeValueAsString(describe(m));
    }
}
