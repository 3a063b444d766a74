package org.matinf.core.descriptors;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numeric properties of the elements from one source (Magpie, Oliynyk, pymatgen), indexed by
 * atomic number 1..118. Unknown values are imputed as matminer does ({@code impute_nan=True}):
 * the mean of the property over the elements that have a value.
 */
public final class ElementPropertyTable {
    /** Highest atomic number a table covers. */
    public static final int MAX_Z = 118;

    private final String source;
    private final Map<String, double[]> values;

    /**
     * @param source short name of the data source ("magpie", "oliynyk", "pymatgen")
     * @param raw property name to values indexed by Z (index 0 unused; NaN where unknown); imputed here
     */
    ElementPropertyTable(String source, Map<String, double[]> raw) {
        this.source = source;
        this.values = new LinkedHashMap<>();
        raw.forEach((name, v) -> values.put(name, imputed(name, v)));
    }

    private double[] imputed(String name, double[] raw) {
        if (raw.length != MAX_Z + 1) {
            throw new IllegalArgumentException(source + " " + name + ": " + raw.length + " values, need " + (MAX_Z + 1));
        }
        double sum = 0;
        int n = 0;
        for (int z = 1; z <= MAX_Z; z++) {
            if (!Double.isNaN(raw[z])) {
                sum += raw[z];
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException(source + " " + name + ": no element has a value");
        }
        double mean = sum / n;
        double[] out = raw.clone();
        out[0] = Double.NaN;
        for (int z = 1; z <= MAX_Z; z++) {
            if (Double.isNaN(out[z])) {
                out[z] = mean;
            }
        }
        return out;
    }

    /** The data source's short name. */
    public String source() {
        return source;
    }

    /** Property names in table order. */
    public List<String> properties() {
        return List.copyOf(values.keySet());
    }

    /** The (imputed) value of a property for atomic number z (1..118). */
    public double value(String property, int z) {
        return column(property)[z];
    }

    /** Values of a property indexed by Z (index 0 is NaN); do not modify. */
    double[] column(String property) {
        double[] v = values.get(property);
        if (v == null) {
            throw new IllegalArgumentException("no property '" + property + "' in the " + source + " data (have "
                    + String.join(", ", values.keySet()) + ")");
        }
        return v;
    }

    @Override
    public String toString() {
        return source + " element data " + Arrays.toString(values.keySet().toArray());
    }
}
