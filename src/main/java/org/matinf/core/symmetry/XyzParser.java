package org.matinf.core.symmetry;

/**
 * Parses the "x,y,z" notation of symmetry operations. Each of the three expressions is a sum of terms;
 * a term is an optional sign, an optional number (integer, decimal or fraction, optionally followed by
 * '*') and an optional coordinate letter. Examples: {@code x}, {@code -x+1/2}, {@code 1/2+x},
 * {@code x-y}, {@code +0.5-z}, {@code 2x}.
 */
final class XyzParser {
    private final String text;
    private final String expr;
    private int pos;

    private XyzParser(String text, String expr) {
        this.text = text;
        this.expr = expr;
    }

    static SymmetryOperation parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Symmetry operation is missing");
        }
        String clean = text.strip();
        if (clean.length() >= 2 && (clean.charAt(0) == '\'' || clean.charAt(0) == '"')
                && clean.charAt(clean.length() - 1) == clean.charAt(0)) {
            clean = clean.substring(1, clean.length() - 1);
        }
        String[] parts = clean.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT).split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Symmetry operation '" + text + "' must have three parts separated by"
                    + " commas, like 'x, y, z' (it has " + parts.length + ")");
        }
        double[][] rot = new double[3][3];
        double[] trans = new double[3];
        for (int i = 0; i < 3; i++) {
            new XyzParser(text, parts[i]).parseExpression(rot[i], trans, i);
        }
        try {
            return new SymmetryOperation(rot, trans);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("Symmetry operation '" + text + "' is not a valid operation: "
                    + "its rotation part is not invertible with determinant ±1");
        }
    }

    private void parseExpression(double[] row, double[] trans, int i) {
        if (expr.isEmpty()) {
            throw error("an empty part");
        }
        boolean any = false;
        while (pos < expr.length()) {
            double sign = 1;
            char c = expr.charAt(pos);
            if (c == '+' || c == '-') {
                sign = c == '-' ? -1 : 1;
                pos++;
            } else if (any) {
                throw error("'" + c + "' where '+' or '-' was expected");
            }
            double factor = Double.NaN;
            if (pos < expr.length() && (Character.isDigit(expr.charAt(pos)) || expr.charAt(pos) == '.')) {
                factor = number();
                if (pos < expr.length() && expr.charAt(pos) == '/') {
                    pos++;
                    double den = number();
                    if (den == 0) {
                        throw error("a division by zero");
                    }
                    factor /= den;
                }
                if (pos < expr.length() && expr.charAt(pos) == '*') {
                    pos++;
                }
            }
            if (pos < expr.length() && expr.charAt(pos) >= 'x' && expr.charAt(pos) <= 'z') {
                row[expr.charAt(pos) - 'x'] += sign * (Double.isNaN(factor) ? 1 : factor);
                pos++;
            } else if (!Double.isNaN(factor)) {
                trans[i] += sign * factor;
            } else {
                throw error(pos < expr.length() ? "unexpected '" + expr.charAt(pos) + "'" : "a sign with nothing after it");
            }
            any = true;
        }
    }

    private double number() {
        int start = pos;
        while (pos < expr.length() && (Character.isDigit(expr.charAt(pos)) || expr.charAt(pos) == '.')) {
            pos++;
        }
        String s = expr.substring(start, pos);
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException ex) {
            throw error(s.isEmpty() ? "a missing number" : "the bad number '" + s + "'");
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("Cannot read symmetry operation '" + text + "': " + problem + " in '"
                + expr + "'");
    }
}
