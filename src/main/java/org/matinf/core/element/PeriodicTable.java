package org.matinf.core.element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matinf.core.BundledData;

/**
 * The elements, loaded once from the bundled {@code elements.csv} (derived from pymatgen's
 * periodic table data, MIT licence).
 */
public final class PeriodicTable {
    private static final Map<String, Element> BY_SYMBOL = load();
    private static final Map<String, Element> BY_UPPER = upper(BY_SYMBOL);
    private static final Element[] BY_Z = byZ(BY_SYMBOL);

    private PeriodicTable() {
    }

    /** The element with this symbol ("Fe"), or throws {@link UnknownElementException}. */
    public static Element bySymbol(String symbol) {
        Element e = BY_SYMBOL.get(symbol);
        if (e == null) {
            throw new UnknownElementException(symbol);
        }
        return e;
    }

    /** The element with this symbol in any letter case ("FE", "fe"), or null. */
    public static Element lookupIgnoreCase(String symbol) {
        return symbol == null ? null : BY_UPPER.get(symbol.toUpperCase(Locale.ROOT));
    }

    /** True if {@code symbol} is an element symbol exactly as written. */
    public static boolean isSymbol(String symbol) {
        return BY_SYMBOL.containsKey(symbol);
    }

    /** The element with atomic number z (1..118). */
    public static Element byZ(int z) {
        if (z < 1 || z >= BY_Z.length || BY_Z[z] == null) {
            throw new UnknownElementException("Z=" + z);
        }
        return BY_Z[z];
    }

    /** All elements and isotopes (D, T) in table order. */
    public static List<Element> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_SYMBOL.values()));
    }

    private static Map<String, Element> load() {
        Map<String, Element> map = new LinkedHashMap<>();
        for (String[] f : BundledData.csvRows(PeriodicTable.class, "elements.csv")) {
            Element e = new Element(Integer.parseInt(f[0]), f[1], f[2], num(f[3]), num(f[4]), num(f[5]),
                    num(f[6]), num(f[7]), num(f[8]), num(f[9]), ints(f[10]), ints(f[11]));
            map.put(e.symbol(), e);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Element> upper(Map<String, Element> m) {
        Map<String, Element> u = new LinkedHashMap<>();
        for (Element e : m.values()) {
            u.putIfAbsent(e.symbol().toUpperCase(Locale.ROOT), e);
        }
        return u;
    }

    private static Element[] byZ(Map<String, Element> m) {
        Element[] a = new Element[120];
        for (Element e : m.values()) {
            if (a[e.z()] == null) {
                a[e.z()] = e;
            }
        }
        return a;
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static List<Integer> ints(String s) {
        List<Integer> out = new ArrayList<>();
        for (String t : s.trim().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(Integer.parseInt(t));
            }
        }
        return out;
    }
}
