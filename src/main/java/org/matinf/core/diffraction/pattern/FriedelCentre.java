package org.matinf.core.diffraction.pattern;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.image.GrayImage;

/**
 * Finds the centre of a pattern as the point about which the image best agrees with itself turned
 * by 180° ({@link FriedelCorrelation}). Works without a direct beam (blocked by a beam stop,
 * saturated, or off the detector's dynamic range), since every ring or spot pair votes.
 * <ol>
 * <li>The image is halved (2 × 2 means) until its longer side is at most {@value #COARSEST}
 * pixels, and there every centre on the half-pixel grid whose overlap with its turned image
 * covers at least {@value #MIN_OVERLAP} of the width and of the height (that is, the middle 60 %
 * of each axis) is tried.</li>
 * <li>The {@value #CANDIDATES} best local maxima are followed up through the finer levels by hill
 * climbing on the half-pixel grid, and the best one at full resolution is kept.</li>
 * <li>A quadratic surface fitted to the correlation at the 3 × 3 half-pixel neighbours gives the
 * sub-pixel position.</li>
 * </ol>
 */
public final class FriedelCentre {
    /** Longest side of the coarsest level of the search, in pixels. */
    static final int COARSEST = 64;
    /** Least part of each axis that must overlap with the turned image. */
    static final double MIN_OVERLAP = 0.4;
    /** Local maxima of the coarse search that are followed up. */
    static final int CANDIDATES = 3;
    /** The smallest image searched. */
    private static final int MIN_SIZE = 8;

    private FriedelCentre() {
    }

    /**
     * The centre of best 180° symmetry.
     *
     * @throws IllegalArgumentException for NaN pixels, a flat image, or one smaller than 8 × 8
     */
    public static PatternCentre find(GrayImage image) {
        PatternChecks.requirePattern(image);
        if (image.width() < MIN_SIZE || image.height() < MIN_SIZE) {
            throw new IllegalArgumentException("the image is too small to find a centre (" + image.width() + " x "
                    + image.height() + " pixels; at least " + MIN_SIZE + " x " + MIN_SIZE + ")");
        }
        List<FriedelCorrelation> levels = pyramid(image);
        FriedelCorrelation top = levels.get(levels.size() - 1);
        double bestValue = Double.NEGATIVE_INFINITY;
        int[] best = null;
        for (int[] start : coarseMaxima(top)) {
            int[] s = start;
            for (int level = levels.size() - 2; level >= 0; level--) {
                s = climb(levels.get(level), 2 * s[0] + 1, 2 * s[1] + 1);
            }
            double value = levels.get(0).at(s[0], s[1]);
            if (value > bestValue) {
                bestValue = value;
                best = s;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no centre of symmetry found (the image has no contrast to compare)");
        }
        double[] offset = vertex(levels.get(0), best[0], best[1]);
        return new PatternCentre(0.5 * (best[0] + offset[0]), 0.5 * (best[1] + offset[1]), bestValue,
                PatternCentre.Method.FRIEDEL);
    }

    private static List<FriedelCorrelation> pyramid(GrayImage image) {
        float[] p = image.pixels();
        double mean = 0;
        for (float v : p) {
            mean += v;
        }
        mean /= p.length;
        float[] centred = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            centred[i] = (float) (p[i] - mean);
        }
        List<FriedelCorrelation> levels = new ArrayList<>();
        levels.add(new FriedelCorrelation(image.width(), image.height(), centred));
        FriedelCorrelation last = levels.get(0);
        while (Math.max(last.width, last.height) > COARSEST && Math.min(last.width, last.height) >= 2 * MIN_SIZE) {
            last = last.halved();
            levels.add(last);
        }
        return levels;
    }

    private static boolean allowed(FriedelCorrelation c, int sx, int sy) {
        return c.overlapX(sx) >= MIN_OVERLAP * c.width && c.overlapY(sy) >= MIN_OVERLAP * c.height;
    }

    /** The best local maxima of the correlation over every allowed doubled centre of the coarsest level. */
    private static List<int[]> coarseMaxima(FriedelCorrelation c) {
        int nx = 2 * c.width - 1;
        int ny = 2 * c.height - 1;
        double[] map = new double[nx * ny];
        java.util.Arrays.fill(map, Double.NaN);
        for (int sy = 0; sy < ny; sy++) {
            for (int sx = 0; sx < nx; sx++) {
                if (allowed(c, sx, sy)) {
                    map[sy * nx + sx] = c.at(sx, sy);
                }
            }
        }
        List<int[]> maxima = new ArrayList<>();
        for (int sy = 0; sy < ny; sy++) {
            for (int sx = 0; sx < nx; sx++) {
                double v = map[sy * nx + sx];
                if (!Double.isNaN(v) && isLocalMaximum(map, nx, ny, sx, sy)) {
                    maxima.add(new int[] {sx, sy});
                }
            }
        }
        maxima.sort((a, b) -> Double.compare(map[b[1] * nx + b[0]], map[a[1] * nx + a[0]]));
        return maxima.subList(0, Math.min(CANDIDATES, maxima.size()));
    }

    private static boolean isLocalMaximum(double[] map, int nx, int ny, int sx, int sy) {
        double v = map[sy * nx + sx];
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int x = sx + dx;
                int y = sy + dy;
                if ((dx != 0 || dy != 0) && x >= 0 && y >= 0 && x < nx && y < ny) {
                    double u = map[y * nx + x];
                    // ties are broken towards the later pixel so that a plateau gives one maximum
                    if (u > v || u == v && (dy > 0 || dy == 0 && dx > 0)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Hill climbing on the doubled-centre grid of one level, from (sx, sy), within the overlap limits. */
    private static int[] climb(FriedelCorrelation c, int sx, int sy) {
        int limit = 4 * (c.width + c.height);
        double here = c.at(sx, sy);
        for (int step = 0; step < limit; step++) {
            int bx = sx;
            int by = sy;
            double best = Double.isNaN(here) ? Double.NEGATIVE_INFINITY : here;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if ((dx != 0 || dy != 0) && allowed(c, sx + dx, sy + dy)) {
                        double v = c.at(sx + dx, sy + dy);
                        if (v > best) {
                            best = v;
                            bx = sx + dx;
                            by = sy + dy;
                        }
                    }
                }
            }
            if (bx == sx && by == sy) {
                break;
            }
            sx = bx;
            sy = by;
            here = best;
        }
        return new int[] {sx, sy};
    }

    /**
     * The sub-grid offset of the top of the quadratic surface a + b x + c y + d x² + e x y + f y²
     * fitted by least squares to the 3 × 3 values around (sx, sy); {0, 0} when the surface has no
     * maximum within one grid step.
     */
    static double[] vertex(FriedelCorrelation c, int sx, int sy) {
        double[][] v = new double[3][3];
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                v[dy + 1][dx + 1] = c.at(sx + dx, sy + dy);
                if (Double.isNaN(v[dy + 1][dx + 1])) {
                    return new double[] {0, 0};
                }
            }
        }
        double b = 0;
        double cy = 0;
        double e = 0;
        double[] colMean = new double[3];
        double[] rowMean = new double[3];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                double f = v[j][i];
                b += (i - 1) * f;
                cy += (j - 1) * f;
                e += (i - 1) * (j - 1) * f;
                colMean[i] += f / 3;
                rowMean[j] += f / 3;
            }
        }
        b /= 6;
        cy /= 6;
        e /= 4;
        double d = 0.5 * (colMean[0] + colMean[2] - 2 * colMean[1]);
        double f = 0.5 * (rowMean[0] + rowMean[2] - 2 * rowMean[1]);
        double det = 4 * d * f - e * e;
        if (!(d < 0 && det > 0)) {
            return new double[] {0, 0};
        }
        double x = (-2 * f * b + e * cy) / det;
        double y = (-2 * d * cy + e * b) / det;
        if (Math.abs(x) > 1 || Math.abs(y) > 1) {
            return new double[] {0, 0};
        }
        return new double[] {x, y};
    }
}
