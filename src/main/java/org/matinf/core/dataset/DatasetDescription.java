package org.matinf.core.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code dataset.json} of a dataset folder: everything that decides its pixels and labels
 * (structure file name, type, N, size, seed, bits, sampling, the simulator's settings, realism,
 * MatInf version) and the generation time. File names only, no absolute paths.
 */
final class DatasetDescription {
    /** Key of the generation time, the only entry that may differ between equal datasets. */
    static final String MILLIS = "generation_ms";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetDescription() {
    }

    /** The parameters part (everything but the generation time). */
    static ObjectNode parameters(DiffractionDataset d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", "MatInf diffraction dataset 1");
        o.put("matinf_version", version());
        o.put("structure", d.structureName());
        o.put("type", d.source().kind());
        o.put("n", d.count());
        o.put("size", d.source().size());
        o.put("seed", d.seed());
        o.put("bits", d.bits());
        o.put("scaling", scaling(d.bits()));
        o.put("sampling", d.sampler().name());
        o.set("simulation", JSON.valueToTree(new TreeMap<>(d.source().parameters())));
        o.set("realism", JSON.valueToTree(d.realism().asMap()));
        o.set("files", JSON.valueToTree(Map.of("patterns", DiffractionDataset.PATTERNS, "labels", DiffractionDataset.LABELS)));
        o.put("labels", "slice (1-based), Bunge Euler angles phi1 Phi phi2 in degrees, unit quaternion q0 q1 q2 q3 "
                + "(scalar first, q0 >= 0, Rowenhorst et al. 2015, P = -1)");
        return o;
    }

    static String scaling(int bits) {
        return bits == 32 ? "none: intensities in units of each noise-free pattern's maximum"
                : "per pattern: minimum to 0, maximum to " + (bits == 8 ? 255 : 65535);
    }

    /** MatInf's version from the jar's manifest, or "development" when run from classes. */
    static String version() {
        String v = DatasetDescription.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    static void write(Path file, ObjectNode parameters, long millis) throws IOException {
        ObjectNode o = parameters.deepCopy();
        o.put(MILLIS, millis);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n");
    }

    /**
     * True if {@code file} exists and describes a dataset with exactly these parameters (compared
     * as written and read back, so that number types do not matter).
     */
    static boolean matches(Path file, ObjectNode parameters) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            JsonNode old = JSON.readTree(file.toFile());
            if (!(old instanceof ObjectNode o)) {
                return false;
            }
            o.remove(MILLIS);
            return o.equals(JSON.readTree(JSON.writeValueAsString(parameters)));
        } catch (IOException ex) {
            return false;
        }
    }
}
