package org.matinf.core.diffraction;

import java.util.List;

/**
 * A calculated powder diffraction pattern as sticks: peaks sorted by 2θ, with the wavelength
 * (Å) they were calculated for. Immutable.
 */
public final class XrdPattern {
    private final double wavelength;
    private final List<XrdPeak> peaks;

    public XrdPattern(double wavelength, List<XrdPeak> peaks) {
        this.wavelength = wavelength;
        this.peaks = List.copyOf(peaks);
    }

    /** Wavelength in Å. */
    public double wavelength() { return wavelength; }

    /** Peaks in order of increasing 2θ. */
    public List<XrdPeak> peaks() { return peaks; }

    public int size() { return peaks.size(); }

    /** Peak positions 2θ (degrees). */
    public double[] twoThetas() {
        return peaks.stream().mapToDouble(XrdPeak::twoTheta).toArray();
    }

    /** Peak intensities (strongest = 100). */
    public double[] intensities() {
        return peaks.stream().mapToDouble(XrdPeak::intensity).toArray();
    }

    /** d-spacings (Å). */
    public double[] dSpacings() {
        return peaks.stream().mapToDouble(XrdPeak::d).toArray();
    }
}
