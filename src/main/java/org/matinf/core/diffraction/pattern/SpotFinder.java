package org.matinf.core.diffraction.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.matinf.core.image.GrayImage;

/**
 * Finds the spots of a diffraction pattern and measures them.
 * <ol>
 * <li>The image is smoothed lightly (Gaussian, σ = 1 pixel). Candidates are the local maxima of
 * the smoothed image at least {@code radius} pixels from the border.</li>
 * <li>Each candidate's local background is the median of the pixels in the annulus from
 * radius + 1 to radius + 3 around it. A candidate is kept when its smoothed height above that
 * background reaches the threshold: {@code threshold} × the image's noise σ (robust estimate
 * from neighbouring-pixel differences), or an absolute number of counts.</li>
 * <li>Strongest first, candidates closer than the minimum distance to a spot already kept are
 * dropped.</li>
 * <li>The position is refined by a least-squares 2-D Gaussian fit over the (2·radius + 1)² window
 * ({@link GaussianSpotFit}); if the fit fails, by the centroid of the background-subtracted
 * window. The integrated intensity is the sum of pixel − background over the disc of the given
 * radius.</li>
 * </ol>
 */
public final class SpotFinder {
    private static final double SMOOTHING = 1.0;

    private final double threshold;
    private final boolean absolute;
    private final double minDistance;
    private final int radius;

    /** Defaults: 5 noise σ, 5 pixels apart, measured within 3 pixels. */
    public SpotFinder() {
        this(5, false, 5, 3);
    }

    private SpotFinder(double threshold, boolean absolute, double minDistance, int radius) {
        this.threshold = PatternChecks.positive(threshold, "the spot threshold");
        this.absolute = absolute;
        if (!(minDistance >= 0) || Double.isInfinite(minDistance)) {
            throw new IllegalArgumentException("the minimum distance between spots must be 0 or more pixels, got "
                    + minDistance);
        }
        this.minDistance = minDistance;
        if (radius < 1 || radius > 50) {
            throw new IllegalArgumentException("the spot radius must be 1 to 50 pixels, got " + radius);
        }
        this.radius = radius;
    }

    /** Keep spots whose height above the local background is at least this many noise σ. */
    public SpotFinder withThreshold(double sigmas) {
        return new SpotFinder(sigmas, false, minDistance, radius);
    }

    /** Keep spots whose height above the local background is at least this many counts. */
    public SpotFinder withAbsoluteThreshold(double counts) {
        return new SpotFinder(counts, true, minDistance, radius);
    }

    /** Spots closer than this (pixels) to a stronger one are dropped. */
    public SpotFinder withMinDistance(double pixels) {
        return new SpotFinder(threshold, absolute, pixels, radius);
    }

    /** Half-size of the fit window and radius of the integration disc, in pixels (about 2 spot σ). */
    public SpotFinder withRadius(int pixels) {
        return new SpotFinder(threshold, absolute, minDistance, pixels);
    }

    /**
     * The spots of a pattern with centre (cx, cy), nearest the centre first.
     *
     * @throws IllegalArgumentException for NaN pixels, a flat image or a centre outside the image
     */
    public List<MeasuredSpot> find(GrayImage image, double cx, double cy) {
        PatternChecks.requirePattern(image);
        PatternChecks.requireInside(image, cx, cy);
        int w = image.width();
        int h = image.height();
        float[] s = PixelStatistics.gaussian(image, SMOOTHING);
        double level = absolute ? threshold : threshold * PixelStatistics.noise(image);
        List<double[]> candidates = new ArrayList<>();
        int[] annulus = annulus();
        double[] ring = new double[annulus.length / 2];
        for (int y = radius; y < h - radius; y++) {
            for (int x = radius; x < w - radius; x++) {
                if (isLocalMaximum(s, w, x, y)) {
                    double background = background(image, x, y, annulus, ring);
                    double height = s[y * w + x] - background;
                    if (height > 0 && height >= level) {
                        candidates.add(new double[] {x, y, height, background});
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[2]));
        List<double[]> kept = new ArrayList<>();
        for (double[] c : candidates) {
            if (kept.stream().noneMatch(k -> Math.hypot(k[0] - c[0], k[1] - c[1]) < minDistance)) {
                kept.add(c);
            }
        }
        double pixelSize = ReciprocalUnits.perNanometre(image.calibration());
        List<MeasuredSpot> spots = new ArrayList<>();
        for (double[] c : kept) {
            spots.add(measure(image, (int) c[0], (int) c[1], c[3], cx, cy, pixelSize));
        }
        spots.sort(Comparator.comparingDouble(MeasuredSpot::distance));
        return spots;
    }

    private static boolean isLocalMaximum(float[] s, int w, int x, int y) {
        float v = s[y * w + x];
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                float u = s[(y + dy) * w + x + dx];
                // ties go to the later pixel, so that a flat top counts once
                if ((dx != 0 || dy != 0) && (u > v || u == v && (dy > 0 || dy == 0 && dx > 0))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Offsets (dx, dy) of the annulus radius + 1 … radius + 3 around a pixel. */
    private int[] annulus() {
        int outer = radius + 3;
        int[] offsets = new int[2 * (2 * outer + 1) * (2 * outer + 1)];
        int n = 0;
        for (int dy = -outer; dy <= outer; dy++) {
            for (int dx = -outer; dx <= outer; dx++) {
                int r2 = dx * dx + dy * dy;
                if (r2 >= (radius + 1) * (radius + 1) && r2 <= outer * outer) {
                    offsets[n++] = dx;
                    offsets[n++] = dy;
                }
            }
        }
        return java.util.Arrays.copyOf(offsets, n);
    }

    /** Median of the annulus pixels around (x, y) that lie inside the image. */
    private static double background(GrayImage image, int x, int y, int[] annulus, double[] buffer) {
        int n = 0;
        for (int i = 0; i < annulus.length; i += 2) {
            int u = x + annulus[i];
            int v = y + annulus[i + 1];
            if (u >= 0 && v >= 0 && u < image.width() && v < image.height()) {
                buffer[n++] = image.get(u, v);
            }
        }
        return PixelStatistics.median(buffer, n);
    }

    private MeasuredSpot measure(GrayImage image, int px, int py, double background, double cx, double cy,
            double pixelSize) {
        double sum = 0;
        double sx = 0;
        double sy = 0;
        double sw = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int y = py - radius; y <= py + radius; y++) {
            for (int x = px - radius; x <= px + radius; x++) {
                double v = image.get(x, y) - background;
                top = Math.max(top, v);
                if (Math.hypot(x - px, y - py) <= radius) {
                    sum += v;
                }
                if (v > 0) {
                    sw += v;
                    sx += v * x;
                    sy += v * y;
                }
            }
        }
        double x0 = sw > 0 ? sx / sw : px;
        double y0 = sw > 0 ? sy / sw : py;
        GaussianSpotFit.Gaussian fit = GaussianSpotFit.fit(image, px, py, radius,
                new GaussianSpotFit.Gaussian(background, top, x0, y0, 0.5 * radius));
        double x = fit == null ? x0 : fit.x();
        double y = fit == null ? y0 : fit.y();
        double distance = Math.hypot(x - cx, y - cy);
        double g = distance * pixelSize;
        double d = distance >= 1 ? 10.0 / g : Double.NaN;
        double angle = Math.toDegrees(Math.atan2(-(y - cy), x - cx));
        return new MeasuredSpot(x, y, distance, g, d, angle, sum, fit == null ? top : fit.amplitude(),
                fit == null ? background : fit.background(), fit == null ? Double.NaN : fit.sigma());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SpotFinder(threshold %.4g%s, min distance %.3g px, radius %d px)", threshold,
                absolute ? " counts" : " σ", minDistance, radius);
    }
}
