package org.matinf.core.diffraction.search;

import java.util.Locale;
import org.matinf.core.diffraction.XrdPattern;

/**
 * How well one candidate phase matches a measurement on its own.
 *
 * @param candidate the phase
 * @param figureOfMerit the largest cosine similarity (0 to 1; 1 = identical shapes) between the
 *     background-subtracted measurement and the candidate's calculated profile over the lattice scales
 *     and zero shifts searched (see {@link PhaseIdentifier})
 * @param latticeScale the best isotropic lattice scale 1 + ε: every d-spacing (and cell edge) of the
 *     structure multiplied by it
 * @param zeroShift the best zero shift in degrees (lines drawn at 2θ + shift)
 * @param linesInRange number of calculated lines (Kα2 lines included) inside the measured range
 * @param sticks the candidate's sticks at the best lattice scale, with absolute intensities
 *     (|F|²·LP per cell, as {@link org.matinf.core.diffraction.XrdCalculator#calculateAbsolute}),
 *     without the zero shift
 */
public record PhaseMatch(Candidate candidate, double figureOfMerit, double latticeScale, double zeroShift,
        int linesInRange, XrdPattern sticks) {

    /** Name of the candidate. */
    public String name() {
        return candidate.name();
    }

    /** Volume of the candidate's cell at the best lattice scale, Å³. */
    public double cellVolume() {
        return candidate.structure().volume() * latticeScale * latticeScale * latticeScale;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: FOM %.4f, lattice scale %.5f, zero shift %+.4f°",
                candidate, figureOfMerit, latticeScale, zeroShift);
    }
}
