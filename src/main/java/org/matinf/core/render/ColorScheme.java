package org.matinf.core.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.matinf.core.BundledData;
import org.matinf.core.element.Element;

/**
 * Element colours of the two common structure viewers, Jmol's and VESTA's (values as pymatgen
 * tabulates them in {@code vis/ElementColorSchemes.yaml}, MIT licence, bundled unchanged).
 */
public enum ColorScheme {
    /** Jmol's CPK-like colours (Na violet, Cl green, O red). */
    JMOL(1),
    /** VESTA's colours (Na yellow, Cl green, O red). */
    VESTA(4);

    /** Colour of elements neither table lists: mid grey. */
    public static final int UNKNOWN = 0xFF808080;

    private final int column;
    private Map<String, Integer> table;

    ColorScheme(int column) {
        this.column = column;
    }

    /** Opaque ARGB colour of an element. */
    public int argb(Element element) {
        return colours().getOrDefault(element.symbol(), UNKNOWN);
    }

    /** The scheme of a name, case-insensitive ("Jmol", "VESTA"). */
    public static ColorScheme parse(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (ColorScheme s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown colour scheme '" + name + "': use Jmol or VESTA");
    }

    private synchronized Map<String, Integer> colours() {
        if (table == null) {
            Map<String, Integer> t = new HashMap<>();
            for (String[] row : BundledData.csvRows(ColorScheme.class, "element_colors.csv")) {
                int r = Integer.parseInt(row[column]);
                int g = Integer.parseInt(row[column + 1]);
                int b = Integer.parseInt(row[column + 2]);
                t.put(row[0], 0xFF000000 | r << 16 | g << 8 | b);
            }
            table = Map.copyOf(t);
        }
        return table;
    }
}
