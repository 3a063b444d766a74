package org.matinf.core.diffraction.search;

import java.nio.file.Path;
import java.util.Objects;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;

/**
 * A phase that may be present in a measured sample: a name and a crystal structure, optionally with
 * its stick pattern calculated in advance (to search many measurements against one library without
 * recalculating). Immutable.
 */
public final class Candidate {
    private final String name;
    private final Structure structure;
    private final XrdPattern sticks;
    private final double sticksMin;
    private final double sticksMax;

    private Candidate(String name, Structure structure, XrdPattern sticks, double sticksMin, double sticksMax) {
        this.name = Objects.requireNonNull(name, "name");
        this.structure = Objects.requireNonNull(structure, "structure");
        if (!structure.isPeriodic()) {
            throw new IllegalArgumentException("candidate " + name + " is not a crystal (no lattice)");
        }
        this.sticks = sticks;
        this.sticksMin = sticksMin;
        this.sticksMax = sticksMax;
    }

    /** A candidate without a precalculated pattern. */
    public Candidate(String name, Structure structure) {
        this(name, structure, null, Double.NaN, Double.NaN);
    }

    /** The structure of a file read with {@link StructureIO}, named after the file. */
    public static Candidate read(Path file) {
        return new Candidate(file.getFileName().toString(), StructureIO.read(file));
    }

    /**
     * This candidate with its pattern calculated in advance by
     * {@link XrdCalculator#calculateAbsolute} (absolute intensities: weight fractions depend on it)
     * over the 2θ range {@code min} to {@code max}. The pattern is used when its wavelength is the
     * measurement's and its range covers what the search needs; otherwise it is recalculated.
     */
    public Candidate withSticks(XrdPattern absoluteSticks, double min, double max) {
        if (!(min < max)) {
            throw new IllegalArgumentException("the range of precalculated sticks needs min < max: " + min + ", " + max);
        }
        return new Candidate(name, structure, Objects.requireNonNull(absoluteSticks, "sticks"), min, max);
    }

    public String name() { return name; }

    public Structure structure() { return structure; }

    /** Reduced formula of the structure, e.g. "NaCl". */
    public String formula() { return structure.reducedFormula(); }

    /** Absolute sticks for this wavelength covering [min, max], or null if none were given that fit. */
    XrdPattern sticksFor(double wavelength, double min, double max) {
        if (sticks != null && Math.abs(sticks.wavelength() - wavelength) <= 1e-9 * wavelength
                && sticksMin <= min && sticksMax >= max) {
            return sticks;
        }
        return null;
    }

    @Override
    public String toString() {
        return name + " (" + formula() + ")";
    }
}
