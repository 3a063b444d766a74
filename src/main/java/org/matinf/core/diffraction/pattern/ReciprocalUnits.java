package org.matinf.core.diffraction.pattern;

import java.util.Locale;
import org.matinf.core.image.ImageCalibration;

/**
 * Reciprocal-space calibrations of diffraction patterns in one unit, 1/nm: what ImageJ images
 * carry as unit strings ("1/nm", "nm^-1", "1/Å", "1/A", "Å⁻¹", "1/pm", "1/µm") read as a pixel
 * size in 1/nm.
 */
public final class ReciprocalUnits {
    /** The unit MatInf calibrates patterns in. */
    public static final String PER_NM = "1/nm";

    private ReciprocalUnits() {
    }

    /**
     * The pixel size in 1/nm, or NaN when the calibration is not reciprocal (uncalibrated or a
     * length).
     *
     * @throws IllegalArgumentException for a reciprocal unit of unknown length, e.g. "1/furlong"
     */
    public static double perNanometre(ImageCalibration calibration) {
        if (calibration == null || !calibration.isReciprocal()) {
            return Double.NaN;
        }
        return calibration.pixelSize() * nanometresPer(lengthOf(calibration.unit()));
    }

    /** A calibration of {@code pixelSize} 1/nm per pixel. */
    public static ImageCalibration calibration(double pixelSize) {
        return new ImageCalibration(PatternChecks.positive(pixelSize, "the reciprocal pixel size"), PER_NM);
    }

    /** The length unit under the "1/" or before the "^-1" / "⁻¹". */
    private static String lengthOf(String unit) {
        String u = unit.trim();
        if (u.startsWith("1/")) {
            return u.substring(2).trim();
        }
        if (u.endsWith("^-1")) {
            return u.substring(0, u.length() - 3).trim();
        }
        return u.substring(0, u.length() - 2).trim();
    }

    /** How many nm one length unit is, for 1/unit → 1/nm (1/Å = 10/nm). */
    private static double nanometresPer(String length) {
        return switch (length.toLowerCase(Locale.ROOT)) {
            case "nm", "nanometer", "nanometre" -> 1.0;
            case "å", "a", "angstrom", "ångström", "\u212b" -> 10.0;
            case "pm" -> 1000.0;
            case "µm", "um", "\u03bcm", "micron" -> 1e-3;
            case "mm" -> 1e-6;
            default -> throw new IllegalArgumentException("unknown reciprocal unit 1/" + length
                    + " (use 1/nm, 1/Å, 1/pm or 1/µm)");
        };
    }
}
