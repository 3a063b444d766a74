package org.matinf.core.diffraction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.matinf.core.BundledData;
import org.matinf.core.element.Element;

/**
 * Bound coherent neutron scattering lengths b of the elements in their natural isotopic
 * composition (V. F. Sears, International Tables for Crystallography Vol. C, Table 4.4.4.1), in
 * femtometres (fm = 10⁻¹⁵ m). D and T have their own rows. A few strong absorbers (B, Cd, In, Sm,
 * Eu, Gd, Dy) have an imaginary part; it enters the structure factor as given.
 */
public final class NeutronScatteringLengths {
    /** Per element symbol: {Re b, Im b} in fm. */
    private static final Map<String, double[]> TABLE = load();

    private NeutronScatteringLengths() {
    }

    /** True if the table has a scattering length for the element. */
    public static boolean has(Element element) {
        return TABLE.containsKey(element.symbol());
    }

    /** Real part of b (fm); throws if the element is not in the table. */
    public static double real(Element element) {
        return lookup(element)[0];
    }

    /** Imaginary part of b (fm), zero for all but a few absorbers; throws if the element is not in the table. */
    public static double imaginary(Element element) {
        return lookup(element)[1];
    }

    private static double[] lookup(Element element) {
        double[] b = TABLE.get(element.symbol());
        if (b == null) {
            throw new IllegalArgumentException("no neutron scattering length for " + element.symbol()
                    + " in the Sears table");
        }
        return b;
    }

    private static Map<String, double[]> load() {
        Map<String, double[]> map = new LinkedHashMap<>();
        for (String[] f : BundledData.csvRows(NeutronScatteringLengths.class, "neutron_scattering_lengths.csv")) {
            map.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        return Collections.unmodifiableMap(map);
    }
}
