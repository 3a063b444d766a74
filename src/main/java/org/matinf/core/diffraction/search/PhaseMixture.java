package org.matinf.core.diffraction.search;

import java.util.List;
import org.matinf.core.diffraction.PowderProfile;

/**
 * The combination of phases chosen to explain a measurement, fitted by non-negative least squares.
 *
 * @param phases the phases, most abundant by weight first
 * @param rwp weighted profile R factor of the fit, √(Σ w (y − y_calc)² / Σ w y²), y being the
 *     background-subtracted measurement (so it is stricter than an Rwp that counts the background)
 * @param smoothedRwp the same for measurement and fit smoothed by a Gaussian of five line widths,
 *     the number mixtures are chosen by (it tolerates small errors of the calculated line shapes)
 * @param smoothedRwpByPhaseCount the lowest smoothed Rwp found with 1, 2, ... phases (NaN where no
 *     acceptable combination of that size exists), the numbers the choice was made from
 * @param calculated the fitted profile on the measured grid (phases plus the smooth correction of
 *     the background)
 */
public record PhaseMixture(List<PhaseShare> phases, double rwp, double smoothedRwp,
        double[] smoothedRwpByPhaseCount, PowderProfile calculated) {

    /** Copies the lists and arrays. */
    public PhaseMixture {
        phases = List.copyOf(phases);
        smoothedRwpByPhaseCount = smoothedRwpByPhaseCount.clone();
    }

    @Override
    public double[] smoothedRwpByPhaseCount() {
        return smoothedRwpByPhaseCount.clone();
    }

    /** Number of phases. */
    public int size() {
        return phases.size();
    }
}
