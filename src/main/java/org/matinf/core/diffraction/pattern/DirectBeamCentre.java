package org.matinf.core.diffraction.pattern;

import org.matinf.core.image.GrayImage;

/**
 * Finds the centre of a pattern as the centroid of the direct beam: the image is smoothed with a
 * Gaussian ({@value #SMOOTHING} pixels σ, so single hot pixels do not count), the brightest
 * smoothed pixel is taken as the top of the beam, and the connected region around it that is
 * brighter than half-way between the image's median (the background) and that top is the beam.
 * Its centroid, weighted by how far each smoothed pixel stands above the half-way level, is the
 * centre: sub-pixel, and unbiased for a round beam also when its top is saturated (flat).
 */
public final class DirectBeamCentre {
    /** Standard deviation of the smoothing in pixels. */
    static final double SMOOTHING = 2.0;

    private DirectBeamCentre() {
    }

    /**
     * The centroid of the brightest blob.
     *
     * @throws IllegalArgumentException for NaN pixels or a flat image
     */
    public static PatternCentre find(GrayImage image) {
        PatternChecks.requirePattern(image);
        int w = image.width();
        float[] s = PixelStatistics.gaussian(image, SMOOTHING);
        int top = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[top]) {
                top = i;
            }
        }
        double background = PixelStatistics.median(s);
        double level = background + 0.5 * (s[top] - background);
        if (!(s[top] > background)) {
            throw new IllegalArgumentException("no direct beam: nothing stands above the background");
        }
        boolean[] seen = new boolean[s.length];
        int[] stack = new int[s.length];
        int n = 0;
        stack[n++] = top;
        seen[top] = true;
        double sw = 0;
        double sx = 0;
        double sy = 0;
        while (n > 0) {
            int i = stack[--n];
            int x = i % w;
            int y = i / w;
            double weight = s[i] - level;
            sw += weight;
            sx += weight * x;
            sy += weight * y;
            int[] next = {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1,
                y < image.height() - 1 ? i + w : -1};
            for (int j : next) {
                if (j >= 0 && !seen[j] && s[j] >= level) {
                    seen[j] = true;
                    stack[n++] = j;
                }
            }
        }
        double cx = sw > 0 ? sx / sw : top % w;
        double cy = sw > 0 ? sy / sw : top / w;
        return new PatternCentre(cx, cy, PatternCentre.score(image, cx, cy), PatternCentre.Method.DIRECT_BEAM);
    }
}
