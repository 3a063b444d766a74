package org.matinf.core.environment;

/**
 * One neighbour in a site's coordination shell, as a near-neighbour strategy decides it.
 *
 * @param index the neighbouring site's index in the structure
 * @param image the lattice translation added to that site's stored fractional coordinates
 * @param distance the distance to the central site, Å
 * @param weight the strategy's weight (1 for plain cut-offs; solid-angle or CrystalNN weights otherwise)
 * @param position the neighbour's Cartesian position (image included), Å
 */
public record CoordinatedNeighbor(int index, int[] image, double distance, double weight, double[] position) {
}
