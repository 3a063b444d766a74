package org.matinf.core.image;

import java.util.function.Consumer;

/**
 * One step of a {@link PreprocessingRecipe}: an immutable operation with its parameters that turns
 * an image into a new one (the input is not changed) and describes itself in the recipe's text
 * form ("gaussian sigma=1.5").
 *
 * <p>Parameters that are wrong in themselves (zero, negative, NaN) are refused when the step is
 * made; parameters that do not fit a given image (a kernel larger than the image) are refused by
 * {@link #check}, which {@link #apply} calls first. Both throw {@link IllegalArgumentException}
 * with a message for the user; the recipe adds the image title and slice.
 */
public interface PreprocessingStep {

    /** Where a step sits in a recipe; recipes apply their steps in this order. */
    enum Stage {
        /** Hot (and dead) pixel removal. */
        HOT_PIXELS,
        /** Noise reduction: Gaussian or median filter. */
        DENOISE,
        /** Background subtraction: rolling ball, polynomial surface or radial median. */
        BACKGROUND,
        /** Intensity normalisation: min–max, z-score or percentile clipping. */
        NORMALISE,
        /** Intensity scaling: log or gamma. */
        SCALE,
        /** Circular mask about the pattern centre. */
        MASK,
        /** Resizing or binning. */
        RESAMPLE
    }

    /** The stage this step belongs to. */
    Stage stage();

    /**
     * The processed image, a new one; the calibration follows the step (only resampling changes
     * it).
     *
     * @throws IllegalArgumentException if the step does not fit the image (see {@link #check})
     * @throws ImageException if the step needs finite pixels and the image has a NaN or infinity
     */
    GrayImage apply(GrayImage image);

    /**
     * As {@link #apply(GrayImage)}, reporting what the step found (e.g. how many hot pixels it
     * replaced) as short sentences.
     */
    default GrayImage apply(GrayImage image, Consumer<String> notes) {
        return apply(image);
    }

    /** The step in the recipe's text form, e.g. "median r=2". */
    String describe();

    /**
     * True if the step cannot work around NaN or infinite pixels and refuses such images; the
     * others treat them as missing (skipped in fits and statistics, left NaN in the result).
     */
    default boolean needsFinitePixels() {
        return false;
    }

    /**
     * Checks that the parameters fit the image.
     *
     * @throws IllegalArgumentException with a message naming the parameter and the image size
     */
    default void check(GrayImage image) {
    }
}
