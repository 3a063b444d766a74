package org.matinf.fiji.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys of an ImageJ macro options string such as {@code "file=[a b.cif] format=cif wrap"}:
 * values may be bare words, [bracketed] (brackets may nest) or 'quoted'; a key without a value
 * is a checked checkbox. Values themselves are read with ImageJ's own {@code Macro.getValue}.
 */
public final class MacroOptions {
    private MacroOptions() {
    }

    /** The keys in the order they appear. */
    public static List<String> keys(String options) {
        List<String> keys = new ArrayList<>();
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
            if (i > start) {
                keys.add(options.substring(start, i));
            }
            if (i < n && options.charAt(i) == '=') {
                i = skipValue(options, i + 1);
            }
        }
        return keys;
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
