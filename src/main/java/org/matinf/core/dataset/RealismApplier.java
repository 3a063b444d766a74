package org.matinf.core.dataset;

import java.util.SplittableRandom;
import org.matinf.core.image.GrayImage;

/**
 * Makes a simulated pattern look measured, in the order documented by {@link Realism}. Every
 * random choice comes from the pattern's own generator: {@link #draw} takes the per-pattern
 * numbers (always the same count, whatever is switched on, so that e.g. adding read noise does not
 * change the gains), and {@link #apply} the pixel noise from the drawn noise seed. Thread-safe.
 */
public final class RealismApplier {
    /** How far the background's centre moves from the pattern centre, in pattern widths. */
    static final double BACKGROUND_SHIFT = 0.1;
    /** Width (σ) of the background in pattern widths. */
    static final double BACKGROUND_WIDTH = 0.5;

    private final Realism realism;
    private final GaussianSmoothing blur;

    public RealismApplier(Realism realism) {
        this.realism = realism;
        this.blur = realism.blur() > 0 ? new GaussianSmoothing(realism.blur()) : null;
    }

    public Realism realism() {
        return realism;
    }

    /** Draws the per-pattern choices: 3 pattern-centre offsets, gamma, gain, background centre, noise seed. */
    public RealismDraw draw(SplittableRandom rng) {
        double pc = realism.pcJitter();
        PatternJitter jitter = new PatternJitter(Draws.symmetric(rng, pc), Draws.symmetric(rng, pc), Draws.symmetric(rng, pc));
        double gamma = 1 + Draws.symmetric(rng, realism.gammaJitter());
        double gain = 1 + Draws.symmetric(rng, realism.gainJitter());
        double bx = Draws.symmetric(rng, BACKGROUND_SHIFT);
        double by = Draws.symmetric(rng, BACKGROUND_SHIFT);
        return new RealismDraw(jitter, gamma, gain, bx, by, rng.nextLong());
    }

    /**
     * The pattern with realism applied, as a new image of the same size and calibration; intensities
     * in units of the pattern's maximum.
     *
     * @throws IllegalArgumentException if the pattern has a non-finite or negative pixel
     */
    public GrayImage apply(GrayImage pattern, RealismDraw draw) {
        int w = pattern.width();
        int h = pattern.height();
        float[] p = normalised(pattern);
        if (blur != null) {
            p = blur.blur(p, w, h);
        }
        float gamma = (float) draw.gamma();
        float gain = (float) draw.gain();
        for (int i = 0; i < p.length; i++) {
            p[i] = gain * (gamma == 1 ? p[i] : (float) StrictMath.pow(p[i], gamma));
        }
        addBackground(p, w, h, draw);
        SplittableRandom noise = new SplittableRandom(draw.noiseSeed());
        SplittableRandom shot = noise.split();
        SplittableRandom read = noise.split();
        double dose = realism.dose();
        if (dose > 0) {
            for (int i = 0; i < p.length; i++) {
                p[i] = (float) (Draws.poisson(shot, dose * p[i]) / dose);
            }
        }
        double sigma = realism.readNoise();
        if (sigma > 0) {
            double[] g = new double[p.length];
            Draws.gaussians(read, g);
            for (int i = 0; i < p.length; i++) {
                p[i] = (float) (p[i] + sigma * g[i]);
            }
        }
        return pattern.withPixels(p);
    }

    /** A copy divided by the maximum; an all-zero pattern stays zero. */
    private static float[] normalised(GrayImage pattern) {
        float[] in = pattern.pixels();
        double max = 0;
        for (int i = 0; i < in.length; i++) {
            float v = in[i];
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("the simulated pattern has a non-finite intensity (" + v + ") at pixel "
                        + where(i, pattern.width()));
            }
            max = Math.max(max, v);
        }
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            if (in[i] < -1e-6 * max || in[i] < 0 && max == 0) {
                throw new IllegalArgumentException("the simulated pattern has a negative intensity (" + in[i] + ") at pixel "
                        + where(i, pattern.width()));
            }
            out[i] = max > 0 ? (float) Math.max(0, in[i] / max) : 0f;
        }
        return out;
    }

    private static String where(int i, int width) {
        return "(" + i % width + ", " + i / width + ")";
    }

    private void addBackground(float[] p, int w, int h, RealismDraw draw) {
        double amplitude = realism.background();
        if (amplitude <= 0) {
            return;
        }
        double cx = 0.5 * (w - 1) + draw.backgroundX() * w;
        double cy = 0.5 * (h - 1) + draw.backgroundY() * w;
        double s = BACKGROUND_WIDTH * w;
        double k = -0.5 / (s * s);
        double[] gx = new double[w];
        for (int x = 0; x < w; x++) {
            gx[x] = StrictMath.exp(k * (x - cx) * (x - cx));
        }
        for (int y = 0; y < h; y++) {
            double gy = amplitude * StrictMath.exp(k * (y - cy) * (y - cy));
            for (int x = 0; x < w; x++) {
                p[y * w + x] += (float) (gy * gx[x]);
            }
        }
    }
}
