package org.matinf.core.deep;

import java.util.List;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.image.Normalisation;

/** How patterns become network input: each pattern standardised to zero mean and unit variance. */
final class PatternInput {
    /** The normalisation, as written to model cards. */
    static final String NORMALISATION = "per pattern: zero mean, unit variance";

    private PatternInput() {
    }

    /** A standardised copy of the pixels. */
    static float[] standardise(float[] pixels, int size) {
        return Normalisation.zScore().apply(new GrayImage(size, size, pixels, ImageCalibration.NONE)).pixels();
    }

    /** The standardised pixels of all images, one after another. */
    static float[] batch(List<GrayImage> images, int size) {
        float[] out = new float[images.size() * size * size];
        for (int i = 0; i < images.size(); i++) {
            GrayImage g = images.get(i);
            checkSize(g, i + 1, size);
            System.arraycopy(standardise(g.pixels(), size), 0, out, i * size * size, size * size);
        }
        return out;
    }

    /**
     * Refuses a pattern that is not {@code size} × {@code size} pixels or holds a NaN or infinite
     * pixel (which would make every output of the network NaN).
     *
     * @param number the pattern's 1-based number, for the message
     * @throws IllegalArgumentException naming the pattern, its size and the model's, or the pixel
     */
    static void checkSize(GrayImage g, int number, int size) {
        if (g.width() != size || g.height() != size) {
            throw new IllegalArgumentException("pattern " + number + " is " + g.width() + " x " + g.height()
                    + " pixels; this model takes " + size + " x " + size + " (resize or bin the patterns first)");
        }
        g.requireFinite("pattern " + number, 0);
    }
}
