package org.matinf.core.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.element.Species;
import org.matinf.core.element.UnknownElementException;

/** Turns the element names found in POSCAR and XYZ files into elements. */
final class ElementSymbols {
    /** "C", "C12", "Fe2+", "FE": letters, then an optional atom number or charge. */
    private static final Pattern LABEL = Pattern.compile("([A-Za-z]{1,2})(\\d*|\\d*\\.?\\d*[+-])");

    private ElementSymbols() {
    }

    /**
     * A POSCAR species name: "Fe", or VASP 6's POTCAR names "Fe_pv", "Fe_sv_GW", "Fe/3a1b2c" with
     * the suffix after '_' or '/' dropped. Null if it names no element.
     */
    static Element poscar(String token) {
        String t = token;
        int cut = indexOfAny(t, '_', '/');
        if (cut > 0) {
            t = t.substring(0, cut);
        }
        return lookup(t);
    }

    /**
     * An XYZ atom name: a symbol ("Fe", any letter case), a symbol with a charge ("Fe2+") or an
     * atom number ("C12"), or an atomic number ("26"). Null if it names no element.
     */
    static Element xyz(String token) {
        if (token.matches("\\d{1,3}")) {
            int z = Integer.parseInt(token);
            try {
                return PeriodicTable.byZ(z);
            } catch (UnknownElementException ex) {
                return null;
            }
        }
        Matcher m = LABEL.matcher(token);
        if (!m.matches()) {
            return null;
        }
        return lookup(m.group(1));
    }

    /** A species written with or without oxidation state ("Fe", "Fe2+"); null if unknown. */
    static Species species(String text) {
        try {
            return Species.parse(text);
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static Element lookup(String symbol) {
        if (PeriodicTable.isSymbol(symbol)) {
            return PeriodicTable.bySymbol(symbol);
        }
        return PeriodicTable.lookupIgnoreCase(symbol);
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
