package org.matinf.core.environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matinf.core.structure.Structure;

/**
 * The local environment of one site: its coordination shell and how well the shell matches each
 * shape of its coordination number ({@link CoordinationPolyhedron}).
 *
 * @param site the site's index in the structure
 * @param neighbors the coordination shell, as the neighbour strategy gave it
 * @param scores the candidate shapes for the coordination number with their scores, in table order
 */
public record SiteEnvironment(int site, List<CoordinatedNeighbor> neighbors, List<PolyhedronScore> scores) {

    /** Copies the lists. */
    public SiteEnvironment {
        neighbors = List.copyOf(neighbors);
        scores = List.copyOf(scores);
    }

    /** The coordination number. */
    public int cn() {
        return neighbors.size();
    }

    /** The best-matching shape, if the coordination number has candidate shapes. */
    public Optional<PolyhedronScore> best() {
        return CoordinationPolyhedron.best(scores);
    }

    /** The environment of a site with a given coordination shell. */
    public static SiteEnvironment of(Structure structure, int site, List<CoordinatedNeighbor> neighbors) {
        List<double[]> positions = new ArrayList<>(neighbors.size());
        for (CoordinatedNeighbor n : neighbors) {
            positions.add(n.position());
        }
        return new SiteEnvironment(site, neighbors, CoordinationPolyhedron.scores(structure.cartesian(site), positions));
    }

    /** The environments of every site, with the coordination shells a strategy finds. */
    public static List<SiteEnvironment> all(Structure structure, NeighborStrategy strategy) {
        List<List<CoordinatedNeighbor>> shells = strategy.allNeighbors(structure);
        List<SiteEnvironment> out = new ArrayList<>(shells.size());
        for (int i = 0; i < shells.size(); i++) {
            out.add(of(structure, i, shells.get(i)));
        }
        return out;
    }
}
