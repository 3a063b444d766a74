package org.matinf.core.environment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One local structure order parameter: a {@link OrderParameterType} with its parameters (pymatgen's
 * defaults unless changed with {@link #with}). {@link #value} scores how closely a site's
 * neighbours form the ideal shape: 1 for the ideal shape, less for others.
 *
 * @param type the kind of order parameter
 * @param parameters the parameters by pymatgen's names (see {@link OrderParameterType})
 */
public record OrderParameter(OrderParameterType type, Map<String, Double> parameters) {

    /** Copies the parameters. */
    public OrderParameter {
        parameters = Map.copyOf(parameters);
    }

    /** The order parameter with pymatgen's default parameters. */
    public static OrderParameter of(OrderParameterType type) {
        return new OrderParameter(type, type.defaults());
    }

    /** The same order parameter with one parameter set to a value. */
    public OrderParameter with(String name, double value) {
        Map<String, Double> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new OrderParameter(type, p);
    }

    /** A parameter's value. */
    double get(String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalStateException(type.key() + " needs the parameter " + name);
        }
        return v;
    }

    /**
     * The order parameter of an atom at {@code center} whose neighbours are at the given Cartesian
     * positions (Å; periodic images already chosen), as pymatgen's
     * {@code LocalStructOrderParams([type]).get_order_parameters} with explicit neighbours; NaN where
     * pymatgen gives None (too few neighbours for an angle-based parameter).
     */
    public double value(double[] center, List<double[]> neighbors) {
        return OrderParameterCalculator.value(this, center, neighbors);
    }
}
