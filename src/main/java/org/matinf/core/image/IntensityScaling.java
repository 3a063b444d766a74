package org.matinf.core.image;

/**
 * Non-linear intensity scaling that brings out weak reflections beside strong ones, over the
 * finite pixels (NaN stays NaN):
 * <ul>
 * <li>{@code LOG}: log(1 + v − min), i.e. the minimum is shifted to 0 first, so the result is
 *     0 at the minimum and never NaN;</li>
 * <li>{@code GAMMA}: min + (max − min)·((v − min)/(max − min))^γ, which keeps the range; γ &lt; 1
 *     lifts weak intensities.</li>
 * </ul>
 *
 * @param kind log or gamma
 * @param gamma the exponent γ, positive; 1 for {@code LOG}
 */
public record IntensityScaling(Kind kind, double gamma) implements PreprocessingStep {

    /** The scalings. */
    public enum Kind {
        LOG, GAMMA
    }

    /** @throws IllegalArgumentException if gamma is not positive and finite */
    public IntensityScaling {
        if (kind == null) {
            throw new IllegalArgumentException("no intensity scaling kind given");
        }
        if (kind == Kind.LOG) {
            gamma = 1;
        }
        RecipeNumbers.positive("gamma", gamma);
    }

    /** log(1 + v − min). */
    public static IntensityScaling log() {
        return new IntensityScaling(Kind.LOG, 1);
    }

    /** Range-preserving power law with exponent γ. */
    public static IntensityScaling gamma(double gamma) {
        return new IntensityScaling(Kind.GAMMA, gamma);
    }

    @Override
    public Stage stage() {
        return Stage.SCALE;
    }

    @Override
    public GrayImage apply(GrayImage image) {
        double[] range = image.range();
        double min = range[0];
        double span = range[1] - range[0];
        float[] in = image.pixels();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            double v = in[i] - min;
            if (kind == Kind.LOG) {
                out[i] = (float) Math.log1p(v);
            } else {
                out[i] = span > 0 ? (float) (min + span * Math.pow(v / span, gamma)) : in[i];
            }
        }
        return image.withPixels(out);
    }

    @Override
    public String describe() {
        return kind == Kind.LOG ? "log" : "gamma " + RecipeNumbers.format(gamma);
    }
}
