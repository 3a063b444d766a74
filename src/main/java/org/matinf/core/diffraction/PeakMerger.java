package org.matinf.core.diffraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the reflections of a {@link ReciprocalShell} into the sticks of a powder pattern, the
 * way pymatgen's XRDCalculator does:
 * <ol>
 * <li>every reflection and its Friedel mate, ordered by |g|, then by −h, −k, −l;</li>
 * <li>2θ = 2 asin(λ|g|/2); a reflection joins the current peak when its 2θ is within
 *     {@value #TWO_THETA_TOL}° of the 2θ of the peak's first reflection, else it opens a new peak
 *     (whose d = 1/|g| of that first reflection);</li>
 * <li>peak intensity = Σ |F|² · Lorentz(-polarisation) factor over its reflections;</li>
 * <li>peaks weaker than {@value #SCALED_INTENSITY_TOL} on the scale strongest = 100 are dropped
 *     (systematic absences that do not cancel exactly in floating point);</li>
 * <li>the reflections of a peak are grouped into families whose indices are permutations of each
 *     other up to sign (h k i l with i = −h−k on a hexagonal lattice); a family is represented by
 *     its lexicographically largest member and listed in the order its first member appeared.</li>
 * </ol>
 */
final class PeakMerger {
    /** Reflections closer than this in 2θ (degrees) form one peak. */
    static final double TWO_THETA_TOL = 1e-5;
    /** Peaks below this scaled intensity (strongest = 100) are dropped. */
    static final double SCALED_INTENSITY_TOL = 1e-3;

    private PeakMerger() {
    }

    static XrdPattern merge(ReciprocalShell shell, double wavelength, Radiation radiation, boolean millerBravais) {
        int n = shell.size;
        int total = 2 * n;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = Math.sqrt(shell.g2[i]);
        }
        int[] order = ReflectionOrder.sort(g, shell.h, shell.k, shell.l, n);

        int[] first = new int[total]; // index into order where each peak starts
        double[] key = new double[total];
        double[] intensity = new double[total];
        int peaks = 0;
        double lastG = -1;
        double twoTheta = 0;
        double lorentz = 0;
        for (int p = 0; p < total; p++) {
            int i = order[p];
            int half = i < n ? i : i - n;
            double gi = g[half];
            if (gi != lastG) {
                // sin θ = λ|g|/2; pymatgen takes sin, cos of θ = asin(λ|g|/2), equal to the last bit or so
                double sin = wavelength * gi / 2;
                twoTheta = Math.toDegrees(2 * Math.asin(sin));
                double sin2 = sin * sin;
                double cos = Math.sqrt(1 - sin2);
                double cos2theta = 1 - 2 * sin2;
                lorentz = radiation == Radiation.XRAY ? (1 + cos2theta * cos2theta) / (sin2 * cos) : 1 / (sin2 * cos);
                lastG = gi;
            }
            double value = (i < n ? shell.fPlus[half] : shell.fMinus[half]) * lorentz;
            if (peaks > 0 && Math.abs(key[peaks - 1] - twoTheta) < TWO_THETA_TOL) {
                intensity[peaks - 1] += value;
            } else {
                first[peaks] = p;
                key[peaks] = twoTheta;
                intensity[peaks] = value;
                peaks++;
            }
        }
        double max = 0;
        for (int q = 0; q < peaks; q++) {
            max = Math.max(max, intensity[q]);
        }
        List<XrdPeak> out = new ArrayList<>();
        if (!(max > 0)) {
            return new XrdPattern(wavelength, out);
        }
        FamilyGrouping families = new FamilyGrouping(millerBravais);
        for (int q = 0; q < peaks; q++) {
            if (!(intensity[q] / max * 100 > SCALED_INTENSITY_TOL)) {
                continue;
            }
            int end = q + 1 < peaks ? first[q + 1] : total;
            families.clear();
            for (int p = first[q]; p < end; p++) {
                int i = order[p];
                int sign = i < n ? 1 : -1;
                int half = i < n ? i : i - n;
                families.add(sign * shell.h[half], sign * shell.k[half], sign * shell.l[half]);
            }
            int half = order[first[q]] < n ? order[first[q]] : order[first[q]] - n;
            out.add(new XrdPeak(key[q], intensity[q] / (max / 100), 1 / g[half], families.families()));
        }
        return new XrdPattern(wavelength, out);
    }
}
