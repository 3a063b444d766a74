package org.matinf.core.dataset;

import java.util.Map;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.Orientation;

/**
 * A simulator of square diffraction patterns for one crystal, as {@link DiffractionDataset} needs
 * it: the TEM spot-pattern renderer or the EBSD Kikuchi simulator, set up (structure, voltage,
 * detector) before the dataset is generated.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link #render} is called from several threads at once and must be thread-safe;</li>
 * <li>it must be deterministic: the same orientation and jitter give the same pixels (no hidden
 * random numbers), so that a dataset is reproducible from its seed;</li>
 * <li>it returns a {@link #size()} × {@link #size()} image of finite, non-negative intensities in
 * any scale (the dataset normalises each pattern to its maximum before adding realism);</li>
 * <li>it applies the {@link PatternJitter} as a change of geometry (EBSD pattern centre), or
 * ignores it if it has no such geometry (spot patterns).</li>
 * </ul>
 */
public interface PatternSource {

    /** The pattern of a crystal in {@code orientation}, with the detector geometry changed by {@code jitter}. */
    GrayImage render(Orientation orientation, PatternJitter jitter);

    /** Width and height of the patterns in pixels. */
    int size();

    /** The kind of pattern, as the dataset's {@code type}: "spot" or "ebsd". */
    String kind();

    /**
     * The simulator's settings that change the pixels (voltage, detector, ...), written to
     * {@code dataset.json} and compared when a dataset is generated again; numbers, strings or
     * booleans. Empty by default.
     */
    default Map<String, Object> parameters() {
        return Map.of();
    }
}
