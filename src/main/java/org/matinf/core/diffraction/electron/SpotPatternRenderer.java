package org.matinf.core.diffraction.electron;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;

/**
 * Draws a spot pattern as an image: each spot is a Gaussian of standard deviation σ pixels whose
 * height is the spot's scaled relative intensity (strongest spot 1 before scaling), centred at
 * (cx + gx / p, cy + gy / p) with the direct beam at the pixel (N/2, N/2) (pixel indices, x to the
 * right, y downwards as {@link DiffractionSpot#gx()}, {@link DiffractionSpot#gy()}) and p the
 * reciprocal pixel size. Overlapping spots add. The image is calibrated in 1/nm. A spot is drawn
 * only within 4σ of its centre (the tail beyond holds 3e-4 of its volume); spots outside the image
 * are skipped. Immutable; {@link #render(List, float[])} reuses a caller's pixel buffer.
 */
public final class SpotPatternRenderer {
    /** Mapping of relative intensities I (0..1) to spot heights. */
    public enum Scale {
        /** Height I. */
        LINEAR,
        /** Height √I: weak spots become visible, as on a detector viewed with gamma 0.5. */
        SQRT,
        /** Height log(1 + 1000 I) / log(1001): three decades of intensity spread over 0..1. */
        LOG;

        /** The height of a spot of relative intensity {@code relative}. */
        public double apply(double relative) {
            return switch (this) {
                case LINEAR -> relative;
                case SQRT -> Math.sqrt(relative);
                case LOG -> Math.log1p(1000 * relative) / Math.log(1001);
            };
        }

        /** Parses "linear", "sqrt" or "log" (case-insensitive). */
        public static Scale parse(String name) {
            for (Scale s : values()) {
                if (s.name().equalsIgnoreCase(name.trim())) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown intensity scale '" + name + "' (use linear, sqrt or log)");
        }
    }

    private final int size;
    private final double pixelSize;
    private final double sigma;
    private final boolean directBeam;
    private final Scale scale;
    private final int radius;
    private final ImageCalibration calibration;

    /**
     * @param size image width and height in pixels, at least 8
     * @param pixelSize reciprocal pixel size in 1/nm per pixel, positive
     * @param sigma spot standard deviation in pixels, at least 0.3
     * @param directBeam whether to draw the direct beam (height 1) at the centre
     * @param scale intensity scaling
     */
    public SpotPatternRenderer(int size, double pixelSize, double sigma, boolean directBeam, Scale scale) {
        if (size < 8 || size > 16384) {
            throw new IllegalArgumentException("image size must be between 8 and 16384 pixels, got " + size);
        }
        if (!(pixelSize > 0) || Double.isInfinite(pixelSize)) {
            throw new IllegalArgumentException("reciprocal pixel size must be a positive number of 1/nm, got " + pixelSize);
        }
        if (!(sigma >= 0.3) || sigma > size) {
            throw new IllegalArgumentException("spot sigma must be between 0.3 and the image size in pixels, got " + sigma);
        }
        this.size = size;
        this.pixelSize = pixelSize;
        this.sigma = sigma;
        this.directBeam = directBeam;
        this.scale = Objects.requireNonNull(scale, "scale");
        this.radius = (int) Math.ceil(4 * sigma);
        this.calibration = new ImageCalibration(pixelSize, "1/nm");
    }

    /**
     * The reciprocal pixel size (1/nm per pixel) of a detector with pixels of {@code detectorPixel}
     * µm at camera length {@code cameraLength} mm: p / (λ L), as a spot at g lies λ L g from the
     * direct beam (small angles).
     */
    public static double pixelSize(double cameraLength, double detectorPixel, double kilovolts) {
        if (!(cameraLength > 0) || !(detectorPixel > 0) || Double.isInfinite(cameraLength) || Double.isInfinite(detectorPixel)) {
            throw new IllegalArgumentException("camera length (mm) and detector pixel size (µm) must be positive numbers, got "
                    + cameraLength + " and " + detectorPixel);
        }
        double lambdaNm = ElectronWavelength.angstrom(kilovolts) / 10;
        return (detectorPixel * 1e3) / (lambdaNm * cameraLength * 1e6);
    }

    /** The reciprocal pixel size (1/nm) that puts |g| = g_max (1/Å) at 90% of the half-width of the image. */
    public static double pixelSizeToFit(double gMax, int size) {
        return 10 * gMax / (0.45 * size);
    }

    /** The largest |g| (1/Å) inside the circle inscribed in the image. */
    public double inscribedG() {
        return (size / 2) * pixelSize / 10;
    }

    public int size() {
        return size;
    }

    /** Reciprocal pixel size in 1/nm per pixel. */
    public double pixelSize() {
        return pixelSize;
    }

    public double sigma() {
        return sigma;
    }

    /** A new image of the spots. */
    public GrayImage render(List<DiffractionSpot> spots) {
        return render(spots, new float[size * size]);
    }

    /**
     * Draws the spots into {@code buffer} (size² floats, cleared first) and returns an image that
     * wraps it.
     */
    public GrayImage render(List<DiffractionSpot> spots, float[] buffer) {
        if (buffer.length != size * size) {
            throw new IllegalArgumentException("pixel buffer has " + buffer.length + " floats, not " + size + " x " + size);
        }
        Arrays.fill(buffer, 0f);
        double[] wx = new double[2 * radius + 1];
        double[] wy = new double[2 * radius + 1];
        double c = size / 2;
        double perPixel = 10 / pixelSize;
        if (directBeam) {
            draw(buffer, c, c, 1.0, wx, wy);
        }
        for (DiffractionSpot s : spots) {
            double height = scale.apply(s.relativeIntensity());
            if (height > 0) {
                draw(buffer, c + s.gx() * perPixel, c + s.gy() * perPixel, height, wx, wy);
            }
        }
        return new GrayImage(size, size, buffer, calibration);
    }

    private void draw(float[] pixels, double fx, double fy, double height, double[] wx, double[] wy) {
        if (!(fx > -radius - 1 && fx < size + radius && fy > -radius - 1 && fy < size + radius)) {
            return;
        }
        int cx = (int) Math.round(fx);
        int cy = (int) Math.round(fy);
        int x0 = Math.max(0, cx - radius);
        int x1 = Math.min(size - 1, cx + radius);
        int y0 = Math.max(0, cy - radius);
        int y1 = Math.min(size - 1, cy + radius);
        if (x0 > x1 || y0 > y1) {
            return;
        }
        double a = -0.5 / (sigma * sigma);
        for (int x = x0; x <= x1; x++) {
            double d = x - fx;
            wx[x - x0] = Math.exp(a * d * d);
        }
        for (int y = y0; y <= y1; y++) {
            double d = y - fy;
            wy[y - y0] = height * Math.exp(a * d * d);
        }
        for (int y = y0; y <= y1; y++) {
            double row = wy[y - y0];
            int offset = y * size;
            for (int x = x0; x <= x1; x++) {
                pixels[offset + x] += (float) (row * wx[x - x0]);
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SpotPatternRenderer(%d px, %.6g 1/nm per pixel, sigma %.3g px, %s%s)", size, pixelSize,
                sigma, scale, directBeam ? ", direct beam" : "");
    }
}
