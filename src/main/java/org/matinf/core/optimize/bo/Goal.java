package org.matinf.core.optimize.bo;

import java.util.Locale;

/** Whether the experimenter wants the target as high or as low as possible. */
public enum Goal {
    /** Larger is better (yield, bulk modulus, band gap of a transparent conductor, ...). */
    MAXIMIZE,
    /** Smaller is better (formation energy, cost, loss, ...). */
    MINIMIZE;

    /** +1 for {@link #MAXIMIZE}, −1 for {@link #MINIMIZE}: sign · y is the quantity to maximise. */
    public double sign() {
        return this == MAXIMIZE ? 1 : -1;
    }

    /** {@code max}/{@code maximize}/{@code maximise} or {@code min}/{@code minimize}/{@code minimise}, any case. */
    public static Goal parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (s.equals("max") || s.equals("maximize") || s.equals("maximise")) {
            return MAXIMIZE;
        }
        if (s.equals("min") || s.equals("minimize") || s.equals("minimise")) {
            return MINIMIZE;
        }
        throw new IllegalArgumentException("goal must be maximize or minimize, got '" + text + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
