package org.matinf.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The comment line of an extended XYZ frame: {@code key=value} pairs, values optionally in double
 * or single quotes (backslash escapes the next character) or braces. Keys are compared in lower
 * case; a key without '=' is a flag with value "T". Also knows the {@code Properties} column
 * layout ({@code name:type:count} triples, types S, R, I, L).
 */
final class ExtendedXyzHeader {
    private static final Pattern EXTENDED = Pattern.compile("(?i)(^|\\s)(lattice|properties)\\s*=");

    /** One column group of the {@code Properties} key. */
    static final class Column {
        final String name;
        final char type;
        final int count;
        final int first;

        Column(String name, char type, int count, int first) {
            this.name = name;
            this.type = type;
            this.count = count;
            this.first = first;
        }
    }

    private ExtendedXyzHeader() {
    }

    /** True if the comment line uses extended XYZ keys (Lattice= or Properties=). */
    static boolean isExtended(String comment) {
        return EXTENDED.matcher(comment).find();
    }

    /** The key-value pairs; throws IllegalArgumentException with a readable problem. */
    static Map<String, String> parse(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = line.length();
        while (true) {
            i = skipSpace(line, i);
            if (i >= n) {
                return out;
            }
            int start = i;
            while (i < n && line.charAt(i) != '=' && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            String key = line.substring(start, i).toLowerCase(Locale.ROOT);
            int j = skipSpace(line, i);
            if (j >= n || line.charAt(j) != '=') {
                if (key.isEmpty()) {
                    throw new IllegalArgumentException("'=' without a key");
                }
                out.put(key, "T");
                continue;
            }
            if (key.isEmpty()) {
                throw new IllegalArgumentException("'=' without a key");
            }
            i = skipSpace(line, j + 1);
            StringBuilder value = new StringBuilder();
            i = readValue(line, i, value);
            out.put(key, value.toString());
        }
    }

    private static int readValue(String line, int i, StringBuilder value) {
        int n = line.length();
        if (i >= n) {
            return i;
        }
        char open = line.charAt(i);
        char close = open == '"' || open == '\'' ? open : open == '{' ? '}' : 0;
        if (close == 0) {
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                value.append(line.charAt(i++));
            }
            return i;
        }
        i++;
        while (i < n && line.charAt(i) != close) {
            if (line.charAt(i) == '\\' && i + 1 < n) {
                i++;
            }
            value.append(line.charAt(i++));
        }
        if (i >= n) {
            throw new IllegalArgumentException("unterminated " + open + " in the comment line");
        }
        return i + 1;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The columns of a {@code Properties} value such as {@code species:S:1:pos:R:3}. */
    static List<Column> columns(String properties) {
        String[] f = properties.split(":", -1);
        if (f.length % 3 != 0) {
            throw new IllegalArgumentException("Properties must be name:type:count triples, not '"
                    + LineCursor.abbreviate(properties) + "'");
        }
        List<Column> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < f.length; i += 3) {
            String type = f[i + 1].toUpperCase(Locale.ROOT);
            if (f[i].isEmpty() || type.length() != 1 || "SRIL".indexOf(type.charAt(0)) < 0) {
                throw new IllegalArgumentException("bad Properties column '" + LineCursor.abbreviate(f[i] + ":" + f[i + 1])
                        + "' (type must be S, R, I or L)");
            }
            if (!f[i + 2].matches("\\d{1,3}") || Integer.parseInt(f[i + 2]) == 0) {
                throw new IllegalArgumentException("bad column count '" + LineCursor.abbreviate(f[i + 2]) + "' in Properties");
            }
            int count = Integer.parseInt(f[i + 2]);
            out.add(new Column(f[i], type.charAt(0), count, first));
            first += count;
        }
        return out;
    }

    /** A logical value as extended XYZ writes it (T, F, True, False, 1, 0). */
    static boolean logical(String token) {
        switch (token.toLowerCase(Locale.ROOT)) {
            case "t":
            case "true":
            case "1":
                return true;
            case "f":
            case "false":
            case "0":
                return false;
            default:
                throw new IllegalArgumentException("'" + LineCursor.abbreviate(token) + "' is not T or F");
        }
    }
}
