package org.matinf.core.io;

import java.util.Locale;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;

/**
 * The element named by an atom-site type symbol or label, read as CIF writers use them (and as pymatgen
 * reads them, so both agree): "Fe2+" and "Fe1" are Fe, "O2-" and "O1a" are O, "CA" is Ca, water oxygens
 * "Ow"/"Wat" are O, "Hw" is H and a nitrate "NO3" is N. The first two letters are tried as an element symbol in any case,
 * then the first letter alone.
 */
final class CifSymbols {
    private CifSymbols() {
    }

    /** The element, or null if the text names none. */
    static Element element(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("Ow") || s.startsWith("OW") || s.startsWith("Wat") || s.startsWith("wat")) {
            return PeriodicTable.bySymbol("O");
        }
        if (s.startsWith("Hw") || s.startsWith("HW")) {
            return PeriodicTable.bySymbol("H");
        }
        if (s.startsWith("NO3")) {
            return PeriodicTable.bySymbol("N"); // nitrate pseudo-atom, not nobelium
        }
        if (s.length() >= 2 && Character.isLetter(s.charAt(1))) {
            String two = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1, 2).toLowerCase(Locale.ROOT);
            if (PeriodicTable.isSymbol(two)) {
                return PeriodicTable.bySymbol(two);
            }
        }
        String one = s.substring(0, 1).toUpperCase(Locale.ROOT);
        return PeriodicTable.isSymbol(one) ? PeriodicTable.bySymbol(one) : null;
    }

    /** The element symbol with any charge or numbering removed ("Fe2+" to "Fe"), for oxidation-state tables. */
    static String stripCharge(String typeSymbol) {
        return typeSymbol.strip().replaceAll("\\d?[+-]?$", "");
    }
}
