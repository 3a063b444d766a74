package org.matinf.core.diffraction.ebsd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matinf.core.diffraction.ebsd.KikuchiReflectorsTest.assertMessage;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The detector geometry: the pattern-centre convention (Bruker PCx, PCy, PCz), the gnomonic
 * projection, the tilts and the conversions, against the frames written out independently here
 * (kikuchipy's construction: detector axes start as X_d = Y_s, Y_d = Z_s, Z_d = X_s and are turned
 * about Y_s by −σ and then by +θ).
 */
class EbsdDetectorTest {

    /** {X_d, Y_d, Z_d} in sample coordinates for sample tilt σ and detector tilt θ (degrees). */
    static double[][] axes(double sigma, double theta) {
        double[][] base = {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}};
        double[][] out = new double[3][];
        for (int i = 0; i < 3; i++) {
            out[i] = aboutY(aboutY(base[i], -sigma), theta);
        }
        return out;
    }

    /** Rodrigues rotation of v about (0, 1, 0) by an angle in degrees. */
    private static double[] aboutY(double[] v, double degrees) {
        double a = Math.toRadians(degrees);
        double[] u = {0, 1, 0};
        double dot = v[1];
        double[] cross = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = v[i] * Math.cos(a) + cross[i] * Math.sin(a) + u[i] * dot * (1 - Math.cos(a));
        }
        return out;
    }

    @Test
    void axesFollowTheTilts() {
        for (double[] tilts : new double[][] {{70, 0}, {70, 10}, {65, -5}, {0, 0}}) {
            EbsdDetector d = EbsdDetector.builder().sampleTilt(tilts[0]).detectorTilt(tilts[1]).build();
            double[][] expected = axes(tilts[0], tilts[1]);
            assertArrayEquals(expected[0], d.xAxis(), 1e-15);
            assertArrayEquals(expected[1], d.yAxis(), 1e-15);
            assertArrayEquals(expected[2], d.normal(), 1e-15);
            // angle between detector normal and sample normal = 90° − σ + θ
            assertEquals(90 - tilts[0] + tilts[1], Math.toDegrees(Math.acos(d.normal()[2])), 1e-12);
        }
    }

    @Test
    void patternCentrePixelSeesTheDetectorNormal() {
        // odd size: PC (0.5, 0.5) is the centre of pixel (40, 40)
        EbsdDetector d = EbsdDetector.builder().size(81, 81).pc(0.5, 0.5, 0.6).build();
        assertArrayEquals(new double[] {Math.cos(Math.toRadians(70)), 0, Math.sin(Math.toRadians(70))},
                d.pixelDirection(40, 40), 1e-15);
        // rectangular, off-centre: PC at u = 0.3 · 100 = 30, v = 0.2 · 50 = 10 pixels from the left and top edges
        EbsdDetector r = EbsdDetector.builder().size(50, 100).pc(0.3, 0.2, 0.7).sampleTilt(68).detectorTilt(4).build();
        assertArrayEquals(axes(68, 4)[2], r.direction(30, 10), 1e-15);
        assertArrayEquals(new double[] {30, 10}, r.project(r.normal()), 1e-12);
    }

    @Test
    void gnomonicProjectionAnglesAndSides() {
        EbsdDetector d = EbsdDetector.builder().size(60, 90).pc(0.45, 0.35, 0.55).build();
        double dd = 0.55 * 60;
        assertEquals(dd, d.detectorDistance(), 1e-12);
        double[][] ax = axes(70, 0);
        for (int row = 0; row < 60; row += 7) {
            for (int col = 0; col < 90; col += 11) {
                double[] n = d.pixelDirection(col, row);
                double du = col + 0.5 - 0.45 * 90;
                double dv = row + 0.5 - 0.35 * 60;
                // angle from the detector normal: atan(r / DD)
                double cos = n[0] * ax[2][0] + n[1] * ax[2][1] + n[2] * ax[2][2];
                assertEquals(Math.atan(Math.hypot(du, dv) / dd), Math.acos(Math.min(1, cos)), 1e-12);
                // rightwards is +X_d, downwards is −Y_d
                assertEquals(du / dd, dot(n, ax[0]) / cos, 1e-12);
                assertEquals(-dv / dd, dot(n, ax[1]) / cos, 1e-12);
                assertArrayEquals(new double[] {col + 0.5, row + 0.5}, d.project(n), 1e-9);
            }
        }
        // row 0 is the top of the pattern: nearer the sample normal than the bottom row
        assertTrue(d.pixelDirection(45, 0)[2] > d.pixelDirection(45, 59)[2]);
        assertNull(d.project(new double[] {-ax[2][0], -ax[2][1], -ax[2][2]}));
    }

    @Test
    void patternCentreConventions() {
        EbsdDetector tsl = EbsdDetector.builder().size(80, 60).pcTsl(0.52, 0.7, 0.6).build();
        assertArrayEquals(new double[] {0.52, 0.3, 0.6 * 60 / 80}, tsl.pc(), 1e-15);
        assertArrayEquals(new double[] {0.52, 0.7, 0.6}, tsl.pcTsl(), 1e-15);
        EbsdDetector square = EbsdDetector.builder().size(80, 80).pcTsl(0.5, 0.75, 0.55).build();
        assertArrayEquals(new double[] {0.5, 0.25, 0.55}, square.pc(), 1e-15);
        EbsdDetector pixels = EbsdDetector.builder().size(80, 80).pcPixels(0.5, 0.4, 44).binning(4).build();
        assertEquals(0.55, pixels.pc()[2], 1e-15);
        assertEquals(44, pixels.detectorDistance(), 1e-12);
        assertEquals(176, pixels.detectorDistanceUnbinned(), 1e-12);
        Random rnd = new Random(3);
        for (int i = 0; i < 100; i++) {
            double u = 80 * rnd.nextDouble();
            double v = 80 * rnd.nextDouble();
            assertArrayEquals(new double[] {u, v}, tsl.project(tsl.direction(u, v)), 1e-9);
        }
    }

    @Test
    void badInputIsNamed() {
        assertMessage("pattern size", () -> EbsdDetector.builder().size(0, 80).build());
        assertMessage("pattern size", () -> EbsdDetector.builder().size(80, -1).build());
        assertMessage("pcz", () -> EbsdDetector.builder().pc(0.5, 0.5, 0).build());
        assertMessage("pcz", () -> EbsdDetector.builder().pc(0.5, 0.5, -0.5).build());
        assertMessage("pcz", () -> EbsdDetector.builder().pc(0.5, 0.5, Double.NaN).build());
        assertMessage("pcx", () -> EbsdDetector.builder().pc(Double.NaN, 0.5, 0.5).build());
        assertMessage("pcy", () -> EbsdDetector.builder().pc(0.5, Double.POSITIVE_INFINITY, 0.5).build());
        assertMessage("sample tilt", () -> EbsdDetector.builder().sampleTilt(Double.NaN).build());
        assertMessage("detector tilt", () -> EbsdDetector.builder().detectorTilt(Double.NaN).build());
        assertMessage("binning", () -> EbsdDetector.builder().binning(0).build());
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
