package org.matinf.core.orientation;

import java.util.Arrays;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Structure;

/**
 * The phase of an orientation map as EBSD files describe it: a name, the Laue class that makes
 * orientations equivalent, and the lattice constants a, b, c (Å) and α, β, γ (degrees).
 */
public final class MapPhase {
    private final String name;
    private final LaueGroup laueGroup;
    private final double[] lattice;

    /**
     * @param name phase name; tabs and line breaks become spaces, blank means "Unknown"
     * @param lattice {a, b, c, α, β, γ}, positive and finite
     */
    public MapPhase(String name, LaueGroup laueGroup, double[] lattice) {
        if (laueGroup == null) {
            throw new IllegalArgumentException("a phase needs a Laue class");
        }
        if (lattice.length != 6 || Arrays.stream(lattice).anyMatch(v -> !(v > 0) || !Double.isFinite(v))) {
            throw new IllegalArgumentException("lattice constants must be six positive numbers a, b, c, alpha, beta, gamma: "
                    + Arrays.toString(lattice));
        }
        String clean = name == null ? "" : name.replaceAll("[\\t\\r\\n]+", " ").strip();
        this.name = clean.isEmpty() ? "Unknown" : clean;
        this.laueGroup = laueGroup;
        this.lattice = lattice.clone();
    }

    /** The phase of a crystal structure: its reduced formula, Laue class ({@link CrystalSymmetry}) and lattice. */
    public static MapPhase of(Structure structure) {
        Lattice l = structure.lattice();
        return new MapPhase(structure.reducedFormula(), CrystalSymmetry.laueGroup(structure),
                new double[] {l.a(), l.b(), l.c(), l.alpha(), l.beta(), l.gamma()});
    }

    /**
     * A phase known only by its Laue class: unit lattice constants with the angles of its crystal
     * system (γ = 120° for trigonal and hexagonal classes, else 90°), so that programs which check
     * the lattice against the symmetry accept it.
     */
    public static MapPhase of(LaueGroup laueGroup) {
        String system = laueGroup.crystalSystem();
        double gamma = system.equals("hexagonal") || system.equals("trigonal") ? 120 : 90;
        return new MapPhase("Unknown", laueGroup, new double[] {1, 1, 1, 90, 90, gamma});
    }

    public String name() {
        return name;
    }

    public LaueGroup laueGroup() {
        return laueGroup;
    }

    /** {a, b, c, α, β, γ}: Å and degrees. */
    public double[] lattice() {
        return lattice.clone();
    }

    @Override
    public String toString() {
        return name + " (" + laueGroup.symbol() + ", " + Arrays.toString(lattice) + ")";
    }
}
