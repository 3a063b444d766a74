package org.matinf.testutil;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;

/**
 * The one place tests find their data: the shared structure library beside the project
 * ({@code ../shared/data}), the pymatgen reference files of {@code src/test/resources/reference},
 * classpath test resources, and parsers for the CSV and JSON they are stored in.
 */
public final class TestData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestData() {
    }

    /** The project folder: Maven's {@code basedir}, else the working directory. */
    private static Path project() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /**
     * The shared public data folder beside the project ({@code ../shared/data}, or
     * {@code -Dmatinf.shared.data}); fails the test with a clear message when it is missing.
     */
    public static Path shared() {
        String override = System.getProperty("matinf.shared.data");
        Path p = override != null ? Path.of(override).toAbsolutePath().normalize()
                : project().resolve(Path.of("..", "shared", "data")).normalize();
        if (!Files.isDirectory(p)) {
            fail("Shared data folder not found at " + p
                    + " (tests expect ../shared/data beside the project folder; or set -Dmatinf.shared.data)");
        }
        return p;
    }

    /** The shared structure library ({@code ../shared/data/structures}). */
    public static Path structures() {
        Path p = shared().resolve("structures");
        if (!Files.isDirectory(p)) {
            fail("The structure library is missing: expected it at " + p);
        }
        return p;
    }

    /**
     * All files of the structure library with one of the extensions (without the dot), as sorted
     * paths relative to the library with {@code /} separators, e.g. {@code handmade/NaCl_B1_conv.vasp}.
     */
    public static List<String> files(String... extensions) {
        Path root = structures();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> Stream.of(extensions).anyMatch(e -> p.endsWith("." + e))).sorted().toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A structure of the library, given relative to it, as {@link StructureIO#read(Path)} reads it. */
    public static Structure structure(String file) {
        return StructureIO.read(structures().resolve(file));
    }

    /** The text of a file of the structure library, given relative to it. */
    public static String libraryText(String file) {
        return text(structures().resolve(file));
    }

    /** A file of {@code src/test/resources/reference}. */
    public static Path reference(String name) {
        return project().resolve(Path.of("src", "test", "resources", "reference", name));
    }

    /** The elements of the array {@code key} of a reference JSON file, as parameterized test cases. */
    public static Stream<JsonNode> jsonCases(String referenceFile, String key) {
        JsonNode array = json(reference(referenceFile)).get(key);
        if (array == null || !array.isArray() || array.isEmpty()) {
            fail(referenceFile + " has no cases under \"" + key + "\"");
        }
        List<JsonNode> cases = new ArrayList<>();
        array.forEach(cases::add);
        return cases.stream();
    }

    /** The row of the pymatgen table structures.csv for a file given relative to the structure library. */
    public static Map<String, String> structureReference(String file) {
        for (Map<String, String> r : csv(reference("structures.csv"))) {
            if (r.get("file").equals(file)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + file + " in structures.csv");
    }

    /**
     * A classpath test resource as UTF-8 text; a relative name is looked up in the package of
     * {@code anchor}, as {@link Class#getResourceAsStream} does.
     */
    public static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                fail("test resource missing: " + name + " (beside " + anchor.getName() + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Reads a CSV file (see {@link #parseCsv}). */
    public static List<Map<String, String>> csv(Path file) {
        return parseCsv(text(file));
    }

    /**
     * Parses RFC-4180 CSV text into rows keyed by the (trimmed) header names, in file order.
     * Quoted fields may hold commas, line breaks and doubled quotes; lines end in LF, CRLF or CR;
     * blank lines are skipped and missing trailing fields read as empty.
     */
    public static List<Map<String, String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
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
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, field);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        endRecord(records, record, field);
        if (records.isEmpty()) {
            fail("CSV without a header line");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) {
                row.put(header.get(k), k < r.size() ? r.get(k) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** Closes a record at a line end; a blank line is no record. */
    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field) {
        if (record.isEmpty() && field.length() == 0) {
            return;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
    }

    /** The column names of CSV rows read here (those of the first row), in file order. */
    public static List<String> columns(List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            fail("no rows, so no columns");
        }
        return List.copyOf(rows.get(0).keySet());
    }

    /** Reads a JSON file. */
    public static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Parses JSON text. */
    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException ex) {
            throw new UncheckedIOException("not JSON: " + text, ex);
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
        return json(node.asText().replace('\'', '"').replace("None", "null").replace("True", "true")
                .replace("False", "false").replace("nan", "NaN"));
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

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
