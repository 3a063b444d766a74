package org.matinf.core.symmetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hermann–Mauguin symbols as people write them: the lookup key (spacing, underscores, brackets and case
 * removed: "P 21/c", "p2_1/c" and "P2(1)/c" all give "P21/c"), the setting suffix ("R -3 m :H",
 * "F d -3 m :1", "R -3 m R") and the reduction of a full symbol to the short one ("P 21/n 21/m 21/a" to
 * "Pnma", "F 4/m -3 2/m" to "Fm-3m", "P 63/m 2/m 2/c" to "P63/mmc").
 */
final class HermannMauguin {
    private static final Pattern COLON_SUFFIX = Pattern.compile("^(.*?)\\s*:\\s*(\\S+)$");
    private static final Pattern AXES_SUFFIX = Pattern.compile("^(.*\\S)\\s+([HhRr])$");

    /** A symbol split into its group part and its setting suffix ("" if none; else upper case, e.g. "H", "1"). */
    static final class Parts {
        final String group;
        final String setting;

        Parts(String group, String setting) {
            this.group = group;
            this.setting = setting;
        }
    }

    private HermannMauguin() {
    }

    static Parts split(String symbol) {
        String s = symbol.strip();
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher m = COLON_SUFFIX.matcher(s);
        if (m.matches()) {
            return new Parts(m.group(1), m.group(2).toUpperCase(Locale.ROOT));
        }
        m = AXES_SUFFIX.matcher(s);
        if (m.matches()) {
            return new Parts(m.group(1), m.group(2).toUpperCase(Locale.ROOT));
        }
        return new Parts(s, "");
    }

    /** The lookup key of a symbol without setting suffix: no spaces, lattice letter upper case, rest lower case. */
    static String key(String group) {
        String s = group.replaceAll("[\\s_()]", "");
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * The short symbol key of a full symbol written with spaces between its parts, or null if the symbol
     * has no parts to reduce. In the secondary and tertiary positions "2/m" becomes "m"; in the primary
     * position too for orthorhombic and cubic groups, while tetragonal and hexagonal groups keep "4/m".
     */
    static String shortKey(String group) {
        String[] t = group.strip().split("\\s+");
        if (t.length < 3) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (int i = 1; i < t.length; i++) {
            terms.add(t[i]);
        }
        boolean cubic = terms.size() >= 2 && terms.get(1).replace("-", "").equals("3");
        boolean principalAxis = terms.get(0).matches("-?[346]\\d?(/.*)?");
        StringBuilder sb = new StringBuilder(t[0]);
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            boolean keep = i == 0 && principalAxis && !cubic;
            int slash = term.indexOf('/');
            sb.append(keep || slash < 0 ? term : term.substring(slash + 1));
        }
        return key(sb.toString());
    }
}
