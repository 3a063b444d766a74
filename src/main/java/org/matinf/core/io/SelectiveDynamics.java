package org.matinf.core.io;

import java.util.List;
import org.matinf.core.structure.Site;

/** Reads the {@link Site#SELECTIVE_DYNAMICS} property whether stored as {@code boolean[3]} or a list. */
final class SelectiveDynamics {
    private SelectiveDynamics() {
    }

    /** The three flags (true = may move), or null if the site has none or they are malformed. */
    static boolean[] of(Site site) {
        return parse(site.properties().get(Site.SELECTIVE_DYNAMICS));
    }

    /** Flags from a {@code boolean[3]} or a list of three Booleans; null otherwise. */
    static boolean[] parse(Object value) {
        if (value instanceof boolean[] && ((boolean[]) value).length == 3) {
            return ((boolean[]) value).clone();
        }
        if (value instanceof List && ((List<?>) value).size() == 3) {
            boolean[] out = new boolean[3];
            for (int k = 0; k < 3; k++) {
                Object o = ((List<?>) value).get(k);
                if (!(o instanceof Boolean)) {
                    return null;
                }
                out[k] = (Boolean) o;
            }
            return out;
        }
        return null;
    }

    /** Appends " T F T": the site's flags, or T T T (free) when it has none. */
    static void appendFlags(StringBuilder sb, Site site) {
        boolean[] f = of(site);
        for (int k = 0; k < 3; k++) {
            sb.append(f == null || f[k] ? " T" : " F");
        }
    }
}
