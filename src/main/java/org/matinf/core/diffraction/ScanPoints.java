package org.matinf.core.diffraction;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The points of a scan as a reader collects them, each with the line it came from, turned into a
 * {@link PowderProfile} once the file is read: at least two points, 2θ within ±180°, finite
 * numbers, and 2θ strictly increasing (a scan that runs strictly downwards is reversed; anything
 * else is an error naming the line where the order breaks).
 */
final class ScanPoints {
    private final String source;
    private double[] x = new double[256];
    private double[] y = new double[256];
    private double[] s;
    private int[] lines = new int[256];
    private int n;

    ScanPoints(String source, boolean withSigma) {
        this.source = source;
        this.s = withSigma ? new double[256] : null;
    }

    int size() {
        return n;
    }

    boolean hasSigma() {
        return s != null;
    }

    /** Adds a point read on a line; sigma is ignored when the scan has no uncertainties. */
    void add(double twoTheta, double intensity, double sigma, int line) {
        if (!Double.isFinite(twoTheta) || !Double.isFinite(intensity) || s != null && !Double.isFinite(sigma)) {
            throw new PatternException(source, line, "values must be finite numbers (no NaN or infinity)");
        }
        if (Math.abs(twoTheta) > 180) {
            throw new PatternException(source, line, "2θ = " + twoTheta
                    + "° is outside -180..180°; this does not look like a 2θ scan");
        }
        if (s != null && sigma < 0) {
            throw new PatternException(source, line, "the uncertainty " + sigma + " is negative");
        }
        if (n == x.length) {
            int m = n * 2;
            x = Arrays.copyOf(x, m);
            y = Arrays.copyOf(y, m);
            lines = Arrays.copyOf(lines, m);
            if (s != null) {
                s = Arrays.copyOf(s, m);
            }
        }
        x[n] = twoTheta;
        y[n] = intensity;
        if (s != null) {
            s[n] = sigma;
        }
        lines[n] = line;
        n++;
    }

    /**
     * The profile of the collected points.
     *
     * @param endLine the line to name when there are too few points
     */
    PowderProfile toProfile(String name, double wavelength, Map<String, String> metadata, int endLine) {
        if (n == 0) {
            throw new PatternException(source, endLine, "no data: expected lines of 2θ and intensity");
        }
        if (n == 1) {
            throw new PatternException(source, lines[0], "only one data point; a scan needs at least two");
        }
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        double[] tx = Arrays.copyOf(x, n);
        double[] ty = Arrays.copyOf(y, n);
        double[] ts = s == null ? null : Arrays.copyOf(s, n);
        if (!increasing(1)) {
            if (!increasing(-1)) {
                throw new PatternException(source, firstBreak(), "2θ must increase (or decrease) steadily: "
                        + describeBreak());
            }
            reverse(tx);
            reverse(ty);
            if (ts != null) {
                reverse(ts);
            }
            meta.put("order", "the file scans 2θ downwards; points were reversed");
        }
        return new PowderProfile(name, tx, ty, ts, wavelength, meta);
    }

    private boolean increasing(int sign) {
        for (int i = 1; i < n; i++) {
            if (!(sign * (x[i] - x[i - 1]) > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first point that breaks the direction set by the first two points. */
    private int breakIndex() {
        double dir = Math.signum(x[1] - x[0]);
        if (dir == 0) {
            return 1;
        }
        for (int i = 2; i < n; i++) {
            if (!(dir * (x[i] - x[i - 1]) > 0)) {
                return i;
            }
        }
        return 1;
    }

    private int firstBreak() {
        return lines[breakIndex()];
    }

    private String describeBreak() {
        int i = breakIndex();
        return x[i] == x[i - 1] ? "2θ = " + x[i] + " repeats the previous point"
                : "2θ = " + x[i] + " after " + x[i - 1] + " (line " + lines[i - 1] + ")";
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
