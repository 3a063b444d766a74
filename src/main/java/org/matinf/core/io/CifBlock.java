package org.matinf.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One data block of a CIF: single tag-value pairs and loops. Tags are looked up case-insensitively.
 * A single value is also readable as a one-row column, so code that expects a loop (e.g. symmetry
 * operations) works with both forms.
 */
final class CifBlock {
    private final String name;
    private final int line;
    private final Map<String, List<CifParser.Token>> columns = new HashMap<>();
    private final Map<String, Integer> tagLines = new HashMap<>();

    CifBlock(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** The block name (after "data_"). */
    String name() {
        return name;
    }

    /** Line of the "data_" header. */
    int line() {
        return line;
    }

    void put(String tag, CifParser.Token value) {
        String key = tag.toLowerCase(Locale.ROOT);
        List<CifParser.Token> one = new ArrayList<>();
        one.add(value);
        columns.put(key, one);
        tagLines.put(key, value.line);
    }

    void putLoop(List<String> tags, List<CifParser.Token> values) {
        int n = tags.size();
        for (int c = 0; c < n; c++) {
            List<CifParser.Token> col = new ArrayList<>();
            for (int i = c; i < values.size(); i += n) {
                col.add(values.get(i));
            }
            String key = tags.get(c).toLowerCase(Locale.ROOT);
            columns.put(key, col);
            tagLines.put(key, values.isEmpty() ? line : values.get(c).line);
        }
    }

    boolean has(String tag) {
        return columns.containsKey(tag.toLowerCase(Locale.ROOT));
    }

    /** The first tag of the list that is present, or null. */
    String firstPresent(String... tags) {
        for (String t : tags) {
            if (has(t)) {
                return t;
            }
        }
        return null;
    }

    /** The values of a tag (one for a single value, one per row in a loop), or an empty list. */
    List<CifParser.Token> column(String tag) {
        return columns.getOrDefault(tag.toLowerCase(Locale.ROOT), List.of());
    }

    /** The single value of a tag (the first row of a loop), or null if absent. */
    CifParser.Token value(String tag) {
        List<CifParser.Token> c = column(tag);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Line where the tag's (first) value stands, or the block's line. */
    int lineOf(String tag) {
        return tagLines.getOrDefault(tag.toLowerCase(Locale.ROOT), line);
    }

    /** True if the value is CIF's unknown "?" or inapplicable "." (unquoted). */
    static boolean isMissing(CifParser.Token t) {
        return t == null || (!t.quoted && (t.text.equals("?") || t.text.equals(".")));
    }
}
