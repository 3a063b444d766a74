package org.matinf.core;

/**
 * A problem with a user's input file that names the file and, where known, the line
 * ("x.cif, line 42: unknown element 'Xx'"), so the user can find and fix it. Each reader family
 * has its own subclass (structures, powder patterns); callers that only report can catch this.
 */
public abstract class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;

    /** @param line 1-based line number, or 0 when no line applies */
    protected InputException(String source, int line, String problem, Throwable cause) {
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
