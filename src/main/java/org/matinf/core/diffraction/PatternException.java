package org.matinf.core.diffraction;

import org.matinf.core.InputException;

/**
 * The one exception for a powder pattern file that cannot be read: it names the file and, where
 * known, the line ("scan.xy, line 12: ..."). The pattern readers of {@link PowderPatternIO} throw
 * nothing else for bad input.
 */
public class PatternException extends InputException {
    private static final long serialVersionUID = 1L;

    /** @param line 1-based line number, or 0 when no line applies */
    public PatternException(String source, int line, String problem) {
        this(source, line, problem, null);
    }

    public PatternException(String source, int line, String problem, Throwable cause) {
        super(source, line, problem, cause);
    }
}
