package org.matinf.core.orientation;

import org.matinf.core.InputException;

/** A file of orientations that cannot be read: "map.csv, line 12: Phi is not a number: 'abc'". */
public class OrientationFileException extends InputException {
    private static final long serialVersionUID = 1L;

    /** @param line 1-based line number, or 0 for the file as a whole */
    public OrientationFileException(String file, int line, String problem) {
        super(file, line, problem, null);
    }
}
