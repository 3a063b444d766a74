package org.matinf.core.table;

import org.matinf.core.InputException;

/** A problem with a data table (CSV) that names the file and, where known, the line. */
public final class TableException extends InputException {
    private static final long serialVersionUID = 1L;

    /** @param line 1-based line, 0 when no line applies */
    public TableException(String source, int line, String problem) {
        super(source, line, problem, null);
    }
}
