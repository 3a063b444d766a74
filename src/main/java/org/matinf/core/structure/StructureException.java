package org.matinf.core.structure;

import org.matinf.core.InputException;

/**
 * The one exception for a structure that cannot be read or built: it names the source (file
 * name or "formula") and, where known, the line, so the user can find and fix the problem.
 * Readers throw nothing else for bad input.
 */
public class StructureException extends InputException {
    private static final long serialVersionUID = 1L;

    /** @param line 1-based line number, or 0 when no line applies */
    public StructureException(String source, int line, String problem) {
        this(source, line, problem, null);
    }

    public StructureException(String source, int line, String problem, Throwable cause) {
        super(source, line, problem, cause);
    }
}
