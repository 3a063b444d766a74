package org.matinf.core.diffraction;

import java.util.List;

/**
 * One peak of a calculated powder pattern: its position 2θ (degrees), intensity (scaled so the
 * strongest peak of the pattern is 100), d-spacing (Å) and the families of reflections merged into
 * it. Immutable.
 */
public final class XrdPeak {
    private final double twoTheta;
    private final double intensity;
    private final double d;
    private final List<HklFamily> families;

    public XrdPeak(double twoTheta, double intensity, double d, List<HklFamily> families) {
        this.twoTheta = twoTheta;
        this.intensity = intensity;
        this.d = d;
        this.families = List.copyOf(families);
    }

    /** Peak position 2θ in degrees. */
    public double twoTheta() { return twoTheta; }
    /** Intensity, strongest peak of the pattern = 100. */
    public double intensity() { return intensity; }
    /** Interplanar spacing in Å. */
    public double d() { return d; }
    /** Families of symmetry-equivalent reflections merged into this peak. */
    public List<HklFamily> families() { return families; }

    /** Number of reflections merged into the peak, summed over its families. */
    public int multiplicity() {
        int m = 0;
        for (HklFamily f : families) {
            m += f.multiplicity();
        }
        return m;
    }

    /** The first family's indices as "1 1 1". */
    public String hklLabel() {
        return families.isEmpty() ? "" : families.get(0).label();
    }

    /** A copy with another intensity. */
    public XrdPeak withIntensity(double newIntensity) {
        return new XrdPeak(twoTheta, newIntensity, d, families);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "XrdPeak(2θ=%.4f, I=%.3f, d=%.5f, %s)", twoTheta, intensity, d, families);
    }
}
