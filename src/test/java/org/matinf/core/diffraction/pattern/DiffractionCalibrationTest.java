package org.matinf.core.diffraction.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.matinf.core.diffraction.electron.ElectronWavelength;
import org.matinf.core.image.ImageCalibration;

/** Camera-length and known-ring calibrations against hand-worked numbers; reciprocal units. */
class DiffractionCalibrationTest {

    @Test
    void cameraLengthAt200kV() {
        // λ(200 kV) = 0.02508 Å = 0.002508 nm; L = 1000 mm; 14 µm pixels:
        // 0.014 mm / (0.002508 nm × 1000 mm) = 0.0055821 1/nm per pixel
        assertEquals(0.02508, ElectronWavelength.angstrom(200), 5e-6);
        double k = DiffractionCalibration.cameraPixelSize(1000, 200, 14);
        assertEquals(0.014 / (0.002508 * 1000), k, 2e-4 * k);
        assertEquals(0.0055823, k, 1e-7);
        ImageCalibration cal = DiffractionCalibration.camera(1000, 200, 14);
        assertEquals("1/nm", cal.unit());
        assertEquals(k, cal.pixelSize(), 0);
        // λL in Å·mm: a 2.338 Å ring lies 25.08/2.338 = 10.727 mm from the centre, 766.2 pixels of 14 µm
        assertEquals(25.08, DiffractionCalibration.cameraConstant(1000, 200), 0.005);
        assertEquals(766.2, (10 / 2.338) / k, 0.2);
    }

    @Test
    void cameraLengthAt300kVWithBinnedPixels() {
        // λ(300 kV) = 0.019687 Å; L = 250 mm; 2 × 15 µm = 30 µm: 0.030 / (0.0019687 × 250) = 0.060954
        assertEquals(0.030 / (0.0019687 * 250), DiffractionCalibration.cameraPixelSize(250, 300, 30), 2e-5);
    }

    @Test
    void knownRing() {
        // Au 111, d = 2.3548 Å, at 123.4 pixels: (10 / 2.3548) / 123.4 = 0.034413 1/nm per pixel
        assertEquals(0.034413, DiffractionCalibration.ring(123.4, 2.3548).pixelSize(), 1e-6);
        assertEquals(4.2467 / 123.4, DiffractionCalibration.ringG(123.4, 4.2467).pixelSize(), 1e-15);
    }

    @Test
    void badSettingsAreRefused() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> DiffractionCalibration.cameraPixelSize(0, 200, 14));
        assertEquals("the camera length must be a positive number, got 0.0", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> DiffractionCalibration.cameraPixelSize(-80, 200, 14));
        assertEquals("the camera length must be a positive number, got -80.0", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> DiffractionCalibration.cameraPixelSize(1000, 0, 14));
        assertTrue(ex.getMessage().startsWith("accelerating voltage must be a positive number of kV"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> DiffractionCalibration.cameraPixelSize(1000, 200, 0));
        assertEquals("the detector pixel size must be a positive number, got 0.0", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> DiffractionCalibration.ring(0, 2));
        assertEquals("the ring radius (pixels) must be a positive number, got 0.0", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> DiffractionCalibration.ring(100, -2));
        assertEquals("the ring's d-spacing (Å) must be a positive number, got -2.0", ex.getMessage());
    }

    @Test
    void reciprocalUnits() {
        assertEquals(0.05, ReciprocalUnits.perNanometre(new ImageCalibration(0.05, "1/nm")), 0);
        assertEquals(0.05, ReciprocalUnits.perNanometre(new ImageCalibration(0.05, "nm^-1")), 0);
        assertEquals(0.5, ReciprocalUnits.perNanometre(new ImageCalibration(0.05, "1/Å")), 1e-15);
        assertEquals(0.5, ReciprocalUnits.perNanometre(new ImageCalibration(0.05, "Å⁻¹")), 1e-15);
        assertEquals(0.5, ReciprocalUnits.perNanometre(new ImageCalibration(0.05, "1/A")), 1e-15);
        assertEquals(50, ReciprocalUnits.perNanometre(new ImageCalibration(0.05, "1/pm")), 1e-12);
        assertEquals(5e-5, ReciprocalUnits.perNanometre(new ImageCalibration(0.05, "1/µm")), 1e-18);
        assertTrue(Double.isNaN(ReciprocalUnits.perNanometre(new ImageCalibration(0.05, "nm"))));
        assertTrue(Double.isNaN(ReciprocalUnits.perNanometre(ImageCalibration.NONE)));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ReciprocalUnits.perNanometre(new ImageCalibration(1, "1/furlong")));
        assertEquals("unknown reciprocal unit 1/furlong (use 1/nm, 1/Å, 1/pm or 1/µm)", ex.getMessage());
    }
}
