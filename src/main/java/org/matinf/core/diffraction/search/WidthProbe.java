package org.matinf.core.diffraction.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.matinf.core.diffraction.PeakFinder;
import org.matinf.core.diffraction.PowderProfile;

/**
 * Measures a sample of the strongest peaks of a scan with {@link PeakFinder}, for the line widths:
 * the {@value #PROBES} highest local maxima of the data (moving average over five points) that lie at
 * least {@value #SEPARATION}° apart, each in a window of ±{@value #HALF_WINDOW}° of its own. The
 * peak found nearest the middle of each window (within {@value #CENTRE_TOLERANCE}°) is kept.
 * Measuring whole scans of dense patterns (hundreds of overlapping lines) by least squares would
 * take far longer and is not needed to know the widths.
 */
final class WidthProbe {
    static final int PROBES = 8;
    static final double SEPARATION = 2.0;
    static final double HALF_WINDOW = 1.5;
    static final double CENTRE_TOLERANCE = 0.5;
    private static final double MAX_FWHM = 1.0;

    private WidthProbe() {
    }

    /** The measured peaks (in order of 2θ); empty if none stands out of the noise. */
    static List<PeakFinder.Peak> peaks(PowderProfile scan) {
        double[] x = scan.twoTheta();
        double[] y = scan.intensity();
        double[] s = scan.sigma();
        double[] smooth = movingAverage(y, 2);
        List<Integer> maxima = new ArrayList<>();
        for (int i = 1; i < y.length - 1; i++) {
            if (smooth[i] > smooth[i - 1] && smooth[i] >= smooth[i + 1]) {
                maxima.add(i);
            }
        }
        maxima.sort(Comparator.comparingDouble((Integer i) -> smooth[i]).reversed());
        List<Double> centres = new ArrayList<>();
        PeakFinder finder = new PeakFinder().withMaxFwhm(MAX_FWHM);
        List<PeakFinder.Peak> out = new ArrayList<>();
        for (int i : maxima) {
            if (centres.size() >= PROBES) {
                break;
            }
            double c = x[i];
            if (centres.stream().anyMatch(d -> Math.abs(d - c) < SEPARATION)) {
                continue;
            }
            centres.add(c);
            int from = ProfileCorrelation.lowerIndex(x, c - HALF_WINDOW);
            int to = ProfileCorrelation.lowerIndex(x, c + HALF_WINDOW);
            if (to - from < 9) {
                continue;
            }
            PowderProfile window = new PowderProfile(scan.name(), Arrays.copyOfRange(x, from, to),
                    Arrays.copyOfRange(y, from, to), s == null ? null : Arrays.copyOfRange(s, from, to),
                    scan.wavelength(), null);
            PeakFinder.Peak nearest = null;
            for (PeakFinder.Peak p : finder.find(window)) {
                if (Math.abs(p.twoTheta() - c) <= CENTRE_TOLERANCE
                        && (nearest == null || Math.abs(p.twoTheta() - c) < Math.abs(nearest.twoTheta() - c))) {
                    nearest = p;
                }
            }
            if (nearest != null) {
                out.add(nearest);
            }
        }
        out.sort(Comparator.comparingDouble(PeakFinder.Peak::twoTheta));
        return out;
    }

    private static double[] movingAverage(double[] y, int half) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int lo = Math.max(0, i - half);
            int hi = Math.min(y.length - 1, i + half);
            double s = 0;
            for (int j = lo; j <= hi; j++) {
                s += y[j];
            }
            out[i] = s / (hi - lo + 1);
        }
        return out;
    }
}
