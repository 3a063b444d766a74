package org.matinf.core.structure;

/**
 * The one exception for a structure that cannot be read or built: it names the source (file
 * name or "formula") and, where known, the line, so the user can find and fix the problem.
 * Readers throw nothing else for bad input.
 */
public class StructureException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;

    /** @param line 1-based line number, or 0 when no line applies */
    public StructureException(String source, int line, String problem) {
        this(source, line, problem, null);
    }

    public StructureException(String source, int line, String problem, Throwable cause) {
        super(format(source, line, problem), cause);
        this.source = source;
        this.line = line;
    }

    private static String format(String source, int line, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "<input>" : source);
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
