package org.matinf.core.dataset;

/**
 * The random choices {@link RealismApplier} made for one pattern: drawn once per pattern from its
 * own random generator, before the pattern is rendered (the source needs the jitter).
 *
 * @param jitter pattern-centre offsets for the source
 * @param gamma exponent applied to the normalised intensities
 * @param gain factor applied after the gamma
 * @param backgroundX offset of the background's centre from the pattern centre, in pattern widths
 * @param backgroundY offset of the background's centre from the pattern centre, in pattern widths
 * @param noiseSeed seed of the pixel noise (shot and read noise)
 */
public record RealismDraw(PatternJitter jitter, double gamma, double gain, double backgroundX, double backgroundY,
        long noiseSeed) {
}
