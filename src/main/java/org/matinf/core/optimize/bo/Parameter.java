package org.matinf.core.optimize.bo;

import java.util.List;

/**
 * One experimental variable of a search space: a continuous quantity within bounds (temperature,
 * a fraction) or a categorical choice (solvent, dopant). Encoded for the surrogate model as one
 * number in [0, 1] (continuous) or a one-hot group (categorical).
 */
public sealed interface Parameter permits Parameter.Continuous, Parameter.Categorical {
    /** The variable's name (a column of the lab's CSV). */
    String name();

    /** How many encoded columns the variable takes. */
    int width();

    /**
     * A continuous variable in [low, high].
     *
     * @param name the name
     * @param low lower bound
     * @param high upper bound, above {@code low}
     */
    record Continuous(String name, double low, double high) implements Parameter {
        /** Checks the bounds. */
        public Continuous {
            Parameter.checkName(name);
            if (!Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException("parameter " + name + ": bounds must be finite numbers, got " + low + " … " + high);
            }
            if (!(high > low)) {
                throw new IllegalArgumentException("parameter " + name + ": infeasible bounds, the upper bound " + high
                        + " is not above the lower bound " + low);
            }
        }

        @Override
        public int width() {
            return 1;
        }

        /** (v − low)/(high − low). */
        public double encode(double v) {
            return (v - low) / (high - low);
        }

        /** The value at encoded position e. */
        public double decode(double e) {
            return low + e * (high - low);
        }
    }

    /**
     * A categorical variable with its levels.
     *
     * @param name the name
     * @param levels at least two distinct levels
     */
    record Categorical(String name, List<String> levels) implements Parameter {
        /** Checks the levels. */
        public Categorical {
            Parameter.checkName(name);
            levels = List.copyOf(levels);
            if (levels.size() < 2) {
                throw new IllegalArgumentException("parameter " + name + ": a categorical variable needs at least two levels, got " + levels);
            }
            if (levels.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("parameter " + name + ": an empty level in " + levels);
            }
            if (levels.stream().distinct().count() != levels.size()) {
                throw new IllegalArgumentException("parameter " + name + ": repeated level in " + levels);
            }
        }

        @Override
        public int width() {
            return levels.size();
        }

        /** Index of a level. */
        public int index(String level) {
            int i = levels.indexOf(level == null ? null : level.trim());
            if (i < 0) {
                throw new IllegalArgumentException("parameter " + name + ": '" + level + "' is not one of " + levels);
            }
            return i;
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
    }
}
