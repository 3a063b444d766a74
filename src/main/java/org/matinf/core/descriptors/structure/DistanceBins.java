package org.matinf.core.descriptors.structure;

import java.util.Locale;

/**
 * Histogram bins of interatomic distance from 0 to a cut-off, as NumPy's {@code histogram} with the
 * edges {@code arange(0, cutoff + bin, bin)} that matminer uses: bin i holds e_i ≤ d &lt; e_(i+1), the
 * last bin also holds d = cut-off. Also gives each bin's spherical-shell volume.
 */
final class DistanceBins {
    private final double cutoff;
    private final double width;
    private final double[] edges;
    private final double[] shellVolumes;

    DistanceBins(double cutoff, double width) {
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("The bin width must be a positive number of Å: " + width);
        }
        if (!(cutoff > width) || !Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("The cut-off must be a number of Å larger than the bin width: " + cutoff);
        }
        if (cutoff / width > 1_000_000) {
            throw new IllegalArgumentException("Cut-off / bin width gives more than a million bins: " + cutoff + " / " + width);
        }
        this.cutoff = cutoff;
        this.width = width;
        int n = (int) Math.ceil(cutoff / width - 1e-9);
        edges = new double[n + 1];
        shellVolumes = new double[n];
        for (int i = 0; i <= n; i++) {
            edges[i] = i * width;
        }
        for (int i = 0; i < n; i++) {
            shellVolumes[i] = 4.0 / 3.0 * Math.PI * (cube(edges[i + 1]) - cube(edges[i]));
        }
    }

    private static double cube(double x) {
        return x * x * x;
    }

    int count() {
        return shellVolumes.length;
    }

    double cutoff() {
        return cutoff;
    }

    /** The largest distance counted: the last edge (at least the cut-off). */
    double reach() {
        return edges[edges.length - 1];
    }

    double shellVolume(int bin) {
        return shellVolumes[bin];
    }

    double lower(int bin) {
        return edges[bin];
    }

    double upper(int bin) {
        return edges[bin + 1];
    }

    /** The bin of a distance, or -1 when it lies outside [0, last edge]. */
    int of(double d) {
        int last = edges.length - 1;
        if (!(d >= 0) || d > edges[last]) {
            return -1;
        }
        int i = Math.min(last - 1, (int) (d / width));
        while (i + 1 < last && edges[i + 1] <= d) {
            i++;
        }
        while (i > 0 && edges[i] > d) {
            i--;
        }
        return i;
    }

    /** A bin's range as "[0.10000 - 0.20000]" (matminer's RDF labels). */
    String range(int bin) {
        return String.format(Locale.ROOT, "[%.5f - %.5f]", edges[bin], bin + 1 == count() ? cutoff : edges[bin + 1]);
    }
}
