package org.matinf.core.structure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;

/**
 * Parses chemical formulas as people write them: {@code Fe2O3}, {@code Li2Fe(PO4)},
 * {@code Ba0.5Sr0.5TiO3}, {@code CuSO4·5H2O} or {@code CuSO4*5H2O} (hydrates and adducts, the
 * leading number multiplies the part after the dot), {@code (CH3NH3)PbI3}, {@code K4[Fe(CN)6]}.
 * Round, square and curly brackets nest. Errors say what is wrong and where.
 */
public final class FormulaParser {
    private final String text;
    private int pos;

    private FormulaParser(String text) {
        this.text = text;
    }

    /** Parses {@code formula}; throws {@link IllegalArgumentException} naming the position of a problem. */
    public static Composition parse(String formula) {
        if (formula == null || formula.isBlank()) {
            throw new IllegalArgumentException("Empty formula");
        }
        FormulaParser p = new FormulaParser(formula.strip());
        Map<Element, Double> total = new LinkedHashMap<>();
        boolean first = true;
        while (true) {
            double mult = 1;
            if (!first) {
                p.skipSpaces();
                double m = p.number();
                if (!Double.isNaN(m)) {
                    mult = m;
                }
            }
            Map<Element, Double> part = p.sequence();
            if (part.isEmpty()) {
                throw p.error("expected an element symbol or '('");
            }
            for (Map.Entry<Element, Double> e : part.entrySet()) {
                total.merge(e.getKey(), e.getValue() * mult, Double::sum);
            }
            first = false;
            p.skipSpaces();
            if (p.pos >= p.text.length()) {
                break;
            }
            if (!p.adductSeparator()) {
                throw p.error("unexpected character '" + p.text.charAt(p.pos) + "'");
            }
        }
        return new Composition(total);
    }

    private boolean adductSeparator() {
        char c = text.charAt(pos);
        if (c == '·' || c == '*' || c == '•' || c == '⋅' || c == '∙' || c == '+') {
            pos++;
            return true;
        }
        return false;
    }

    private Map<Element, Double> sequence() {
        Map<Element, Double> out = new LinkedHashMap<>();
        while (pos < text.length()) {
            skipSpaces();
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            Map<Element, Double> group;
            if (c == '(' || c == '[' || c == '{') {
                char close = c == '(' ? ')' : c == '[' ? ']' : '}';
                int open = pos;
                pos++;
                group = sequence();
                if (pos >= text.length() || text.charAt(pos) != close) {
                    pos = open;
                    throw error("unclosed '" + c + "'");
                }
                if (group.isEmpty()) {
                    pos = open;
                    throw error("empty brackets");
                }
                pos++;
            } else if (Character.isUpperCase(c)) {
                group = new LinkedHashMap<>();
                group.put(symbol(), 1.0);
            } else {
                break;
            }
            double n = number();
            double mult = Double.isNaN(n) ? 1 : n;
            for (Map.Entry<Element, Double> e : group.entrySet()) {
                out.merge(e.getKey(), e.getValue() * mult, Double::sum);
            }
        }
        return out;
    }

    private Element symbol() {
        int start = pos;
        pos++;
        if (pos < text.length() && Character.isLowerCase(text.charAt(pos))) {
            String two = text.substring(start, pos + 1);
            if (PeriodicTable.isSymbol(two)) {
                pos++;
                return PeriodicTable.bySymbol(two);
            }
        }
        String one = text.substring(start, pos);
        if (!PeriodicTable.isSymbol(one)) {
            pos = start;
            int end = start + 1;
            while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
                end++;
            }
            throw error("unknown element '" + text.substring(start, end) + "'");
        }
        return PeriodicTable.bySymbol(one);
    }

    /** Reads an unsigned decimal number, or returns NaN when none is here. */
    private double number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (start == pos) {
            return Double.NaN;
        }
        String s = text.substring(start, pos);
        try {
            double v = Double.parseDouble(s);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException ex) {
            pos = start;
            throw error("bad number '" + s + "'");
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Cannot parse formula '" + text + "' at character " + (pos + 1)
                + ": " + what);
    }
}
