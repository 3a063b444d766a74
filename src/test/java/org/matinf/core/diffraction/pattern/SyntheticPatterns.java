package org.matinf.core.diffraction.pattern;

import java.util.Random;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;

/**
 * Synthetic electron diffraction patterns with known geometry, for the tests: Debye rings at
 * given radii, a spot lattice, a direct beam (optionally saturated or behind a beam stop), a
 * diffuse background falling off from the centre and Gaussian noise from a fixed seed.
 */
public final class SyntheticPatterns {
    private final int width;
    private final int height;
    private final double cx;
    private final double cy;
    private final double[] pixels;

    /** An empty pattern centred at (cx, cy) (pixel centres at integers). */
    public SyntheticPatterns(int width, int height, double cx, double cy) {
        this.width = width;
        this.height = height;
        this.cx = cx;
        this.cy = cy;
        this.pixels = new double[width * height];
    }

    /** Adds a ring of Gaussian radial profile (σ in pixels) and the given peak height. */
    public SyntheticPatterns ring(double radius, double sigma, double height) {
        for (int y = 0; y < this.height; y++) {
            for (int x = 0; x < width; x++) {
                double r = Math.hypot(x - cx, y - cy);
                double u = (r - radius) / sigma;
                if (Math.abs(u) < 8) {
                    pixels[y * width + x] += height * Math.exp(-0.5 * u * u);
                }
            }
        }
        return this;
    }

    /** Adds a round Gaussian spot of standard deviation σ and peak height at (x0, y0). */
    public SyntheticPatterns spot(double x0, double y0, double sigma, double height) {
        int r = (int) Math.ceil(6 * sigma);
        for (int y = Math.max(0, (int) y0 - r); y <= Math.min(this.height - 1, (int) y0 + r); y++) {
            for (int x = Math.max(0, (int) x0 - r); x <= Math.min(width - 1, (int) x0 + r); x++) {
                double d2 = ((x - x0) * (x - x0) + (y - y0) * (y - y0)) / (sigma * sigma);
                pixels[y * width + x] += height * Math.exp(-0.5 * d2);
            }
        }
        return this;
    }

    /** Adds the direct beam: a Gaussian spot at the centre. */
    public SyntheticPatterns beam(double sigma, double height) {
        return spot(cx, cy, sigma, height);
    }

    /** Adds a diffuse background a + b exp(−r / length). */
    public SyntheticPatterns diffuse(double a, double b, double length) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] += a + b * Math.exp(-Math.hypot(x - cx, y - cy) / length);
            }
        }
        return this;
    }

    /** Clips every value at a saturation level (a saturated detector). */
    public SyntheticPatterns saturate(double level) {
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = Math.min(pixels[i], level);
        }
        return this;
    }

    /** A beam stop: a rod of the given width from the centre to the right edge and a disc of the given radius, set to a constant. */
    public SyntheticPatterns beamStop(double rodWidth, double discRadius, double value) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean rod = x >= cx && Math.abs(y - cy) <= rodWidth / 2;
                if (rod || Math.hypot(x - cx, y - cy) <= discRadius) {
                    pixels[y * width + x] = value;
                }
            }
        }
        return this;
    }

    /** Adds Gaussian noise of standard deviation σ (fixed seed). */
    public SyntheticPatterns noise(double sigma, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] += sigma * random.nextGaussian();
        }
        return this;
    }

    /** The pattern as an image with the given calibration. */
    public GrayImage image(ImageCalibration calibration) {
        float[] f = new float[pixels.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) pixels[i];
        }
        return new GrayImage(width, height, f, calibration);
    }

    /** The pattern as an uncalibrated image. */
    public GrayImage image() {
        return image(ImageCalibration.NONE);
    }

    /** The ring radii (pixels) of rings at the given d-spacings (Å) for a pixel size in 1/nm. */
    public static double[] radii(double[] dAngstrom, double pixelPerNm) {
        double[] r = new double[dAngstrom.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = 10.0 / dAngstrom[i] / pixelPerNm;
        }
        return r;
    }
}
