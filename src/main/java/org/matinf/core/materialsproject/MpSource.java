package org.matinf.core.materialsproject;

import java.util.Locale;

/** Where the materials of a search came from. */
public enum MpSource {
    /** Answered by the Materials Project server just now. */
    API,
    /** Read from the local cache of earlier answers. */
    CACHE,
    /** Searched in an offline database (CSV files). */
    OFFLINE;

    /** The lower-case name shown in tables: "api", "cache", "offline". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
