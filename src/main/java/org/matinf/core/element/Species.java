package org.matinf.core.element;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An element with an optional oxidation state, as crystallographers write it: "Fe", "Fe2+",
 * "O2-", "Fe3+". The oxidation state is NaN when not given. Equality uses element and state.
 */
public final class Species implements Comparable<Species> {
    private static final Pattern SPECIES = Pattern.compile("([A-Z][a-z]?)(?:(\\d*\\.?\\d*)([+-]))?");

    private final Element element;
    private final double oxidationState;

    public Species(Element element, double oxidationState) {
        this.element = Objects.requireNonNull(element, "element");
        this.oxidationState = oxidationState;
    }

    /** A species without oxidation state. */
    public static Species of(Element element) {
        return new Species(element, Double.NaN);
    }

    /** Parses "Fe", "Fe2+", "O2-", "Na+", "Fe3.5+". Throws UnknownElementException for bad input. */
    public static Species parse(String text) {
        Matcher m = SPECIES.matcher(text.trim());
        if (!m.matches()) {
            throw new UnknownElementException(text);
        }
        Element e = PeriodicTable.bySymbol(m.group(1));
        if (m.group(3) == null) {
            return of(e);
        }
        double mag = m.group(2).isEmpty() ? 1.0 : Double.parseDouble(m.group(2));
        return new Species(e, "-".equals(m.group(3)) ? -mag : mag);
    }

    public Element element() { return element; }
    public double oxidationState() { return oxidationState; }
    public boolean hasOxidationState() { return !Double.isNaN(oxidationState); }
    public String symbol() { return element.symbol(); }

    /** As pymatgen writes species: "Fe", "Fe2+", "O2-", "Fe2.5+". */
    @Override
    public String toString() {
        if (!hasOxidationState()) {
            return element.symbol();
        }
        double a = Math.abs(oxidationState);
        String mag = a == 1.0 ? "" : a == Math.rint(a) ? Long.toString((long) a) : Double.toString(a);
        return element.symbol() + mag + (oxidationState >= 0 ? "+" : "-");
    }

    @Override
    public int compareTo(Species o) {
        int c = Double.compare(element.electronegativityForOrdering(), o.element.electronegativityForOrdering());
        if (c != 0) {
            return c;
        }
        c = element.symbol().compareTo(o.element.symbol());
        return c != 0 ? c : Double.compare(oxidationState, o.oxidationState);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Species)) {
            return false;
        }
        Species s = (Species) o;
        return s.element.equals(element) && Double.compare(s.oxidationState, oxidationState) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(element, Double.hashCode(oxidationState));
    }
}
