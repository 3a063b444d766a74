package org.matinf.core.diffraction.electron;

import java.util.Locale;

/**
 * One spot of a simulated electron diffraction pattern.
 *
 * @param h Miller index h
 * @param k Miller index k
 * @param l Miller index l
 * @param gx x of the spot on the detector, in 1/Å: the component of g along the microscope x axis
 *     (image columns, to the right)
 * @param gy y of the spot on the detector, in 1/Å: the component of g along the microscope y axis
 *     (image rows, downwards)
 * @param g |g| = 1/d in 1/Å
 * @param d interplanar spacing in Å
 * @param excitationError s in 1/Å: the distance along the beam from the reciprocal lattice point to
 *     the Ewald sphere, positive when the point lies inside the sphere
 * @param intensity |F|² times the relrod shape factor (Å²)
 * @param relativeIntensity intensity divided by the strongest spot's (strongest = 1)
 */
public record DiffractionSpot(int h, int k, int l, double gx, double gy, double g, double d, double excitationError,
        double intensity, double relativeIntensity) {

    /** Distance of the spot from the direct beam on the detector, √(gx² + gy²) in 1/Å. */
    public double radius() {
        return Math.hypot(gx, gy);
    }

    /** "(h k l)". */
    public String hklLabel() {
        return "(" + h + " " + k + " " + l + ")";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s at (%.5f, %.5f) 1/Å, d = %.5f Å, s = %.5f 1/Å, I = %.5g (%.5f)", hklLabel(),
                gx, gy, d, excitationError, intensity, relativeIntensity);
    }
}
