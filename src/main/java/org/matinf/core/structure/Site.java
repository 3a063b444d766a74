package org.matinf.core.structure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;

/**
 * One site of a structure: fractional coordinates, the species on it with their occupancies
 * (partial and mixed occupancy allowed; the sum may be below 1 for vacancies), an optional label
 * ("Fe1"), an isotropic displacement parameter Biso in Å^2 (NaN if unknown; Uiso = Biso / 8π²),
 * an optional charge, and free-form properties (e.g. selective dynamics). Immutable.
 */
public final class Site {
    /** Property key for VASP selective-dynamics flags (boolean[3]). */
    public static final String SELECTIVE_DYNAMICS = "selective_dynamics";

    private final LinkedHashMap<Species, Double> species;
    private final double[] frac;
    private final String label;
    private final double biso;
    private final double charge;
    private final Map<String, Object> properties;

    public Site(Map<Species, Double> species, double[] frac, String label, double biso, double charge,
            Map<String, Object> properties) {
        if (species == null || species.isEmpty()) {
            throw new IllegalArgumentException("A site needs at least one species");
        }
        if (frac == null || frac.length != 3) {
            throw new IllegalArgumentException("A site needs three fractional coordinates");
        }
        for (double v : frac) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Site coordinate is not a finite number: " + v);
            }
        }
        for (Map.Entry<Species, Double> e : species.entrySet()) {
            double o = e.getValue();
            if (!Double.isFinite(o) || o < 0) {
                throw new IllegalArgumentException("Occupancy of " + e.getKey() + " is not a non-negative number: " + o);
            }
        }
        this.species = new LinkedHashMap<>(species);
        this.frac = frac.clone();
        this.label = label;
        this.biso = biso;
        this.charge = charge;
        this.properties = properties == null || properties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A fully occupied site of one element. */
    public static Site of(Element element, double x, double y, double z) {
        return new Site(Map.of(Species.of(element), 1.0), new double[] {x, y, z}, null, Double.NaN, Double.NaN, null);
    }

    /** A fully occupied site of one species. */
    public static Site of(Species species, double[] frac) {
        return new Site(Map.of(species, 1.0), frac, null, Double.NaN, Double.NaN, null);
    }

    /** Species and their occupancies, in the order given. */
    public Map<Species, Double> species() {
        return Collections.unmodifiableMap(species);
    }

    /** Fractional coordinates (a copy). */
    public double[] frac() {
        return frac.clone();
    }

    public double frac(int i) {
        return frac[i];
    }

    public String label() {
        return label;
    }

    /** Isotropic displacement parameter B in Å^2, NaN if unknown. */
    public double biso() {
        return biso;
    }

    /** Isotropic displacement parameter U = B / 8π² in Å^2, NaN if unknown. */
    public double uiso() {
        return biso / (8 * Math.PI * Math.PI);
    }

    /** Charge, NaN if unknown. */
    public double charge() {
        return charge;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** Sum of occupancies. */
    public double totalOccupancy() {
        double s = 0;
        for (double v : species.values()) {
            s += v;
        }
        return s;
    }

    /** True if one species fully occupies the site. */
    public boolean isOrdered() {
        return species.size() == 1 && species.values().iterator().next() == 1.0;
    }

    /** The species with the largest occupancy. */
    public Species majoritySpecies() {
        Species best = null;
        double occ = -1;
        for (Map.Entry<Species, Double> e : species.entrySet()) {
            if (e.getValue() > occ) {
                occ = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * The species string as pymatgen writes it: "Fe" for an ordered site, "Fe2+" with oxidation
     * state, and "Ba:0.500, Sr:0.500" for a disordered site.
     */
    public String speciesString() {
        if (isOrdered()) {
            return species.keySet().iterator().next().toString();
        }
        StringBuilder sb = new StringBuilder();
        species.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append(':').append(String.format(java.util.Locale.ROOT, "%.3f", e.getValue()));
        });
        return sb.toString();
    }

    /** This site moved to other fractional coordinates, everything else kept. */
    public Site withFrac(double[] newFrac) {
        return new Site(species, newFrac, label, biso, charge, properties);
    }

    public Site withLabel(String newLabel) {
        return new Site(species, frac, newLabel, biso, charge, properties);
    }

    public Site withSpecies(Map<Species, Double> newSpecies) {
        return new Site(newSpecies, frac, label, biso, charge, properties);
    }

    public Site withBiso(double newBiso) {
        return new Site(species, frac, label, newBiso, charge, properties);
    }

    public Site withProperty(String key, Object value) {
        LinkedHashMap<String, Object> p = new LinkedHashMap<>(properties);
        p.put(key, value);
        return new Site(species, frac, label, biso, charge, p);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Site)) {
            return false;
        }
        Site s = (Site) o;
        return s.species.equals(species) && java.util.Arrays.equals(s.frac, frac) && Objects.equals(s.label, label)
                && Double.compare(s.biso, biso) == 0 && Double.compare(s.charge, charge) == 0
                && propertiesEqual(s.properties, properties);
    }

    /** Map equality that compares array values (selective-dynamics flags) by content. */
    private static boolean propertiesEqual(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : a.entrySet()) {
            if (!java.util.Objects.deepEquals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(species, java.util.Arrays.hashCode(frac), label);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s [%.6f, %.6f, %.6f]%s", speciesString(), frac[0], frac[1], frac[2],
                label == null ? "" : " " + label);
    }
}
