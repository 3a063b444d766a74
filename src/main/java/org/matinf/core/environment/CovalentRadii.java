package org.matinf.core.environment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.matinf.core.BundledData;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Site;

/**
 * A table of bonding radii by element, for bonds decided by r_a + r_b + tolerance. Two tables are
 * bundled (sources and licences in the resource files' headers):
 * <ul>
 * <li>{@link #CORDERO}: single-bond covalent radii of Cordero et al., Dalton Trans. 2008, 2832
 * (Z = 1–96), the radii of Larsen et al.'s dimensionality scoring;</li>
 * <li>{@link #JMOL}: Jmol's default bonding radii (from OpenBabel), a mix of covalent and
 * common-ion radii, as pymatgen's {@code JmolNN} and Cheon et al.'s dimensionality method use them
 * (Be 0.35, Na 0.97, Ba 1.34 Å are cation radii: metals and ionic solids come out unbonded).</li>
 * </ul>
 */
public final class CovalentRadii {
    /** Cordero et al. (2008) single-bond covalent radii, Å. */
    public static final CovalentRadii CORDERO = load("Cordero", "covalent_radii_cordero.csv");
    /** Jmol / OpenBabel default bonding radii, Å (pymatgen's {@code bonds_jmol_ob.yaml}). */
    public static final CovalentRadii JMOL = load("Jmol", "bond_radii_jmol.csv");

    private final String name;
    private final Map<String, Double> bySymbol;

    private CovalentRadii(String name, Map<String, Double> bySymbol) {
        this.name = name;
        this.bySymbol = Collections.unmodifiableMap(bySymbol);
    }

    private static CovalentRadii load(String name, String resource) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String[] row : BundledData.csvRows(CovalentRadii.class, resource)) {
            m.put(row[0], Double.parseDouble(row[1]));
        }
        return new CovalentRadii(name, m);
    }

    /** The table's name ("Cordero", "Jmol"). */
    public String name() {
        return name;
    }

    /** Whether the table has a radius for the element. */
    public boolean has(Element element) {
        return bySymbol.containsKey(element.symbol());
    }

    /**
     * The radius of an element, Å.
     *
     * @throws IllegalArgumentException when the table has none
     */
    public double radius(Element element) {
        Double r = bySymbol.get(element.symbol());
        if (r == null) {
            throw new IllegalArgumentException("the " + name + " radius table has no radius for " + element.symbol());
        }
        return r;
    }

    /**
     * The radius of a site's element: the majority species' element on a partially occupied or
     * mixed site.
     */
    public double radius(Site site) {
        return radius(site.majoritySpecies().element());
    }
}
