package org.matinf.core.diffraction.pattern;

import org.matinf.core.diffraction.electron.ElectronWavelength;
import org.matinf.core.image.ImageCalibration;

/**
 * The reciprocal pixel size of an electron diffraction pattern (1/nm per pixel) from the
 * microscope's settings or from one ring of known spacing.
 *
 * <p>Camera length: a reflection g = 1/d leaves the specimen at 2θ, with λ = 2 d sin θ, and meets
 * the detector at R = L tan 2θ from the centre. For electrons θ is tiny (a few mrad: at 200 kV,
 * λ = 0.02508 Å, a 2 Å spacing diffracts at 2θ = 12.5 mrad), so tan 2θ ≈ 2θ ≈ 2 sin θ = λ g and
 * R = λ L g: a pixel of size p is p / (λ L) in g. The neglected terms grow as (2θ)²; they make the
 * true R larger than λ L g by about 1.5 θ², 6 × 10⁻⁵ at 2θ = 12.5 mrad and 0.1 % at 50 mrad. The
 * camera length is the nominal one of the microscope; calibrating on a known ring
 * ({@link #ring}) or structure ({@link StructureCalibration}) absorbs its error.
 */
public final class DiffractionCalibration {
    private DiffractionCalibration() {
    }

    /**
     * The reciprocal pixel size p / (λ L) in 1/nm.
     *
     * @param cameraLengthMm camera length L in mm
     * @param kilovolts accelerating voltage (relativistic λ, {@link ElectronWavelength})
     * @param detectorPixelMicrons detector pixel size p in µm (after binning)
     * @throws IllegalArgumentException unless all three are positive numbers
     */
    public static double cameraPixelSize(double cameraLengthMm, double kilovolts, double detectorPixelMicrons) {
        PatternChecks.positive(cameraLengthMm, "the camera length");
        PatternChecks.positive(detectorPixelMicrons, "the detector pixel size");
        double lambdaNm = ElectronWavelength.angstrom(kilovolts) / 10.0;
        return detectorPixelMicrons * 1e-3 / (lambdaNm * cameraLengthMm);
    }

    /** {@link #cameraPixelSize} as an image calibration in 1/nm. */
    public static ImageCalibration camera(double cameraLengthMm, double kilovolts, double detectorPixelMicrons) {
        return ReciprocalUnits.calibration(cameraPixelSize(cameraLengthMm, kilovolts, detectorPixelMicrons));
    }

    /**
     * The camera constant λ L in Å·mm: the product of a ring's radius (mm on the detector) and its
     * d-spacing (Å).
     */
    public static double cameraConstant(double cameraLengthMm, double kilovolts) {
        return ElectronWavelength.angstrom(kilovolts) * PatternChecks.positive(cameraLengthMm, "the camera length");
    }

    /**
     * The calibration from a ring of radius r pixels and spacing d Å: (10 / d) / r in 1/nm.
     *
     * @throws IllegalArgumentException unless both are positive numbers
     */
    public static ImageCalibration ring(double radiusPixels, double dAngstrom) {
        return ringG(radiusPixels, 10.0 / PatternChecks.positive(dAngstrom, "the ring's d-spacing (Å)"));
    }

    /**
     * The calibration from a ring of radius r pixels at g = 1/d in 1/nm: g / r per pixel.
     *
     * @throws IllegalArgumentException unless both are positive numbers
     */
    public static ImageCalibration ringG(double radiusPixels, double gPerNm) {
        PatternChecks.positive(radiusPixels, "the ring radius (pixels)");
        PatternChecks.positive(gPerNm, "the ring's g (1/nm)");
        return ReciprocalUnits.calibration(gPerNm / radiusPixels);
    }
}
