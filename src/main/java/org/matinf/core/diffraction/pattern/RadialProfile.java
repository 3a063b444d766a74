package org.matinf.core.diffraction.pattern;

import java.util.Arrays;
import org.matinf.core.image.GrayImage;

/**
 * The azimuthal average of a pattern about its centre: the mean (and optionally the median)
 * intensity of the pixels in rings of equal width. A pixel belongs wholly to the bin of the
 * distance of its centre from the pattern centre; bin i spans radii [i·w, (i+1)·w) and is
 * reported at its middle, (i + ½)·w. Pixels closer to the centre than the beam-stop radius are
 * left out; bins without pixels have NaN intensity and count 0. When the image is calibrated in
 * reciprocal units the radius is also given as g = 1/d in 1/nm.
 */
public final class RadialProfile {
    private final double centreX;
    private final double centreY;
    private final double binWidth;
    private final double pixelSize;
    private final double[] mean;
    private final double[] median;
    private final int[] counts;

    private RadialProfile(double centreX, double centreY, double binWidth, double pixelSize, double[] mean,
            double[] median, int[] counts) {
        this.centreX = centreX;
        this.centreY = centreY;
        this.binWidth = binWidth;
        this.pixelSize = pixelSize;
        this.mean = mean;
        this.median = median;
        this.counts = counts;
    }

    /**
     * The profile of an image about (cx, cy), out to the farthest corner.
     *
     * @param bin bin width in pixels (&gt; 0)
     * @param beamStop radius in pixels within which pixels are ignored (0 for none)
     * @param withMedian also compute the median of every bin (slower; robust against spots and hot pixels)
     * @throws IllegalArgumentException for NaN pixels, a centre outside the image, a bin width that
     *     is not positive or a negative beam-stop radius
     */
    public static RadialProfile of(GrayImage image, double cx, double cy, double bin, double beamStop,
            boolean withMedian) {
        PatternChecks.requireFinite(image);
        PatternChecks.requireInside(image, cx, cy);
        PatternChecks.positive(bin, "the bin width (pixels)");
        if (!(beamStop >= 0) || Double.isInfinite(beamStop)) {
            throw new IllegalArgumentException("the beam-stop radius must be 0 or a positive number of pixels, got " + beamStop);
        }
        int w = image.width();
        int h = image.height();
        double farthest = Math.max(Math.max(Math.hypot(cx, cy), Math.hypot(w - 1 - cx, cy)),
                Math.max(Math.hypot(cx, h - 1 - cy), Math.hypot(w - 1 - cx, h - 1 - cy)));
        int n = (int) Math.floor(farthest / bin) + 1;
        int[] binOf = new int[w * h];
        int[] counts = new int[n];
        double[] sum = new double[n];
        float[] p = image.pixels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double r = Math.hypot(x - cx, y - cy);
                int i = y * w + x;
                binOf[i] = r < beamStop ? -1 : Math.min(n - 1, (int) (r / bin));
                if (binOf[i] >= 0) {
                    counts[binOf[i]]++;
                    sum[binOf[i]] += p[i];
                }
            }
        }
        double[] mean = new double[n];
        for (int b = 0; b < n; b++) {
            mean[b] = counts[b] > 0 ? sum[b] / counts[b] : Double.NaN;
        }
        double[] median = withMedian ? medians(p, binOf, counts) : null;
        return new RadialProfile(cx, cy, bin, ReciprocalUnits.perNanometre(image.calibration()), mean, median, counts);
    }

    private static double[] medians(float[] p, int[] binOf, int[] counts) {
        int n = counts.length;
        int[] start = new int[n + 1];
        for (int b = 0; b < n; b++) {
            start[b + 1] = start[b] + counts[b];
        }
        double[] values = new double[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < p.length; i++) {
            if (binOf[i] >= 0) {
                values[fill[binOf[i]]++] = p[i];
            }
        }
        double[] median = new double[n];
        for (int b = 0; b < n; b++) {
            if (counts[b] == 0) {
                median[b] = Double.NaN;
            } else {
                double[] bin = Arrays.copyOfRange(values, start[b], start[b + 1]);
                median[b] = PixelStatistics.median(bin, bin.length);
            }
        }
        return median;
    }

    /** Number of bins. */
    public int size() {
        return mean.length;
    }

    public double centreX() {
        return centreX;
    }

    public double centreY() {
        return centreY;
    }

    /** Bin width in pixels. */
    public double binWidth() {
        return binWidth;
    }

    /** The image's pixel size in 1/nm, NaN when it is not calibrated in reciprocal units. */
    public double pixelSize() {
        return pixelSize;
    }

    /** True when the radius is also known as g (1/nm). */
    public boolean isCalibrated() {
        return !Double.isNaN(pixelSize);
    }

    /** The middle of bin i in pixels. */
    public double radius(int i) {
        return (i + 0.5) * binWidth;
    }

    /** The middle of bin i as g = 1/d in 1/nm; NaN when uncalibrated. */
    public double g(int i) {
        return radius(i) * pixelSize;
    }

    /** The mean intensity of bin i; NaN when it has no pixels. */
    public double intensity(int i) {
        return mean[i];
    }

    /** The median intensity of bin i; NaN when it has no pixels or medians were not asked for. */
    public double median(int i) {
        return median == null ? Double.NaN : median[i];
    }

    /** True when medians were computed. */
    public boolean hasMedian() {
        return median != null;
    }

    /** How many pixels bin i averages. */
    public int count(int i) {
        return counts[i];
    }
}
