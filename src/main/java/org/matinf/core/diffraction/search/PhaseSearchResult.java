package org.matinf.core.diffraction.search;

import java.util.List;
import org.matinf.core.diffraction.PowderProfile;

/**
 * The outcome of a search-match ({@link PhaseIdentifier#identify}).
 *
 * @param ranking every candidate with its figure of merit, best first
 * @param mixture the chosen combination of phases with their weight fractions
 * @param wavelength the wavelength used, Å
 * @param widths the line widths used to draw the candidates
 * @param subtracted the measurement (within the analysed range) with its background removed: the
 *     data everything was compared with
 * @param background the background that was removed
 */
public record PhaseSearchResult(List<PhaseMatch> ranking, PhaseMixture mixture, double wavelength,
        PeakWidthModel widths, PowderProfile subtracted, PowderProfile background) {

    /** Copies the ranking. */
    public PhaseSearchResult {
        ranking = List.copyOf(ranking);
    }

    /** The best single match. */
    public PhaseMatch best() {
        return ranking.get(0);
    }
}
