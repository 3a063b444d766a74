package org.matinf.core.render;

import java.util.Set;
import org.matinf.core.element.Element;
import org.matinf.core.environment.NeighborStrategies;
import org.matinf.core.environment.NeighborStrategy;

/**
 * What a structure picture holds.
 *
 * @param supercell repetitions of the cell along a, b and c (each ≥ 1)
 * @param bonds whether to draw bonds (from {@code strategy})
 * @param strategy the neighbour analysis that decides bonds and polyhedra
 * @param polyhedra elements whose coordination polyhedra are drawn (empty: none)
 * @param cell whether to draw the (super)cell box
 * @param boundary whether atoms on cell faces, edges and corners are repeated on the opposite
 *        faces, as structure viewers show them
 * @param colors element colour scheme
 */
public record SceneOptions(int[] supercell, boolean bonds, NeighborStrategy strategy, Set<Element> polyhedra, boolean cell,
        boolean boundary, ColorScheme colors) {

    /** Largest number of cells drawn in a supercell. */
    public static final int MAX_CELLS = 1000;

    /** Checks the supercell and copies the collections. */
    public SceneOptions {
        if (supercell.length != 3) {
            throw new IllegalArgumentException("supercell needs three numbers (na, nb, nc), got " + supercell.length);
        }
        long cells = 1;
        for (int n : supercell) {
            if (n < 1) {
                throw new IllegalArgumentException("supercell repetitions must be ≥ 1, got " + n);
            }
            cells *= n;
        }
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException("supercell " + supercell[0] + "x" + supercell[1] + "x" + supercell[2]
                    + " has " + cells + " cells; at most " + MAX_CELLS + " are drawn");
        }
        supercell = supercell.clone();
        polyhedra = Set.copyOf(polyhedra);
    }

    /** One cell, bonds by {@link #defaultStrategy()}, no polyhedra, cell box and boundary atoms, Jmol colours. */
    public static SceneOptions defaults() {
        return new SceneOptions(new int[] {1, 1, 1}, true, defaultStrategy(), Set.of(), true, true, ColorScheme.JMOL);
    }

    /**
     * The neighbour analysis for bonds and polyhedra when the user names none: {@code CrystalNN}
     * (chemically sensible coordination shells: FeO6 and PO4 in LiFePO4, not Fe–P contacts that
     * generous covalent radii would bond).
     */
    public static NeighborStrategy defaultStrategy() {
        return NeighborStrategies.parse(defaultStrategyName());
    }

    /** The name of {@link #defaultStrategy()}. */
    public static String defaultStrategyName() {
        return "CrystalNN";
    }

    /** These options with other polyhedra. */
    public SceneOptions withPolyhedra(Set<Element> elements) {
        return new SceneOptions(supercell, bonds, strategy, elements, cell, boundary, colors);
    }

    /** These options with another supercell. */
    public SceneOptions withSupercell(int na, int nb, int nc) {
        return new SceneOptions(new int[] {na, nb, nc}, bonds, strategy, polyhedra, cell, boundary, colors);
    }

    /** These options with or without bonds, cell box and boundary atoms. */
    public SceneOptions withParts(boolean withBonds, boolean withCell, boolean withBoundary) {
        return new SceneOptions(supercell, withBonds, strategy, polyhedra, withCell, withBoundary, colors);
    }

    /** These options with another neighbour strategy and colour scheme. */
    public SceneOptions withStrategy(NeighborStrategy s, ColorScheme scheme) {
        return new SceneOptions(supercell, bonds, s, polyhedra, cell, boundary, scheme);
    }
}
