package org.matinf.core.image;

/**
 * A background step: it models the slowly varying background of a pattern, and applying it
 * subtracts that model pixel by pixel (NaN − anything stays NaN).
 */
public interface BackgroundSubtraction extends PreprocessingStep {

    /** The background model over the whole image, same size and calibration. */
    GrayImage background(GrayImage image);

    @Override
    default Stage stage() {
        return Stage.BACKGROUND;
    }

    /** The image minus its {@link #background}. */
    @Override
    default GrayImage apply(GrayImage image) {
        float[] bg = background(image).pixels();
        float[] in = image.pixels();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] - bg[i];
        }
        return image.withPixels(out);
    }
}
