package org.matinf.core.optimize.bo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A known constraint on continuous variables, Σ c_i·x_i ≤ b (or ≥ b), written as text such as
 * {@code x + 2*y <= 1.5} or {@code Ti + Zr >= 0.2}.
 *
 * @param coefficients coefficient by variable name
 * @param bound b
 * @param atMost true for ≤, false for ≥
 * @param text the constraint as written
 */
public record LinearConstraint(Map<String, Double> coefficients, double bound, boolean atMost, String text) {
    private static final Pattern TERM = Pattern.compile("([+-]?)\\s*(?:(\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)\\s*\\*?\\s*)?([A-Za-z_][A-Za-z0-9_]*)");

    /** Copies the coefficients, keeping their order (so sums are formed in the same order on every run). */
    public LinearConstraint {
        coefficients = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
    }

    /**
     * Parses {@code a*x + b*y - z <= c} (or {@code >=}); names must be continuous variables of the space.
     *
     * @throws IllegalArgumentException naming the constraint when it cannot be read
     */
    public static LinearConstraint parse(String text, List<Parameter> parameters) {
        String t = text == null ? "" : text.trim();
        int le = t.indexOf("<=");
        int ge = t.indexOf(">=");
        if ((le < 0) == (ge < 0)) {
            throw new IllegalArgumentException("constraint '" + text + "': write it as  a*x + b*y <= c  (or >= c)");
        }
        int at = le >= 0 ? le : ge;
        String left = t.substring(0, at).trim();
        double bound;
        try {
            bound = Double.parseDouble(t.substring(at + 2).trim());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("constraint '" + text + "': the right-hand side must be a number");
        }
        Map<String, Double> c = new LinkedHashMap<>();
        Matcher m = TERM.matcher(left);
        int pos = 0;
        while (pos < left.length()) {
            if (!m.find(pos) || !left.substring(pos, m.start()).isBlank() || (pos > 0 && m.group(1).isEmpty())) {
                throw new IllegalArgumentException("constraint '" + text + "': cannot read '" + left.substring(pos).trim() + "'");
            }
            String name = m.group(3);
            Parameter p = parameters.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("constraint '" + text + "': no variable named " + name));
            if (!(p instanceof Parameter.Continuous)) {
                throw new IllegalArgumentException("constraint '" + text + "': " + name + " is categorical; constraints take continuous variables");
            }
            double v = m.group(2) == null ? 1 : Double.parseDouble(m.group(2));
            c.merge(name, m.group(1).equals("-") ? -v : v, Double::sum);
            pos = m.end();
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("constraint '" + text + "': no variable on the left-hand side");
        }
        return new LinearConstraint(c, bound, le >= 0, t);
    }

    /** Whether values (by variable name) satisfy the constraint (within 10⁻⁹ of the bound's scale). */
    public boolean satisfied(Map<String, Double> values) {
        return slack(values) >= -1e-9 * Math.max(1, Math.abs(bound));
    }

    /** How far inside the constraint the values are (negative = violated). */
    public double slack(Map<String, Double> values) {
        double s = 0;
        for (Map.Entry<String, Double> e : coefficients.entrySet()) {
            s += e.getValue() * values.get(e.getKey());
        }
        return atMost ? bound - s : s - bound;
    }

    @Override
    public String toString() {
        return text;
    }
}
