package org.matinf.core.environment;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.structure.NeighborList;
import org.matinf.core.structure.Structure;

/**
 * The atoms within (1 + tolerance) times the shortest distance from a site, within a cut-off
 * (pymatgen's {@code MinimumDistanceNN} with its defaults: tolerance 0.1, cut-off 10 Å); weights
 * d_min / d.
 *
 * @param tolerance relative tolerance on the shortest distance, ≥ 0
 * @param cutoff largest distance searched, Å
 */
public record MinimumDistanceNN(double tolerance, double cutoff) implements NeighborStrategy {
    /** pymatgen's defaults. */
    public static final MinimumDistanceNN DEFAULT = new MinimumDistanceNN(0.1, 10.0);

    /** Checks the values. */
    public MinimumDistanceNN {
        if (!(tolerance >= 0) || !(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("tolerance must be ≥ 0 and the cut-off a positive distance, got " + tolerance + " and " + cutoff);
        }
    }

    @Override
    public String name() {
        return "MinimumDistance";
    }

    @Override
    public List<CoordinatedNeighbor> neighbors(Structure structure, int site) {
        return shell(structure, structure.neighbors(cutoff), site);
    }

    @Override
    public List<List<CoordinatedNeighbor>> allNeighbors(Structure structure) {
        NeighborList all = structure.neighbors(cutoff);
        List<List<CoordinatedNeighbor>> out = new ArrayList<>();
        for (int i = 0; i < structure.numSites(); i++) {
            out.add(shell(structure, all, i));
        }
        return out;
    }

    private List<CoordinatedNeighbor> shell(Structure s, NeighborList all, int site) {
        List<NeighborList.Neighbor> ns = all.of(site);
        List<CoordinatedNeighbor> out = new ArrayList<>();
        if (ns.isEmpty()) {
            return out;
        }
        double min = ns.get(0).distance();
        for (NeighborList.Neighbor n : ns) {
            if (n.distance() <= (1 + tolerance) * min) {
                out.add(new CoordinatedNeighbor(n.index(), n.image(), n.distance(), min / n.distance(), Positions.of(s, n.index(), n.image())));
            }
        }
        return out;
    }
}
