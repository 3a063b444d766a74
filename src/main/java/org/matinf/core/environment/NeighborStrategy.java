package org.matinf.core.environment;

import java.util.List;
import org.matinf.core.structure.Structure;

/**
 * A rule that decides which atoms coordinate a site (pymatgen's {@code NearNeighbors}): minimum
 * distance, Voronoi, CrystalNN, covalent radii, ... Implementations are immutable and thread-safe.
 */
public interface NeighborStrategy {
    /** The strategy's name as users give it ({@code MinimumDistance}, {@code CrystalNN}, ...). */
    String name();

    /** The coordination shell of site {@code site}, nearest first. */
    List<CoordinatedNeighbor> neighbors(Structure structure, int site);

    /** The coordination shell of every site (override to share work between sites). */
    default List<List<CoordinatedNeighbor>> allNeighbors(Structure structure) {
        return java.util.stream.IntStream.range(0, structure.numSites()).mapToObj(i -> neighbors(structure, i)).toList();
    }

    /** Number of neighbours of a site (pymatgen's {@code get_cn} without weights). */
    default int coordinationNumber(Structure structure, int site) {
        return neighbors(structure, site).size();
    }
}
