package org.matinf.core.dimensionality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.matinf.core.environment.CoordinatedNeighbor;
import org.matinf.core.environment.NeighborStrategy;
import org.matinf.core.structure.Structure;

/**
 * The bonded periodic graph of a structure (a "structure graph"): its sites are the vertices and a
 * bond joins site i in the home cell to site j shifted by a lattice translation. Bonds are
 * undirected: a bond i→(j, t) is also listed as j→(i, −t), and a bond found from both ends (or
 * from one end only, as a non-symmetric strategy may) is kept once. Immutable.
 */
public final class BondGraph {
    /**
     * One bond as seen from a site.
     *
     * @param to the bonded site
     * @param image the lattice translation of that site's stored fractional coordinates
     * @param length the bond length, Å
     */
    public record Bond(int to, int[] image, double length) {
    }

    private final Structure structure;
    private final String strategy;
    private final List<List<Bond>> bonds;
    private final int count;

    private BondGraph(Structure structure, String strategy, List<List<Bond>> bonds, int count) {
        this.structure = structure;
        this.strategy = strategy;
        this.bonds = bonds;
        this.count = count;
    }

    /** The graph of a structure with the bonds a neighbour strategy finds. */
    public static BondGraph of(Structure structure, NeighborStrategy strategy) {
        List<List<CoordinatedNeighbor>> shells = strategy.allNeighbors(structure);
        int n = structure.numSites();
        List<List<Bond>> bonds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            bonds.add(new ArrayList<>());
        }
        Set<List<Integer>> seen = new HashSet<>();
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (CoordinatedNeighbor nb : shells.get(i)) {
                int j = nb.index();
                int[] t = nb.image();
                if (i == j && t[0] == 0 && t[1] == 0 && t[2] == 0) {
                    continue;
                }
                if (seen.add(List.of(i, j, t[0], t[1], t[2]))) {
                    seen.add(List.of(j, i, -t[0], -t[1], -t[2]));
                    bonds.get(i).add(new Bond(j, t.clone(), nb.distance()));
                    bonds.get(j).add(new Bond(i, new int[] {-t[0], -t[1], -t[2]}, nb.distance()));
                    count++;
                }
            }
        }
        List<List<Bond>> frozen = new ArrayList<>(n);
        for (List<Bond> b : bonds) {
            frozen.add(List.copyOf(b));
        }
        return new BondGraph(structure, strategy.name(), List.copyOf(frozen), count);
    }

    /** The structure. */
    public Structure structure() {
        return structure;
    }

    /** The name of the neighbour strategy that found the bonds. */
    public String strategy() {
        return strategy;
    }

    /** Number of sites. */
    public int numSites() {
        return bonds.size();
    }

    /** Number of distinct bonds (each counted once, not once per end). */
    public int numBonds() {
        return count;
    }

    /** The bonds of a site, each pointing to the other end. */
    public List<Bond> bonds(int site) {
        return bonds.get(site);
    }

    /** Number of bonds of a site (its coordination number in this graph). */
    public int degree(int site) {
        return bonds.get(site).size();
    }
}
