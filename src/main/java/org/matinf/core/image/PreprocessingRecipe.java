package org.matinf.core.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An ordered, immutable list of preprocessing steps for diffraction patterns, at most one per
 * {@link PreprocessingStep.Stage}, always applied in the fixed order of the stages:
 * <ol>
 * <li>hot pixels ({@link HotPixelFilter}),</li>
 * <li>denoising ({@link GaussianFilter} or {@link MedianFilter}),</li>
 * <li>background ({@link RollingBallBackground}, {@link PolynomialBackground} or
 *     {@link RadialMedianBackground}),</li>
 * <li>normalisation ({@link Normalisation}),</li>
 * <li>intensity scaling ({@link IntensityScaling}),</li>
 * <li>mask ({@link CircularMask}),</li>
 * <li>resampling ({@link Resampling}).</li>
 * </ol>
 * A recipe renders itself as one line of text and reads that text back, so a result can be
 * reproduced from the line stored with it:
 * {@code MatInf preprocessing: hotpixels k=5; gaussian sigma=1; background rolling-ball r=50;
 * normalise percentile 1-99.5; log; mask r=120; bin 2}.
 */
public final class PreprocessingRecipe {
    /** How every recipe text starts. */
    public static final String PREFIX = "MatInf preprocessing:";

    /** The recipe without steps: the image is copied unchanged. */
    public static final PreprocessingRecipe NONE = new PreprocessingRecipe(new EnumMap<>(PreprocessingStep.Stage.class));

    private final List<PreprocessingStep> steps;

    private PreprocessingRecipe(Map<PreprocessingStep.Stage, PreprocessingStep> byStage) {
        List<PreprocessingStep> list = new ArrayList<>(byStage.values());
        list.sort(Comparator.comparing(PreprocessingStep::stage));
        this.steps = Collections.unmodifiableList(list);
    }

    /**
     * A recipe of the given steps (in any order; they are applied in stage order).
     *
     * @throws IllegalArgumentException if two steps belong to the same stage
     */
    public static PreprocessingRecipe of(PreprocessingStep... steps) {
        Map<PreprocessingStep.Stage, PreprocessingStep> map = new EnumMap<>(PreprocessingStep.Stage.class);
        for (PreprocessingStep s : steps) {
            PreprocessingStep old = map.put(s.stage(), s);
            if (old != null) {
                throw new IllegalArgumentException("a recipe takes one step per stage, but '" + old.describe() + "' and '"
                        + s.describe() + "' are both " + s.stage().name().toLowerCase().replace('_', ' '));
            }
        }
        return new PreprocessingRecipe(map);
    }

    /** This recipe with {@code step} added, replacing the step of the same stage if there is one. */
    public PreprocessingRecipe with(PreprocessingStep step) {
        Map<PreprocessingStep.Stage, PreprocessingStep> map = new EnumMap<>(PreprocessingStep.Stage.class);
        for (PreprocessingStep s : steps) {
            map.put(s.stage(), s);
        }
        map.put(step.stage(), step);
        return new PreprocessingRecipe(map);
    }

    /** The steps in the order they are applied. */
    public List<PreprocessingStep> steps() {
        return steps;
    }

    /** Applies the recipe to an image without a title (messages say "&lt;image&gt;"). */
    public GrayImage apply(GrayImage image) {
        return apply(image, null, 0, note -> { });
    }

    /**
     * Applies every step in order.
     *
     * @param title the image's title, for messages
     * @param slice 1-based slice number, or 0 for a single image
     * @param notes receives what the steps found ("12 hot pixels replaced ...")
     * @throws ImageException if a step needs finite pixels and the image has NaN or infinite ones
     *     (naming the first), or a parameter does not fit the image ("title, slice 2: median
     *     radius 80 is larger than the image (64 x 64 pixels)")
     */
    public GrayImage apply(GrayImage image, String title, int slice, Consumer<String> notes) {
        if (steps.stream().anyMatch(PreprocessingStep::needsFinitePixels)) {
            image.requireFinite(title, slice);
        }
        GrayImage current = image;
        for (PreprocessingStep step : steps) {
            try {
                current = step.apply(current, notes);
            } catch (IllegalArgumentException ex) {
                throw new ImageException(title, slice, step.describe() + ": " + ex.getMessage());
            }
        }
        return current == image ? image.copy() : current;
    }

    /** The one-line text form, {@value #PREFIX} followed by the steps separated by "; ". */
    public String toText() {
        if (steps.isEmpty()) {
            return PREFIX + " none";
        }
        StringBuilder sb = new StringBuilder(PREFIX);
        for (int i = 0; i < steps.size(); i++) {
            sb.append(i == 0 ? " " : "; ").append(steps.get(i).describe());
        }
        return sb.toString();
    }

    /**
     * Reads a recipe from its text form (as written by {@link #toText()}; the steps may come in
     * any order, the prefix may be left out).
     *
     * @throws IllegalArgumentException naming the part that cannot be read
     */
    public static PreprocessingRecipe parse(String text) {
        return RecipeParser.parse(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreprocessingRecipe r && r.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return toText();
    }
}
