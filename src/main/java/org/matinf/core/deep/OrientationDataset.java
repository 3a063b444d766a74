package org.matinf.core.deep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.matinf.core.InputException;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.TiffStackReader;
import org.matinf.core.orientation.Orientation;

/**
 * A dataset folder written by {@link DiffractionDataset} (patterns.tif, labels.csv, dataset.json),
 * held in memory for training: the raw patterns as stored and their orientations (from the
 * quaternion columns of labels.csv).
 */
public final class OrientationDataset {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;
    private final int size;
    private final float[][] patterns;
    private final Orientation[] orientations;
    private final ObjectNode description;

    OrientationDataset(Path folder, int size, float[][] patterns, Orientation[] orientations, ObjectNode description) {
        this.folder = folder;
        this.size = size;
        this.patterns = patterns;
        this.orientations = orientations;
        this.description = description;
    }

    /**
     * Reads a dataset folder.
     *
     * @throws DeepFileException naming the file that is missing, unreadable or inconsistent
     */
    public static OrientationDataset read(Path folder) {
        Path tif = folder.resolve(DiffractionDataset.PATTERNS);
        Path csv = folder.resolve(DiffractionDataset.LABELS);
        Path json = folder.resolve(DiffractionDataset.DESCRIPTION);
        for (Path p : List.of(tif, csv, json)) {
            if (!Files.isRegularFile(p)) {
                throw new DeepFileException(p.toString(), "missing; give a folder made by Generate Diffraction Dataset");
            }
        }
        ObjectNode description;
        try {
            JsonNode node = JSON.readTree(json.toFile());
            if (!(node instanceof ObjectNode o)) {
                throw new DeepFileException(json.toString(), "not a JSON object");
            }
            description = o;
        } catch (IOException ex) {
            throw new DeepFileException(json.toString(), "unreadable JSON (" + ex.getMessage() + ")", ex);
        }
        float[][] patterns;
        int size;
        try (TiffStackReader r = new TiffStackReader(tif)) {
            if (r.width() != r.height()) {
                throw new DeepFileException(tif.toString(), "patterns must be square, got " + r.width() + " x " + r.height());
            }
            size = r.width();
            patterns = new float[r.pages()][];
            for (int i = 0; i < patterns.length; i++) {
                patterns[i] = r.page(i);
            }
        } catch (InputException ex) {
            throw ex instanceof DeepFileException d ? d : new DeepFileException(tif.toString(), ex.getMessage(), ex);
        } catch (IOException ex) {
            throw new DeepFileException(tif.toString(), "unreadable (" + ex.getMessage() + ")", ex);
        }
        Orientation[] orientations = labels(csv, patterns.length);
        return new OrientationDataset(folder, size, patterns, orientations, description);
    }

    private static Orientation[] labels(Path csv, int count) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new DeepFileException(csv.toString(), "unreadable (" + ex.getMessage() + ")", ex);
        }
        List<String> header = lines.isEmpty() ? List.of() : Arrays.asList(lines.get(0).trim().split(","));
        int[] q = {header.indexOf("q0"), header.indexOf("q1"), header.indexOf("q2"), header.indexOf("q3")};
        if (Arrays.stream(q).anyMatch(i -> i < 0)) {
            throw new DeepFileException(csv.toString(), "the header must have the columns q0,q1,q2,q3, got '"
                    + (lines.isEmpty() ? "" : lines.get(0)) + "'");
        }
        Orientation[] out = new Orientation[count];
        int rows = 0;
        for (int line = 1; line < lines.size(); line++) {
            if (lines.get(line).isBlank()) {
                continue;
            }
            if (rows >= count) {
                throw new DeepFileException(csv.toString(), "more label rows than the " + count + " patterns in " + DiffractionDataset.PATTERNS);
            }
            String[] f = lines.get(line).split(",");
            try {
                out[rows++] = Orientation.fromQuaternion(Double.parseDouble(f[q[0]]), Double.parseDouble(f[q[1]]),
                        Double.parseDouble(f[q[2]]), Double.parseDouble(f[q[3]]));
            } catch (RuntimeException ex) {
                throw new DeepFileException(csv.toString() + ", line " + (line + 1), "not a quaternion: '" + lines.get(line) + "'", ex);
            }
        }
        if (rows != count) {
            throw new DeepFileException(csv.toString(), rows + " label rows for " + count + " patterns in " + DiffractionDataset.PATTERNS);
        }
        return out;
    }

    /** The first {@code max} patterns (this dataset when it has no more). */
    public OrientationDataset first(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("at least one pattern must be used, got " + max);
        }
        return max >= count() ? this
                : new OrientationDataset(folder, size, Arrays.copyOf(patterns, max), Arrays.copyOf(orientations, max), description);
    }

    public Path folder() {
        return folder;
    }

    /** Width and height of the patterns in pixels. */
    public int size() {
        return size;
    }

    public int count() {
        return patterns.length;
    }

    /** Pattern {@code i} (0-based) as stored (not a copy: do not modify). */
    float[] pattern(int i) {
        return patterns[i];
    }

    public Orientation orientation(int i) {
        return orientations[i];
    }

    /** dataset.json (a copy). */
    public ObjectNode description() {
        return description.deepCopy();
    }
}
