package org.matinf.core.diffraction.pattern;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.structure.Structure;

/**
 * Calibrates a ring pattern on a known structure: finds the reciprocal pixel size k (1/nm per
 * pixel) for which the measured ring radii r best become the structure's ring spacings,
 * k r = g(hkl).
 * <ol>
 * <li>Ratio matching: each of the {@value #ANCHOR_RADII} smallest radii is tried as each of the
 * structure's {@value #ANCHOR_RINGS} innermost rings. For each trial k every radius takes the
 * ring of nearest g; it matches when the relative difference is within the tolerance. A trial
 * scores m² / p, with m the rings matched and p the rings of the structure with at least
 * {@value #VISIBLE} % of the strongest ring's intensity that would lie among the measured radii:
 * so a scale that also fits the rings 2h 2k 2l (always allowed) loses, since it predicts many
 * rings that are not there.</li>
 * <li>Least squares: k minimising Σ ((k r − g) / g)² over the matched rings,
 * k = Σ (r/g) / Σ (r/g)²; the rings are matched again and k refitted until the matches stay.</li>
 * </ol>
 */
public final class StructureCalibration {
    /** Radii (smallest first) tried as anchors. */
    static final int ANCHOR_RADII = 3;
    /** The structure's innermost rings tried for each anchor. */
    static final int ANCHOR_RINGS = 8;
    /** Least intensity (strongest ring 100) of a ring expected to be seen. */
    static final double VISIBLE = 1.0;
    /** Largest g (1/nm) the rings are listed to. */
    private static final double G_LIMIT = 60;
    /** About how many reflections at most are listed for the matching. */
    private static final double MAX_LISTED = 2e6;

    /**
     * A calibration found on a structure.
     *
     * @param pixelSize reciprocal pixel size in 1/nm
     * @param matched measured rings matched to the structure's rings
     * @param measured measured rings given
     * @param rmsPercent root-mean-square relative error of the matched rings' d in %
     * @param rings the structure's rings out to the largest measured radius
     */
    public record Result(double pixelSize, int matched, int measured, double rmsPercent, List<DebyeRing> rings) {
        /** The pixel size as an image calibration in 1/nm. */
        public ImageCalibration calibration() {
            return ReciprocalUnits.calibration(pixelSize);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "StructureCalibration.Result(%.6g 1/nm per pixel, %d of %d rings, rms %.3f %%)",
                    pixelSize, matched, measured, rmsPercent);
        }
    }

    /** Matching of the radii at one trial scale. */
    private record Trial(double k, int matched, double score, double rms, double[] r, double[] g) {
    }

    private StructureCalibration() {
    }

    /**
     * The pixel size that best maps the radii on the structure's rings.
     *
     * @param radii measured ring radii in pixels
     * @param tolerancePercent largest relative g (or d) error of a match in %
     * @throws IllegalArgumentException if fewer than two rings can be matched
     */
    public static Result fit(double[] radii, Structure structure, double tolerancePercent) {
        PatternChecks.positive(tolerancePercent, "the tolerance (%)");
        double[] r = Arrays.stream(radii).filter(v -> v > 0 && Double.isFinite(v)).sorted().toArray();
        if (r.length == 0) {
            throw new IllegalArgumentException("no rings found in the radial profile to calibrate on");
        }
        List<DebyeRing> anchors = innermost(structure);
        double gMax = Math.min(G_LIMIT, anchors.get(anchors.size() - 1).g() * r[r.length - 1] / r[0]
                * (1 + 2 * tolerancePercent / 100));
        double gCap = 10 * Math.cbrt(MAX_LISTED / (4.0 / 3.0 * Math.PI * structure.lattice().volume()));
        gMax = Math.max(Math.min(gMax, gCap), anchors.get(anchors.size() - 1).g());
        List<DebyeRing> rings = DebyeRings.of(structure, gMax);
        double tol = tolerancePercent / 100;
        Trial best = null;
        for (int i = 0; i < Math.min(ANCHOR_RADII, r.length); i++) {
            for (int j = 0; j < Math.min(ANCHOR_RINGS, anchors.size()); j++) {
                Trial t = refine(r, rings, anchors.get(j).g() / r[i], tol);
                if (best == null || t.score > best.score + 1e-9 || Math.abs(t.score - best.score) <= 1e-9 && t.rms < best.rms) {
                    best = t;
                }
            }
        }
        if (best.matched < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "only %d of %d rings match the structure's spacings within %s %%: the structure may be wrong, "
                            + "or calibrate on one known ring (ring mode) instead", best.matched, r.length,
                    tolerancePercent));
        }
        double kMax = best.k * r[r.length - 1] * (1 + tol);
        List<DebyeRing> shown = rings.stream().filter(ring -> ring.g() <= kMax).toList();
        return new Result(best.k, best.matched, r.length, 100 * best.rms, shown);
    }

    /** The structure's first rings (at least ANCHOR_RINGS when the range allows). */
    private static List<DebyeRing> innermost(Structure structure) {
        double g = 10;
        List<DebyeRing> rings = DebyeRings.of(structure, g);
        while (rings.size() < ANCHOR_RINGS && g < G_LIMIT) {
            g = Math.min(G_LIMIT, 1.5 * g);
            rings = DebyeRings.of(structure, g);
        }
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("the structure has no reflections up to g = " + G_LIMIT + " 1/nm");
        }
        return rings;
    }

    /** Matches at scale k, then refits k on the matches until they no longer change. */
    private static Trial refine(double[] r, List<DebyeRing> rings, double k, double tol) {
        Trial t = match(r, rings, k, tol);
        for (int iteration = 0; iteration < 10 && t.matched > 0; iteration++) {
            double a = 0;
            double b = 0;
            for (int i = 0; i < t.r.length; i++) {
                double q = t.r[i] / t.g[i];
                a += q;
                b += q * q;
            }
            Trial next = match(r, rings, a / b, tol);
            if (next.matched < t.matched || Math.abs(next.k - t.k) <= 1e-12 * t.k) {
                return next.matched < t.matched ? t : next;
            }
            t = next;
        }
        return t;
    }

    private static Trial match(double[] r, List<DebyeRing> rings, double k, double tol) {
        double[] mr = new double[r.length];
        double[] mg = new double[r.length];
        boolean[] used = new boolean[rings.size()];
        int m = 0;
        double sq = 0;
        for (double radius : r) {
            DebyeRing ring = RingIndexer.nearest(rings, k * radius);
            int index = rings.indexOf(ring);
            double e = (k * radius - ring.g()) / ring.g();
            if (Math.abs(e) <= tol && !used[index]) {
                used[index] = true;
                mr[m] = radius;
                mg[m] = ring.g();
                sq += e * e;
                m++;
            }
        }
        double lo = k * r[0] * (1 - tol);
        double hi = k * r[r.length - 1] * (1 + tol);
        int predicted = 0;
        for (DebyeRing ring : rings) {
            if (ring.g() >= lo && ring.g() <= hi && ring.intensity() >= VISIBLE) {
                predicted++;
            }
        }
        double score = m == 0 ? 0 : (double) m * m / Math.max(predicted, m);
        return new Trial(k, m, score, m == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(sq / m),
                Arrays.copyOf(mr, m), Arrays.copyOf(mg, m));
    }
}
