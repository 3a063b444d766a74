package org.matinf.core.environment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.matinf.core.structure.Structure;

/**
 * Neighbours by Voronoi tessellation (pymatgen's {@code VoronoiNN} with its defaults: tolerance 0,
 * search radius 13 Å, weights by solid angle): every atom that shares a face with the central atom's
 * {@link VoronoiCell} and whose face subtends more than {@code tolerance} times the largest face's
 * solid angle. The weight of a neighbour is its face's solid angle over the largest one (1 for the
 * largest face). Species play no part, so disordered sites need no rule.
 *
 * @param tolerance fraction of the largest solid angle a face must exceed, 0 ≤ tolerance &lt; 1
 * @param cutoff search radius for the tessellation, Å (enlarged automatically while a cell is open)
 */
public record VoronoiNN(double tolerance, double cutoff) implements NeighborStrategy {
    /** pymatgen's defaults. */
    public static final VoronoiNN DEFAULT = new VoronoiNN(0, 13.0);

    /** Checks the values. */
    public VoronoiNN {
        if (!(tolerance >= 0 && tolerance < 1) || !(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("the tolerance must lie in [0, 1) and the search radius be a positive distance, got "
                    + tolerance + " and " + cutoff);
        }
    }

    @Override
    public String name() {
        return "Voronoi";
    }

    /** The Voronoi cell of a site, from which the neighbours are taken. */
    public VoronoiCell cell(Structure structure, int site) {
        return VoronoiCell.of(structure, site, cutoff);
    }

    @Override
    public List<CoordinatedNeighbor> neighbors(Structure structure, int site) {
        return shell(cell(structure, site));
    }

    @Override
    public List<List<CoordinatedNeighbor>> allNeighbors(Structure structure) {
        return VoronoiCell.all(structure, cutoff).stream().map(this::shell).toList();
    }

    /** The neighbours of a cell: faces above the tolerance, weighted by relative solid angle, nearest first. */
    List<CoordinatedNeighbor> shell(VoronoiCell cell) {
        double max = cell.maxSolidAngle();
        List<CoordinatedNeighbor> out = new ArrayList<>();
        for (VoronoiFace f : cell.faces()) {
            if (f.solidAngle() > tolerance * max) {
                out.add(new CoordinatedNeighbor(f.index(), f.image(), f.distance(), f.solidAngle() / max, f.position()));
            }
        }
        out.sort(NEAREST_FIRST);
        return out;
    }

    /** Orders neighbours by distance, then site index. */
    static final Comparator<CoordinatedNeighbor> NEAREST_FIRST =
            Comparator.comparingDouble(CoordinatedNeighbor::distance).thenComparingInt(CoordinatedNeighbor::index);
}
