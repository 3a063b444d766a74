package org.matinf.fiji.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys of an ImageJ macro options string such as {@code "file=[a b.cif] format=cif wrap"}:
 * values may be bare words, [bracketed] (brackets may nest) or 'quoted'; a key without a value
 * is a checked checkbox. Values themselves are read with ImageJ's own {@code Macro.getValue},
 * except for keys written with a capital (see {@link #value}).
 */
public final class MacroOptions {
    private MacroOptions() {
    }

    /** The keys in the order they appear. */
    public static List<String> keys(String options) {
        List<String> keys = new ArrayList<>();
        for (String[] entry : entries(options)) {
            keys.add(entry[0]);
        }
        return keys;
    }

    /**
     * The value of a key matched exactly, upper and lower case as written, without its brackets or
     * quotes; "" for a key without a value; null if absent. ImageJ's {@code Macro.getValue}
     * lower-cases the key it looks for, so it never finds a key written with a capital, such as
     * Bunge's {@code Phi=}.
     */
    public static String value(String options, String key) {
        for (String[] entry : entries(options)) {
            if (entry[0].equals(key)) {
                String v = entry[1];
                boolean wrapped = v.length() >= 2 && (v.startsWith("[") && v.endsWith("]") || v.startsWith("'") && v.endsWith("'"));
                return wrapped ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    /** {key, raw value ("" if none)} in order. */
    private static List<String[]> entries(String options) {
        List<String[]> out = new ArrayList<>();
        int n = options.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(options.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && options.charAt(i) != '=' && !Character.isWhitespace(options.charAt(i))) {
                i++;
            }
            String key = options.substring(start, i);
            String value = "";
            if (i < n && options.charAt(i) == '=') {
                int end = skipValue(options, i + 1);
                value = options.substring(i + 1, end);
                i = end;
            }
            if (!key.isEmpty()) {
                out.add(new String[] {key, value});
            }
        }
        return out;
    }

    private static int skipValue(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == '[') {
            int depth = 0;
            for (; i < n; i++) {
                if (s.charAt(i) == '[') {
                    depth++;
                } else if (s.charAt(i) == ']' && --depth == 0) {
                    return i + 1;
                }
            }
            return n;
        }
        if (i < n && s.charAt(i) == '\'') {
            int end = s.indexOf('\'', i + 1);
            return end < 0 ? n : end + 1;
        }
        while (i < n && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
