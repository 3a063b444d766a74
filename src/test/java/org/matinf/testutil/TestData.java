package org.matinf.testutil;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Paths and parsers for test data: the shared data folder and the pymatgen reference files. */
public final class TestData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestData() {
    }

    /** The shared public data folder that sits beside the project ({@code ../shared/data}). */
    public static Path shared() {
        Path p = Path.of(System.getProperty("matinf.shared.data", "../shared/data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            fail("Shared data folder not found at " + p + " (CI lays it beside the clone; set -Dmatinf.shared.data)");
        }
        return p;
    }

    /** The shared structure library. */
    public static Path structures() {
        return shared().resolve("structures");
    }

    /** A file of src/test/resources/reference. */
    public static Path reference(String name) {
        return Path.of("src", "test", "resources", "reference", name);
    }

    /** Reads an RFC-4180 CSV (quoted fields may hold commas) into rows keyed by header. */
    public static List<Map<String, String>> csv(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            List<String> header = rows.get(0);
            List<Map<String, String>> out = new ArrayList<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int k = 0; k < header.size(); k++) {
                    m.put(header.get(k), k < r.size() ? r.get(k) : "");
                }
                out.add(m);
            }
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Reads a JSON file. */
    public static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Parses a value the reference scripts stored as a Python literal string (lists, dicts with
     * single-quoted keys, None/True/False) into JSON; JSON values pass through.
     */
    public static JsonNode py(JsonNode node) {
        if (!node.isTextual()) {
            return node;
        }
        String s = node.asText().replace('\'', '"').replace("None", "null").replace("True", "true")
                .replace("False", "false").replace("nan", "NaN");
        try {
            return JSON.readTree(s);
        } catch (IOException ex) {
            throw new UncheckedIOException("not a Python literal: " + node.asText(), ex);
        }
    }

    /** A double[][] from a JSON array of arrays. */
    public static double[][] matrix(JsonNode n) {
        JsonNode a = py(n);
        double[][] m = new double[a.size()][];
        for (int i = 0; i < a.size(); i++) {
            m[i] = vector(a.get(i));
        }
        return m;
    }

    /** A double[] from a JSON array. */
    public static double[] vector(JsonNode n) {
        JsonNode a = py(n);
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }
}
