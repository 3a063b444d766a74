package org.matinf.core.io;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.matinf.core.structure.StructureException;

/**
 * Reads a text file line by line for the line-based readers (POSCAR, XYZ), keeping the 1-based
 * number of the line last returned so that every error can name it. Numbers are parsed strictly:
 * plain decimal or exponent notation only (Fortran's {@code 1.0D0} accepted), never NaN, Infinity,
 * hexadecimal or Java suffixes such as {@code 1f}.
 */
final class LineCursor {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

    private final String[] lines;
    private final String source;
    private int next;

    LineCursor(String text, String source) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] all = t.split("\\R", -1);
        // a final line break ends the last line; it does not start an empty one
        this.lines = all.length > 1 && all[all.length - 1].isEmpty() ? Arrays.copyOf(all, all.length - 1) : all;
        this.source = source;
    }

    String source() {
        return source;
    }

    /** True if another line follows. */
    boolean hasNext() {
        return next < lines.length;
    }

    /** Lines not yet read. */
    int remaining() {
        return lines.length - next;
    }

    /**
     * The next line; if there is none, throws "the file ends early" naming {@code what} was expected
     * at the line after the last one.
     */
    String next(String what) {
        if (!hasNext()) {
            throw new StructureException(source, lines.length + 1, "the file ends early: expected " + what);
        }
        return lines[next++];
    }

    /** The next line without consuming it, or null at the end. */
    String peek() {
        return hasNext() ? lines[next] : null;
    }

    /** Skips blank lines; true if a non-blank line follows. */
    boolean skipBlankLines() {
        while (hasNext() && lines[next].isBlank()) {
            next++;
        }
        return hasNext();
    }

    /** 1-based number of the line last returned by {@link #next}. */
    int lineNumber() {
        return next;
    }

    /** An error at the line last read. */
    StructureException error(String problem) {
        return new StructureException(source, next, problem);
    }

    /** An error at the line last read, keeping the cause. */
    StructureException error(String problem, Throwable cause) {
        return new StructureException(source, next, problem, cause);
    }

    /** Whitespace-separated tokens of a line (none for a blank line). */
    static String[] tokens(String line) {
        String t = line.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    /** True if the token is a number in the accepted notation. */
    static boolean isNumber(String token) {
        return NUMBER.matcher(token).matches();
    }

    /** True if the token is an integer (at most 18 digits). */
    static boolean isInteger(String token) {
        return INTEGER.matcher(token).matches();
    }

    /** A finite number at the line last read; {@code what} names it in the error. */
    double number(String token, String what) {
        if (!isNumber(token)) {
            throw error(what + " is not a number: '" + abbreviate(token) + "'");
        }
        double v = Double.parseDouble(token.replace('d', 'e').replace('D', 'e'));
        if (!Double.isFinite(v)) {
            throw error(what + " is out of range: '" + abbreviate(token) + "'");
        }
        return v;
    }

    /** A non-negative integer count at the line last read. */
    int count(String token, String what) {
        if (!isInteger(token) || token.startsWith("-")) {
            throw error(what + " must be a non-negative whole number, not '" + abbreviate(token) + "'");
        }
        long v = Long.parseLong(token);
        if (v > Integer.MAX_VALUE) {
            throw error(what + " is too large: " + token);
        }
        return (int) v;
    }

    /** The token shortened for messages, so that junk input does not flood the error. */
    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
