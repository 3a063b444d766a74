package org.matinf.core.orientation;

/**
 * The per-point numbers an orientation map may carry besides the orientation, and the columns of
 * EBSD files they are written to.
 */
public enum ScanValue {
    /** How well the orientation fits: the CNN's or dictionary's score; .ang CI, .ctf BS. */
    SCORE("score"),
    /** Angular uncertainty or deviation in degrees; .ang Fit, .ctf MAD. */
    UNCERTAINTY("uncertainty"),
    /** Pattern (image) quality; .ang IQ, .ctf BC. */
    IMAGE_QUALITY("iq");

    private final String column;

    ScanValue(String column) {
        this.column = column;
    }

    /** The column name in MatInf's tables: "score", "uncertainty" or "iq". */
    public String column() {
        return column;
    }
}
