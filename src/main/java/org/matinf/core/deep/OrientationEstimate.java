package org.matinf.core.deep;

import org.matinf.core.orientation.Orientation;

/**
 * A network's orientation of one pattern.
 *
 * @param orientation the prediction for the pattern as given, in the fundamental zone of the model's Laue group
 * @param uncertainty median disorientation angle (degrees) between the predictions of perturbed copies
 *     of the pattern and {@code orientation}; NaN when no copies were made (see {@link OrientationEnsemble})
 */
public record OrientationEstimate(Orientation orientation, double uncertainty) {
}
