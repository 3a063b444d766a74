package org.matinf.core.element;

import java.util.List;
import java.util.Objects;

/**
 * A chemical element with the data MatInf needs: atomic number, mass (amu), Pauling
 * electronegativity and radii in ångström (NaN where unknown), and oxidation states.
 * Instances come from {@link PeriodicTable}; compare them with {@code ==} or equals.
 */
public final class Element implements Comparable<Element> {
    private final int z;
    private final String symbol;
    private final String name;
    private final double mass;
    private final double electronegativity;
    private final double atomicRadius;
    private final double atomicRadiusCalculated;
    private final double covalentRadius;
    private final double vdwRadius;
    private final double metallicRadius;
    private final List<Integer> commonOxidationStates;
    private final List<Integer> oxidationStates;

    Element(int z, String symbol, String name, double mass, double electronegativity, double atomicRadius,
            double atomicRadiusCalculated, double covalentRadius, double vdwRadius, double metallicRadius,
            List<Integer> commonOxidationStates, List<Integer> oxidationStates) {
        this.z = z;
        this.symbol = symbol;
        this.name = name;
        this.mass = mass;
        this.electronegativity = electronegativity;
        this.atomicRadius = atomicRadius;
        this.atomicRadiusCalculated = atomicRadiusCalculated;
        this.covalentRadius = covalentRadius;
        this.vdwRadius = vdwRadius;
        this.metallicRadius = metallicRadius;
        this.commonOxidationStates = List.copyOf(commonOxidationStates);
        this.oxidationStates = List.copyOf(oxidationStates);
    }

    /** Looks an element up by symbol (case-sensitive, e.g. "Fe"); see {@link PeriodicTable#bySymbol}. */
    public static Element of(String symbol) {
        return PeriodicTable.bySymbol(symbol);
    }

    public int z() { return z; }
    public String symbol() { return symbol; }
    public String name() { return name; }
    /** Atomic mass in amu. */
    public double mass() { return mass; }
    /** Pauling electronegativity, NaN when undefined (noble gases). */
    public double electronegativity() { return electronegativity; }
    /** Empirical atomic radius in Å (NaN if unknown). */
    public double atomicRadius() { return atomicRadius; }
    /** Calculated atomic radius in Å (NaN if unknown). */
    public double atomicRadiusCalculated() { return atomicRadiusCalculated; }
    /** Single-bond covalent radius in Å (NaN if unknown). */
    public double covalentRadius() { return covalentRadius; }
    /** Van der Waals radius in Å (NaN if unknown). */
    public double vdwRadius() { return vdwRadius; }
    /** Metallic radius in Å (NaN if unknown). */
    public double metallicRadius() { return metallicRadius; }
    public List<Integer> commonOxidationStates() { return commonOxidationStates; }
    public List<Integer> oxidationStates() { return oxidationStates; }

    /**
     * Electronegativity for ordering formulas: like pymatgen, elements without a Pauling value sort
     * after all others.
     */
    public double electronegativityForOrdering() {
        return Double.isNaN(electronegativity) ? Double.POSITIVE_INFINITY : electronegativity;
    }

    @Override
    public int compareTo(Element o) {
        int c = Integer.compare(z, o.z);
        return c != 0 ? c : symbol.compareTo(o.symbol);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Element && ((Element) o).symbol.equals(symbol);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
