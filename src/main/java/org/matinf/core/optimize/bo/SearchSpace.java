package org.matinf.core.optimize.bo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A space of experiments to choose from: continuous variables within bounds and categorical
 * variables (a mixed space when both occur), optionally restricted by linear constraints.
 * A point holds one value per parameter in order, a categorical one as its level's index. The
 * surrogate model sees the encoding: continuous values scaled to [0, 1], categoricals one-hot.
 */
public final class SearchSpace {
    /** Random draws used to check that the constraints leave some feasible point. */
    static final int FEASIBILITY_DRAWS = 20000;
    private final List<Parameter> parameters;
    private final List<LinearConstraint> constraints;

    /**
     * @throws IllegalArgumentException if there is no parameter, two share a name, or no point
     *     satisfies the constraints (checked on {@value #FEASIBILITY_DRAWS} random points and the corners)
     */
    public SearchSpace(List<Parameter> parameters, List<LinearConstraint> constraints) {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("the search space has no parameter");
        }
        this.parameters = List.copyOf(parameters);
        this.constraints = List.copyOf(constraints);
        if (parameters.stream().map(Parameter::name).distinct().count() != parameters.size()) {
            throw new IllegalArgumentException("two parameters of the search space have the same name");
        }
        if (!constraints.isEmpty() && !hasFeasiblePoint()) {
            throw new IllegalArgumentException("infeasible search space: no point within the bounds satisfies "
                    + String.join(" and ", constraints.stream().map(LinearConstraint::text).toList()));
        }
    }

    /**
     * Reads parameters written as {@code name:low:high} (continuous) or {@code name:{a|b|c}} (categorical),
     * separated by commas, and constraints separated by semicolons.
     */
    public static SearchSpace parse(String parameters, String constraints) {
        List<Parameter> ps = new ArrayList<>();
        for (String item : splitTop(parameters == null ? "" : parameters)) {
            ps.add(parseParameter(item));
        }
        List<LinearConstraint> cs = new ArrayList<>();
        if (constraints != null) {
            for (String c : constraints.split(";")) {
                if (!c.isBlank()) {
                    cs.add(LinearConstraint.parse(c, ps));
                }
            }
        }
        return new SearchSpace(ps, cs);
    }

    private static List<String> splitTop(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ',';
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                String item = text.substring(start, i).trim();
                if (!item.isEmpty()) {
                    out.add(item);
                }
                start = i + 1;
            }
        }
        if (depth > 0) {
            throw new IllegalArgumentException("parameter '" + text.substring(start).trim() + "': no closing } after the levels");
        }
        return out;
    }

    private static Parameter parseParameter(String item) {
        int colon = item.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("parameter '" + item + "': write name:low:high or name:{a|b|c}");
        }
        String name = item.substring(0, colon).trim();
        String rest = item.substring(colon + 1).trim();
        if (rest.startsWith("{") && rest.endsWith("}")) {
            List<String> levels = new ArrayList<>();
            for (String l : rest.substring(1, rest.length() - 1).split("[|,]")) {
                levels.add(l.trim());
            }
            return new Parameter.Categorical(name, levels);
        }
        String[] b = rest.split(":");
        if (b.length != 2) {
            throw new IllegalArgumentException("parameter '" + item + "': write name:low:high or name:{a|b|c}");
        }
        try {
            return new Parameter.Continuous(name, Double.parseDouble(b[0].trim()), Double.parseDouble(b[1].trim()));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("parameter '" + item + "': the bounds must be numbers");
        }
    }

    /** The parameters in order. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The constraints. */
    public List<LinearConstraint> constraints() {
        return constraints;
    }

    /** Number of encoded columns. */
    public int encodedWidth() {
        return parameters.stream().mapToInt(Parameter::width).sum();
    }

    /** Whether the space has categorical variables. */
    public boolean mixed() {
        return parameters.stream().anyMatch(p -> p instanceof Parameter.Categorical);
    }

    /** The encoded vector of a point. */
    public double[] encode(double[] point) {
        double[] e = new double[encodedWidth()];
        int at = 0;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p instanceof Parameter.Continuous c) {
                e[at] = c.encode(point[i]);
            } else {
                e[at + (int) point[i]] = 1;
            }
            at += p.width();
        }
        return e;
    }

    /** The point of an encoded vector (a categorical takes its largest one-hot entry). */
    public double[] decode(double[] encoded) {
        double[] point = new double[parameters.size()];
        int at = 0;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p instanceof Parameter.Continuous c) {
                point[i] = c.decode(Math.min(1, Math.max(0, encoded[at])));
            } else {
                int best = 0;
                for (int l = 1; l < p.width(); l++) {
                    if (encoded[at + l] > encoded[at + best]) {
                        best = l;
                    }
                }
                point[i] = best;
            }
            at += p.width();
        }
        return point;
    }

    /** Continuous values by name (for the constraints). */
    Map<String, Double> continuousValues(double[] point) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) instanceof Parameter.Continuous) {
                m.put(parameters.get(i).name(), point[i]);
            }
        }
        return m;
    }

    /** Whether a point is within the bounds, has valid levels and satisfies every constraint. */
    public boolean feasible(double[] point) {
        if (point.length != parameters.size()) {
            return false;
        }
        for (int i = 0; i < point.length; i++) {
            Parameter p = parameters.get(i);
            if (p instanceof Parameter.Continuous c) {
                if (!(point[i] >= c.low() && point[i] <= c.high())) {
                    return false;
                }
            } else if (point[i] != Math.rint(point[i]) || point[i] < 0 || point[i] >= p.width()) {
                return false;
            }
        }
        Map<String, Double> v = continuousValues(point);
        return constraints.stream().allMatch(c -> c.satisfied(v));
    }

    /** A uniformly random point within the bounds (not checked against the constraints). */
    double[] randomPoint(Random random) {
        double[] point = new double[parameters.size()];
        for (int i = 0; i < point.length; i++) {
            Parameter p = parameters.get(i);
            point[i] = p instanceof Parameter.Continuous c ? c.low() + random.nextDouble() * (c.high() - c.low())
                    : random.nextInt(p.width());
        }
        return point;
    }

    /**
     * Up to {@code count} random feasible points (rejection sampling; fewer when the constraints
     * leave only a sliver of the box).
     */
    public List<double[]> randomFeasible(int count, Random random) {
        List<double[]> out = new ArrayList<>();
        for (int tries = 0; out.size() < count && tries < 50L * count + FEASIBILITY_DRAWS; tries++) {
            double[] p = randomPoint(random);
            if (feasible(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private boolean hasFeasiblePoint() {
        Random random = new Random(1);
        for (int i = 0; i < FEASIBILITY_DRAWS; i++) {
            if (feasible(randomPoint(random))) {
                return true;
            }
        }
        int n = parameters.size();
        if (n > 16) {
            return false;
        }
        for (int mask = 0; mask < (1 << n); mask++) {
            double[] corner = new double[n];
            for (int i = 0; i < n; i++) {
                Parameter p = parameters.get(i);
                boolean hi = (mask & (1 << i)) != 0;
                corner[i] = p instanceof Parameter.Continuous c ? (hi ? c.high() : c.low()) : (hi ? p.width() - 1 : 0);
            }
            if (feasible(corner)) {
                return true;
            }
        }
        return false;
    }

    /** A point's values by parameter name: numbers for continuous variables, level names for categoricals. */
    public Map<String, Object> describe(double[] point) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            m.put(p.name(), p instanceof Parameter.Categorical c ? c.levels().get((int) point[i]) : point[i]);
        }
        return m;
    }

    /**
     * The point of values by name (numbers or level names, as {@link #describe} gives them).
     *
     * @param where names the source in messages (e.g. "results.csv, line 4")
     */
    public double[] point(Map<String, ?> values, String where) {
        double[] point = new double[parameters.size()];
        for (int i = 0; i < point.length; i++) {
            Parameter p = parameters.get(i);
            Object v = values.get(p.name());
            if (v == null || (v instanceof String s && s.isBlank())) {
                throw new IllegalArgumentException(where + ": no value for " + p.name());
            }
            if (p instanceof Parameter.Categorical c) {
                try {
                    point[i] = c.index(v.toString());
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(where + ": " + ex.getMessage());
                }
            } else {
                double d;
                try {
                    d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException(where + ": " + p.name() + " is not a number: '" + v + "'");
                }
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException(where + ": " + p.name() + " is " + (Double.isNaN(d) ? "missing (NaN)" : "not finite"));
                }
                point[i] = d;
            }
        }
        return point;
    }
}
