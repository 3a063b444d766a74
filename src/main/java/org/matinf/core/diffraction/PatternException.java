package org.matinf.core.diffraction;

/**
 * The one exception for a powder pattern file that cannot be read: it names the file and, where
 * known, the line ("scan.xy, line 12: ..."), so the user can find and fix the problem. The
 * pattern readers of {@link PowderPatternIO} throw nothing else for bad input.
 */
public class PatternException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;

    /** @param line 1-based line number, or 0 when no line applies */
    public PatternException(String source, int line, String problem) {
        this(source, line, problem, null);
    }

    public PatternException(String source, int line, String problem, Throwable cause) {
        super(format(source, line, problem), cause);
        this.source = source;
        this.line = line;
    }

    private static String format(String source, int line, String problem) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file (or other source) the problem is in. */
    public String source() {
        return source;
    }

    /** 1-based line number, 0 when unknown. */
    public int line() {
        return line;
    }
}
