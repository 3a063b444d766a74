package org.matinf.core.descriptors.structure;

import java.util.Locale;

/** How {@link Soap} turns per-site power spectra into one vector per structure (DScribe's names). */
public enum SoapAverage {
    /** Power spectrum of the site-averaged expansion coefficients (DScribe {@code average="inner"}). */
    INNER,
    /** Average of the per-site power spectra (DScribe {@code average="outer"}). */
    OUTER;

    /** Parses "inner" or "outer" (any case). */
    public static SoapAverage parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "inner" -> INNER;
            case "outer" -> OUTER;
            default -> throw new IllegalArgumentException("SOAP average must be inner or outer, not '" + text + "'");
        };
    }
}
