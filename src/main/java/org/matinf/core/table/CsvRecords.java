package org.matinf.core.table;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma separated, fields may be quoted with ", a doubled "" is a quote,
 * quoted fields may hold commas and line breaks; lines end in LF, CRLF or CR) into records, each
 * with the 1-based line it starts on. Blank lines are skipped; a leading byte-order mark is dropped.
 */
public final class CsvRecords {
    /** One record and the line it starts on. */
    public record Record(int line, List<String> fields) {
        /** The fields with surrounding white space removed (a header's column names). */
        public List<String> stripped() {
            return fields.stream().map(String::strip).toList();
        }
    }

    private CsvRecords() {
    }

    /**
     * The records of a CSV file, header included.
     *
     * @throws TableException naming the file when it is missing, not a file, not UTF-8 text or unreadable,
     *     or when a quote is left open
     */
    public static List<Record> read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new TableException(name, 0, Files.exists(file) ? "not a file" : "no such file");
        }
        try {
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (MalformedInputException ex) {
            throw new TableException(name, 0, "not UTF-8 text (is it a spreadsheet? save it as CSV)");
        } catch (IOException ex) {
            throw new TableException(name, 0, "unreadable (" + ex.getMessage() + ")");
        }
    }

    /**
     * The records of CSV text, header included; {@code source} names the text in messages.
     *
     * @throws TableException for a quote left open at the end of the text
     */
    public static List<Record> parse(String source, String text) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(out, fields, field, any, start);
                fields = new ArrayList<>();
                any = false;
                line++;
                start = line;
            } else {
                field.append(c);
                if (!Character.isWhitespace(c)) {
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new TableException(source, start, "a quoted field is not closed");
        }
        end(out, fields, field, any, start);
        return out;
    }

    private static void end(List<Record> out, List<String> fields, StringBuilder field, boolean any, int line) {
        if (any || !fields.isEmpty()) {
            fields.add(field.toString());
            out.add(new Record(line, fields));
        }
        field.setLength(0);
    }
}
