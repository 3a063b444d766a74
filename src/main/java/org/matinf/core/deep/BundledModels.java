package org.matinf.core.deep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Orientation models packaged inside MatInf's jar: model NAME is the resource folder
 * {@value #RESOURCES}NAME/ holding {@link OrientationModel#CARD} and {@link OrientationModel#WEIGHTS},
 * and is listed in {@value #RESOURCES}{@value #INDEX}. Users name it {@code bundled:NAME}.
 */
public final class BundledModels {
    /** The prefix of a bundled model's name, as in {@code model=[bundled:ni-ebsd-64]}. */
    public static final String PREFIX = "bundled:";
    /** The resource folder of bundled models. */
    static final String RESOURCES = "org/matinf/models/";
    /** The list of bundled model names, one a line, {@code #} starts a comment. */
    static final String INDEX = "index.txt";

    private BundledModels() {
    }

    /** True when {@code spec} names a bundled model ({@code bundled:NAME}). */
    public static boolean isBundled(String spec) {
        return spec != null && spec.strip().startsWith(PREFIX);
    }

    /** The names of the models in this build, in the order of the index. */
    public static List<String> available() {
        List<String> names = new ArrayList<>();
        try (InputStream in = resource(INDEX)) {
            if (in == null) {
                return names;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return names;
    }

    /**
     * Loads the bundled model {@code spec} ({@code bundled:NAME} or NAME).
     *
     * @throws IllegalArgumentException "no bundled model NAME in this MatInf build (available: ...)"
     * @throws DeepFileException if the packaged files are corrupt
     * @throws DeepEngineException if the engine cannot be loaded
     */
    public static OrientationModel load(String spec) throws IOException {
        String name = spec.strip();
        name = name.startsWith(PREFIX) ? name.substring(PREFIX.length()).strip() : name;
        List<String> names = available();
        if (!names.contains(name)) {
            throw new IllegalArgumentException("no bundled model " + name + " in this MatInf build (available: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
        }
        Path folder = Files.createTempDirectory("matinf-model-");
        try {
            for (String file : List.of(OrientationModel.CARD, OrientationModel.WEIGHTS)) {
                try (InputStream in = resource(name + "/" + file)) {
                    if (in == null) {
                        throw new DeepFileException(PREFIX + name, "the build lists this model but lacks its " + file);
                    }
                    Files.copy(in, folder.resolve(file));
                }
            }
            return OrientationModel.load(folder);
        } finally {
            for (String file : List.of(OrientationModel.CARD, OrientationModel.WEIGHTS)) {
                Files.deleteIfExists(folder.resolve(file));
            }
            Files.deleteIfExists(folder);
        }
    }

    private static InputStream resource(String path) {
        return BundledModels.class.getClassLoader().getResourceAsStream(RESOURCES + path);
    }
}
