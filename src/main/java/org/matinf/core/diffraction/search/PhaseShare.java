package org.matinf.core.diffraction.search;

import java.util.Locale;

/**
 * One phase of a fitted mixture.
 *
 * @param match the phase with its lattice scale and zero shift as fitted in the mixture (its figure
 *     of merit is that of the search that brought it into the mixture: against the whole measurement,
 *     a residual, or the measurement less the other phases)
 * @param scaleFactor S, the factor that multiplies the phase's absolute line intensities
 *     (|F|²·LP per cell) to give the measured ones
 * @param weightFraction W = S·(ZMV) / Σ S·(ZMV) over the phases of the mixture (Hill and Howard,
 *     J. Appl. Cryst. 20 (1987) 467), ZM being the mass of the cell contents and V the cell volume
 * @param intensityShare the phase's part of the fitted integrated intensity (0 to 1)
 */
public record PhaseShare(PhaseMatch match, double scaleFactor, double weightFraction, double intensityShare) {

    /** Name of the candidate. */
    public String name() {
        return match.name();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %.1f wt%% (scale %.4g, %.1f%% of intensity)",
                match.candidate(), 100 * weightFraction, scaleFactor, 100 * intensityShare);
    }
}
