package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the RFC-4180 reference tables of src/test/resources/reference and locates ../shared/data. */
final class ReferenceTable {
    private ReferenceTable() {
    }

    /** The shared structure library, or a clear failure if this checkout has none beside it. */
    static Path structures() {
        Path p = Path.of("..", "shared", "data", "structures");
        assertTrue(Files.isDirectory(p), "The structure library " + p.toAbsolutePath()
                + " is missing: tests expect the shared data folder beside the project");
        return p;
    }

    /** Rows of a reference CSV as maps from column name to value, in file order. */
    static List<Map<String, String>> rows(String name) {
        Path p = Path.of("src", "test", "resources", "reference", name);
        List<String> lines;
        try {
            lines = Files.readAllLines(p);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> f = fields(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < f.size() ? f.get(i) : "");
            }
            out.add(row);
        }
        return out;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }
}
