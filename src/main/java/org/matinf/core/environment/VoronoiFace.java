package org.matinf.core.environment;

import java.util.List;

/**
 * One face of a Voronoi cell: the plane half-way between the central atom and one neighbour.
 *
 * @param index the neighbour's site index
 * @param image the lattice translation of the neighbour (added to its stored fractional coordinates)
 * @param distance centre–neighbour distance, Å (twice the face's distance from the centre)
 * @param area face area, Å²
 * @param solidAngle solid angle the face subtends at the centre, steradian (4π summed over the cell)
 * @param volume volume of the pyramid from the centre to the face, Å³ (area × distance / 6)
 * @param position the neighbour's Cartesian position, Å
 * @param vertices the face's corners in cyclic order, Cartesian, Å
 */
public record VoronoiFace(int index, int[] image, double distance, double area, double solidAngle, double volume,
        double[] position, List<double[]> vertices) {
}
