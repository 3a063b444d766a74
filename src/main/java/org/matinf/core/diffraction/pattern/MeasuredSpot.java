package org.matinf.core.diffraction.pattern;

import java.util.Locale;

/**
 * A spot found in a measured diffraction pattern (the simulated ones are
 * {@link org.matinf.core.diffraction.electron.DiffractionSpot}).
 *
 * @param x column coordinate in pixels (centre of the first pixel = 0)
 * @param y row coordinate in pixels (y downwards)
 * @param distance distance from the pattern centre in pixels
 * @param g distance from the centre as g = 1/d in 1/nm; NaN when the image is not calibrated in
 *     reciprocal units
 * @param d spacing 1/g in Å; NaN when uncalibrated or for the direct beam (closer than one pixel)
 * @param angle direction from the centre in degrees, anticlockwise from +x as seen on the screen
 *     (−180 … 180)
 * @param intensity integrated intensity above the local background, summed over a disc
 * @param height peak height above the local background (fitted, or the brightest pixel)
 * @param background local background level (median of an annulus around the spot)
 * @param width fitted Gaussian standard deviation in pixels; NaN when the spot was measured by
 *     centroid because the fit failed
 */
public record MeasuredSpot(double x, double y, double distance, double g, double d, double angle, double intensity,
        double height, double background, double width) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MeasuredSpot(%.3f, %.3f, g=%.4f, d=%.4f, %.2f°, I=%.4g)", x, y, g, d, angle,
                intensity);
    }
}
