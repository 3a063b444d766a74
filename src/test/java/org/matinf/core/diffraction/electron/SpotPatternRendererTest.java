package org.matinf.core.diffraction.electron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.diffraction.electron.SpotPatternRenderer.Scale;
import org.matinf.core.image.GrayImage;
import org.matinf.testutil.TestData;

class SpotPatternRendererTest {

    private static DiffractionSpot spot(double gx, double gy, double relative) {
        double g = Math.hypot(gx, gy);
        return new DiffractionSpot(1, 0, 0, gx, gy, g, 1 / g, 0, relative, relative);
    }

    @Test
    void aSpotIsAGaussianAtItsReciprocalPosition() {
        double sigma = 1.5;
        SpotPatternRenderer r = new SpotPatternRenderer(128, 0.1, sigma, false, Scale.LINEAR);
        // 0.5 1/Å = 5 1/nm = 50 pixels right of the centre (64, 64); -0.25 1/Å = 25 pixels up.
        GrayImage img = r.render(List.of(spot(0.5, -0.25, 1)));
        assertEquals("1/nm", img.calibration().unit());
        assertEquals(0.1, img.calibration().pixelSize(), 0);
        assertEquals(1, img.get(114, 39), 1e-7);
        assertEquals(Math.exp(-1 / (2 * sigma * sigma)), img.get(115, 39), 1e-7);
        assertEquals(Math.exp(-5 / (2 * sigma * sigma)), img.get(112, 40), 1e-7);
        assertEquals(0, img.get(114 + 7, 39), 0, "nothing beyond 4 sigma");
        double sum = 0;
        for (float v : img.pixels()) {
            sum += v;
        }
        assertEquals(2 * Math.PI * sigma * sigma, sum, 5e-4 * sum, "volume of the spot");
    }

    @Test
    void subPixelPositionsKeepTheCentroid() {
        SpotPatternRenderer r = new SpotPatternRenderer(64, 0.37, 2.2, false, Scale.LINEAR);
        DiffractionSpot s = spot(0.1234, 0.0567, 0.7);
        GrayImage img = r.render(List.of(s));
        double sx = 0;
        double sy = 0;
        double sum = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                sum += img.get(x, y);
                sx += x * img.get(x, y);
                sy += y * img.get(x, y);
            }
        }
        assertEquals(32 + s.gx() * 10 / 0.37, sx / sum, 2e-3);
        assertEquals(32 + s.gy() * 10 / 0.37, sy / sum, 2e-3);
    }

    @Test
    void directBeamScalesAndClipping() {
        GrayImage beam = new SpotPatternRenderer(32, 0.2, 1, true, Scale.LINEAR).render(List.of());
        assertEquals(1, beam.get(16, 16), 0);
        GrayImage none = new SpotPatternRenderer(32, 0.2, 1, false, Scale.LINEAR).render(List.of());
        assertEquals(0, none.range()[1], 0);
        List<DiffractionSpot> weak = List.of(spot(0.1, 0, 0.01));
        assertEquals(0.01, new SpotPatternRenderer(32, 0.2, 1, false, Scale.LINEAR).render(weak).get(21, 16), 1e-7);
        assertEquals(0.1, new SpotPatternRenderer(32, 0.2, 1, false, Scale.SQRT).render(weak).get(21, 16), 1e-7);
        assertEquals(Math.log(11) / Math.log(1001), new SpotPatternRenderer(32, 0.2, 1, false, Scale.LOG).render(weak).get(21, 16), 1e-7);
        assertEquals(Scale.LOG, Scale.parse(" Log "));
        // Far outside: nothing; on the edge: the half inside.
        SpotPatternRenderer r = new SpotPatternRenderer(32, 0.2, 1, false, Scale.LINEAR);
        assertEquals(0, r.render(List.of(spot(50, 0, 1), spot(-1e6, 3e7, 1))).range()[1], 0);
        GrayImage edge = r.render(List.of(spot(0.32, 0, 1)));
        // 0.32 1/Å = 16 pixels right of the centre: column 32, just outside; column 31 holds its flank.
        assertEquals(Math.exp(-0.5), edge.get(31, 16), 1e-7);
        assertEquals(Math.exp(-0.5 - 0.5), edge.get(31, 17), 1e-7);
    }

    @Test
    void buffersAreReusedAndCleared() {
        SpotPatternRenderer r = new SpotPatternRenderer(48, 0.3, 1.2, true, Scale.SQRT);
        List<DiffractionSpot> a = List.of(spot(0.3, 0.2, 1), spot(-0.1, 0.4, 0.2));
        List<DiffractionSpot> b = List.of(spot(-0.2, -0.3, 0.5));
        float[] buffer = new float[48 * 48];
        r.render(a, buffer);
        GrayImage again = r.render(b, buffer);
        assertArrayEquals(r.render(b).pixels(), again.pixels());
        assertTrue(again.pixels() == buffer);
        assertThrows(IllegalArgumentException.class, () -> r.render(a, new float[10]));
    }

    @Test
    void cameraLengthGivesTheReciprocalPixelSize() {
        // 15 µm pixels at 200 mm and 200 kV: p / (λ L) with λ = 0.0250793 Å.
        double lambdaNm = ElectronWavelength.angstrom(200) / 10;
        assertEquals(15e3 / (lambdaNm * 200e6), SpotPatternRenderer.pixelSize(200, 15, 200), 1e-15);
        assertEquals(0.029905, SpotPatternRenderer.pixelSize(200, 15, 200), 1e-6);
        // A spot at d = 2.0248 Å (Al 2 0 0) lies λ L / d = 2.48 mm = 165.1 pixels of 15 µm from the centre.
        double pixels = 0.0250793e-10 * 0.2 / 2.0248e-10 / 15e-6;
        assertEquals(pixels, 1 / 2.0248 * 10 / SpotPatternRenderer.pixelSize(200, 15, 200), 1e-5 * pixels);
        assertEquals(1.5 / 0.45 / 256 * 10, SpotPatternRenderer.pixelSizeToFit(1.5, 256), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> SpotPatternRenderer.pixelSize(0, 15, 200));
        assertThrows(IllegalArgumentException.class, () -> SpotPatternRenderer.pixelSize(200, 15, -1));
    }

    @Test
    void badSettingsAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SpotPatternRenderer(4, 0.1, 1, false, Scale.LINEAR))
                .getMessage().contains("image size"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SpotPatternRenderer(64, 0, 1, false, Scale.LINEAR))
                .getMessage().contains("pixel size"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SpotPatternRenderer(64, 0.1, 0, false, Scale.LINEAR))
                .getMessage().contains("sigma"));
    }

    @Test
    void aluminium001RendersItsFourFoldPattern() {
        SpotPatternCalculator calc = SpotPatternCalculator.standard();
        List<DiffractionSpot> spots = calc.calculate(TestData.structure("elements_cod/Al.cif"), new ZoneAxis(0, 0, 1));
        SpotPatternRenderer r = new SpotPatternRenderer(128, SpotPatternRenderer.pixelSizeToFit(calc.gMax(), 128), 1.5, false, Scale.LINEAR);
        GrayImage img = r.render(spots);
        int[] c = {64, 64};
        // (2 0 0) at 10 (2/a) / p pixels right of the centre; the four-fold axis maps it onto (0 2 0), (-2 0 0), (0 -2 0).
        double dx = 10 * 2 / 4.04958 / r.pixelSize();
        int x = (int) Math.round(c[0] + dx);
        float v = img.get(x, 64);
        assertTrue(v > 0.9f, "peak of (2 0 0): " + v);
        assertEquals(v, img.get(64, (int) Math.round(c[1] + dx)), 1e-6);
        assertEquals(v, img.get((int) Math.round(c[0] - dx), 64), 1e-6);
        assertEquals(0, img.get((int) Math.round(c[0] + dx / 2), 64), 0, "no (1 0 0)");
    }
}
