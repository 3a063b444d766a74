package org.matinf.core.environment;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.structure.NeighborList;
import org.matinf.core.structure.Structure;

/**
 * Bonds from radii: sites a and b are bonded when min_bond_distance &lt; d ≤ r_a + r_b + tolerance
 * (pymatgen's {@code JmolNN} rule, with its defaults tolerance 0.45 Å and min_bond_distance
 * 0.4 Å). The weight of a neighbour is d_short / d, where d_short is the smallest bond cut-off of
 * the central site's element with any element of the structure (as JmolNN). A partially occupied
 * or mixed site takes its majority species' radius.
 *
 * @param name the strategy's name ({@code Covalent}, {@code Jmol})
 * @param radii the radius table
 * @param tolerance added to the sum of the radii, Å, ≥ 0
 * @param minBondDistance shorter distances are not bonds, Å, ≥ 0
 */
public record CovalentNN(String name, CovalentRadii radii, double tolerance, double minBondDistance) implements NeighborStrategy {
    /** Cordero covalent radii, tolerance 0.45 Å, min_bond_distance 0.4 Å. */
    public static final CovalentNN COVALENT = new CovalentNN("Covalent", CovalentRadii.CORDERO, 0.45, 0.4);
    /** pymatgen's {@code JmolNN()}: Jmol radii, tolerance 0.45 Å, min_bond_distance 0.4 Å. */
    public static final CovalentNN JMOL = new CovalentNN("Jmol", CovalentRadii.JMOL, 0.45, 0.4);

    /** Checks the values. */
    public CovalentNN {
        if (name == null || radii == null) {
            throw new IllegalArgumentException("a covalent bonding strategy needs a name and a radius table");
        }
        if (!(tolerance >= 0) || !(minBondDistance >= 0) || Double.isInfinite(tolerance) || Double.isInfinite(minBondDistance)) {
            throw new IllegalArgumentException("tolerance and min_bond_distance must be distances ≥ 0, got " + tolerance
                    + " and " + minBondDistance);
        }
    }

    @Override
    public List<CoordinatedNeighbor> neighbors(Structure structure, int site) {
        double[] r = siteRadii(structure);
        return shell(structure, structure.neighbors(searchRadius(r)), r, site);
    }

    @Override
    public List<List<CoordinatedNeighbor>> allNeighbors(Structure structure) {
        double[] r = siteRadii(structure);
        List<List<CoordinatedNeighbor>> out = new ArrayList<>();
        if (structure.numSites() == 0) {
            return out;
        }
        NeighborList all = structure.neighbors(searchRadius(r));
        for (int i = 0; i < structure.numSites(); i++) {
            out.add(shell(structure, all, r, i));
        }
        return out;
    }

    /** The bond cut-off between two sites of a structure, Å: r_a + r_b + tolerance. */
    public double cutoff(Structure structure, int a, int b) {
        return radii.radius(structure.site(a)) + radii.radius(structure.site(b)) + tolerance;
    }

    private double[] siteRadii(Structure s) {
        double[] r = new double[s.numSites()];
        for (int i = 0; i < r.length; i++) {
            r[i] = radii.radius(s.site(i));
        }
        return r;
    }

    private double searchRadius(double[] r) {
        double max = 0;
        for (double x : r) {
            max = Math.max(max, x);
        }
        return 2 * max + tolerance + 1e-6;
    }

    private List<CoordinatedNeighbor> shell(Structure s, NeighborList all, double[] r, int site) {
        double smallest = Double.POSITIVE_INFINITY;
        for (double x : r) {
            smallest = Math.min(smallest, r[site] + x + tolerance);
        }
        List<CoordinatedNeighbor> out = new ArrayList<>();
        for (NeighborList.Neighbor n : all.of(site)) {
            double d = n.distance();
            if (d <= r[site] + r[n.index()] + tolerance && d > minBondDistance) {
                out.add(new CoordinatedNeighbor(n.index(), n.image(), d, smallest / d, Positions.of(s, n.index(), n.image())));
            }
        }
        return out;
    }
}
