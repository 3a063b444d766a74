package org.matinf.core.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;
import org.matinf.core.progress.ProgressListener;

/**
 * A crystal structure (a lattice and the sites in it) or, when not periodic, a molecule placed in
 * a box. Immutable; operations return new structures.
 */
public final class Structure {
    /** g/cm^3 per amu/Å^3 (atomic mass constant, CODATA 2018, times 1e24). */
    public static final double AMU_PER_A3_TO_G_PER_CM3 = 1.66053906660;

    private final Lattice lattice;
    private final List<Site> sites;
    private final boolean periodic;
    private final String title;

    public Structure(Lattice lattice, List<Site> sites, boolean periodic, String title) {
        if (lattice == null) {
            throw new IllegalArgumentException("A structure needs a lattice");
        }
        this.lattice = lattice;
        this.sites = List.copyOf(sites);
        this.periodic = periodic;
        this.title = title == null ? "" : title;
    }

    /** A periodic structure. */
    public Structure(Lattice lattice, List<Site> sites) {
        this(lattice, sites, true, "");
    }

    public Lattice lattice() {
        return lattice;
    }

    public List<Site> sites() {
        return sites;
    }

    public Site site(int i) {
        return sites.get(i);
    }

    public int numSites() {
        return sites.size();
    }

    /** False for a molecule read from plain XYZ: the lattice is only a bounding box. */
    public boolean isPeriodic() {
        return periodic;
    }

    public String title() {
        return title;
    }

    public Structure withTitle(String newTitle) {
        return new Structure(lattice, sites, periodic, newTitle);
    }

    public Structure withSites(List<Site> newSites) {
        return new Structure(lattice, newSites, periodic, title);
    }

    /** Composition summed over sites, weighted by occupancy, in the order species first appear. */
    public Composition composition() {
        Map<Element, Double> m = new LinkedHashMap<>();
        for (Site s : sites) {
            for (Map.Entry<Species, Double> e : s.species().entrySet()) {
                m.merge(e.getKey().element(), e.getValue(), Double::sum);
            }
        }
        return new Composition(m);
    }

    /** pymatgen's full formula, e.g. "Li4 Fe4 P4 O16". */
    public String formula() {
        return composition().formula();
    }

    /** pymatgen's reduced formula, e.g. "LiFePO4". */
    public String reducedFormula() {
        return composition().reducedFormula();
    }

    public double volume() {
        return lattice.volume();
    }

    /** Density in g/cm^3 (occupancy-weighted mass over cell volume). */
    public double density() {
        return composition().weight() * AMU_PER_A3_TO_G_PER_CM3 / lattice.volume();
    }

    /** Volume per site in Å^3 (matminer's DensityFeatures "vpa" convention). */
    public double volumePerSite() {
        return lattice.volume() / sites.size();
    }

    /** Volume per atom in Å^3, counting partial occupancies. */
    public double volumePerAtom() {
        return lattice.volume() / composition().numAtoms();
    }

    /** True if every site is fully occupied by one species. */
    public boolean isOrdered() {
        for (Site s : sites) {
            if (!s.isOrdered()) {
                return false;
            }
        }
        return true;
    }

    /** Cartesian coordinates of site i in Å. */
    public double[] cartesian(int i) {
        return lattice.toCartesian(sites.get(i).frac());
    }

    /** Cartesian coordinates of all sites, n x 3. */
    public double[][] cartesianCoordinates() {
        double[][] out = new double[sites.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = cartesian(i);
        }
        return out;
    }

    /** Shortest distance between sites i and j over periodic images (plain distance if not periodic). */
    public double distance(int i, int j) {
        double[] fi = sites.get(i).frac();
        double[] fj = sites.get(j).frac();
        if (!periodic) {
            return Vec3.distance(lattice.toCartesian(fi), lattice.toCartesian(fj));
        }
        double[] d = new double[3];
        for (int k = 0; k < 3; k++) {
            d[k] = fj[k] - fi[k] - Math.rint(fj[k] - fi[k]);
        }
        double best = Double.POSITIVE_INFINITY;
        double[] cart = new double[3];
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                for (int c = -1; c <= 1; c++) {
                    lattice.toCartesian(d[0] + a, d[1] + b, d[2] + c, cart);
                    best = Math.min(best, Vec3.norm(cart));
                }
            }
        }
        return best;
    }

    /** Sites with fractional coordinates wrapped into [0, 1). */
    public Structure wrapped() {
        List<Site> out = new ArrayList<>(sites.size());
        for (Site s : sites) {
            double[] f = s.frac();
            for (int k = 0; k < 3; k++) {
                f[k] = wrap(f[k]);
            }
            out.add(s.withFrac(f));
        }
        return withSites(out);
    }

    /** Wraps a fractional coordinate into [0, 1), mapping values within 1e-12 of 1 to 0. */
    public static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1 - 1e-12 ? 0.0 : w;
    }

    /** All neighbours within {@code radius} Å of every site; see {@link NeighborSearch}. */
    public NeighborList neighbors(double radius) {
        return NeighborSearch.search(this, radius);
    }

    /** The supercell given by an integer 3x3 matrix (rows: new vectors in terms of old ones). */
    public Structure supercell(int[][] matrix) {
        return Supercell.make(this, matrix, ProgressListener.NONE);
    }

    /**
     * The supercell given by an integer 3x3 matrix, reporting progress to {@code listener} and
     * stopping with {@link org.matinf.core.progress.CancelledException} when it says so.
     */
    public Structure supercell(int[][] matrix, ProgressListener listener) {
        return Supercell.make(this, matrix, listener);
    }

    /** The supercell na x nb x nc. */
    public Structure supercell(int na, int nb, int nc) {
        return supercell(new int[][] {{na, 0, 0}, {0, nb, 0}, {0, 0, nc}});
    }

    /** Distinct species in the order first met. */
    public List<Species> species() {
        LinkedHashMap<Species, Boolean> m = new LinkedHashMap<>();
        for (Site s : sites) {
            for (Species sp : s.species().keySet()) {
                m.put(sp, Boolean.TRUE);
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(m.keySet()));
    }

    @Override
    public String toString() {
        return "Structure " + reducedFormula() + " (" + sites.size() + " sites) " + lattice;
    }
}
