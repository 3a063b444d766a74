package org.matinf.core.diffraction.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;

/** Azimuthal averages: flat for a constant image, radius axis in pixels and 1/nm, beam stop, bad input. */
class RadialProfileTest {

    private static GrayImage constant(int w, int h, float value, ImageCalibration cal) {
        float[] p = new float[w * h];
        Arrays.fill(p, value);
        return new GrayImage(w, h, p, cal);
    }

    @Test
    void constantImageGivesAFlatProfile() {
        GrayImage image = constant(200, 150, 7.25f, new ImageCalibration(0.02, "1/nm"));
        RadialProfile p = RadialProfile.of(image, 80.3, 70.6, 1, 0, true);
        int pixels = 0;
        for (int i = 0; i < p.size(); i++) {
            assertTrue(p.count(i) > 0, "bin " + i);
            assertEquals(7.25, p.intensity(i), 1e-12);
            assertEquals(7.25, p.median(i), 1e-12);
            pixels += p.count(i);
        }
        assertEquals(200 * 150, pixels);
        // farthest corner (199, 149) is hypot(118.7, 78.4) = 142.25 pixels away: bins 0 … 142
        assertEquals(143, p.size());
        assertEquals(0.5, p.radius(0), 1e-12);
        assertEquals(100.5, p.radius(100), 1e-12);
        assertEquals(100.5 * 0.02, p.g(100), 1e-12);
        assertTrue(p.isCalibrated() && p.hasMedian());
    }

    @Test
    void radiusAxisInReciprocalUnits() {
        RadialProfile perAngstrom = RadialProfile.of(constant(64, 64, 1, new ImageCalibration(0.004, "1/Å")), 32, 32,
                2.5, 0, false);
        assertEquals(2.5 * 10.5 * 0.04, perAngstrom.g(10), 1e-12); // 1/Å = 10/nm
        assertEquals(0.04, perAngstrom.pixelSize(), 1e-15);
        RadialProfile plain = RadialProfile.of(constant(64, 64, 1, ImageCalibration.NONE), 32, 32, 1, 0, false);
        assertFalse(plain.isCalibrated());
        assertTrue(Double.isNaN(plain.g(3)));
        assertTrue(Double.isNaN(plain.median(3)));
        RadialProfile lengths = RadialProfile.of(constant(64, 64, 1, new ImageCalibration(0.5, "nm")), 32, 32, 1, 0, false);
        assertFalse(lengths.isCalibrated());
    }

    @Test
    void beamStopLeavesBinsEmpty() {
        GrayImage image = constant(101, 101, 3, ImageCalibration.NONE);
        RadialProfile p = RadialProfile.of(image, 50, 50, 1, 10, false);
        for (int i = 0; i < 10; i++) {
            assertEquals(0, p.count(i));
            assertTrue(Double.isNaN(p.intensity(i)));
        }
        assertEquals(3.0, p.intensity(10), 0);
    }

    @Test
    void ringPeaksInItsBin() {
        GrayImage image = new SyntheticPatterns(256, 256, 120.4, 131.7).ring(73.3, 1.2, 100).image();
        RadialProfile p = RadialProfile.of(image, 120.4, 131.7, 1, 0, false);
        int best = 0;
        for (int i = 1; i < p.size(); i++) {
            if (p.intensity(i) > p.intensity(best)) {
                best = i;
            }
        }
        assertEquals(73, best);
        assertEquals(100, p.intensity(best), 5);
    }

    @Test
    void badInputIsRefused() {
        GrayImage image = constant(64, 48, 1, ImageCalibration.NONE);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> RadialProfile.of(image, 70, 10, 1, 0, false));
        assertEquals("the centre (70.00, 10.00) is outside the 64 x 48 image", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> RadialProfile.of(image, 10, Double.NaN, 1, 0, false));
        assertEquals("the centre (10.00, NaN) is outside the 64 x 48 image", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> RadialProfile.of(image, 10, 10, 0, 0, false));
        assertEquals("the bin width (pixels) must be a positive number, got 0.0", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> RadialProfile.of(image, 10, 10, 1, -2, false));
        assertEquals("the beam-stop radius must be 0 or a positive number of pixels, got -2.0", ex.getMessage());
        image.set(3, 5, Float.POSITIVE_INFINITY);
        ex = assertThrows(IllegalArgumentException.class, () -> RadialProfile.of(image, 10, 10, 1, 0, false));
        assertTrue(ex.getMessage().startsWith("pixel (3, 5) is Infinity"), ex.getMessage());
    }
}
