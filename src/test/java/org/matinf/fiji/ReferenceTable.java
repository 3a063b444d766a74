package org.matinf.fiji;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small RFC-4180 CSV reader for the reference tables and the CSV files ImageJ saves. */
public final class ReferenceTable {
    private final List<Map<String, String>> rows;

    private ReferenceTable(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    public static ReferenceTable read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = split(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i).trim(), i < cells.size() ? cells.get(i) : "");
            }
            rows.add(row);
        }
        return new ReferenceTable(rows);
    }

    /** The pymatgen reference row of structures.csv for a file relative to the structure library. */
    public static Map<String, String> structureReference(String file) throws IOException {
        for (Map<String, String> r : read(Path.of("src/test/resources/reference/structures.csv")).rows()) {
            if (r.get("file").equals(file)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no reference row for " + file);
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    public List<String> columns() {
        return rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
