package org.matinf.core.diffraction;

import java.util.Arrays;

/**
 * The whitespace-separated numbers of a block of text (an XRDML list of intensities or
 * positions), each with the line it is on, counted from the line the block starts on.
 */
final class ScanTokens {
    private final double[] values;
    private final int[] lines;

    private ScanTokens(double[] values, int[] lines) {
        this.values = values;
        this.lines = lines;
    }

    /**
     * @param firstLine the line the text starts on
     * @param what names a value in error messages
     * @throws PatternException naming the line of a token that is not a finite number
     */
    static ScanTokens of(String text, int firstLine, String source, String what) {
        double[] v = new double[16];
        int[] l = new int[16];
        int n = 0;
        int line = firstLine;
        int i = 0;
        int len = text.length();
        while (i < len) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' || c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n')) {
                    line++;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < len && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String token = text.substring(start, i);
            if (!ScanText.isNumber(token)) {
                throw new PatternException(source, line, what + " '" + ScanText.abbreviate(token) + "' is not a number");
            }
            double d = ScanText.parse(token);
            if (!Double.isFinite(d)) {
                throw new PatternException(source, line, what + " '" + ScanText.abbreviate(token) + "' is out of range");
            }
            if (n == v.length) {
                v = Arrays.copyOf(v, 2 * n);
                l = Arrays.copyOf(l, 2 * n);
            }
            v[n] = d;
            l[n] = line;
            n++;
        }
        return new ScanTokens(Arrays.copyOf(v, n), Arrays.copyOf(l, n));
    }

    int size() {
        return values.length;
    }

    double value(int i) {
        return values[i];
    }

    double[] values() {
        return values.clone();
    }

    /** The line of each value. */
    int[] lines() {
        return lines.clone();
    }
}
