package org.matinf.core.diffraction.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;

/** Pattern centres on synthetic ring and spot patterns with off-centre beams and noise. */
class PatternCentreTest {
    /** Al (a = 4.04958 Å) d-spacings of 111, 200, 220, 311, 222 in Å. */
    static final double[] AL_D = {4.04958 / Math.sqrt(3), 4.04958 / 2, 4.04958 / Math.sqrt(8), 4.04958 / Math.sqrt(11),
        4.04958 / Math.sqrt(12)};
    static final double[] AL_HEIGHT = {400, 250, 150, 160, 60};
    /** Planted reciprocal pixel size, 1/nm per pixel. */
    static final double PIXEL = 0.0405;
    static final double[][] CENTRES = {{250.37, 261.71}, {256.5, 240.2}, {231.81, 270.06}};

    /** A 512 × 512 Al ring pattern centred at (cx, cy): direct beam, diffuse background, noise σ 10. */
    static SyntheticPatterns aluminiumRings(double cx, double cy, long seed) {
        SyntheticPatterns p = new SyntheticPatterns(512, 512, cx, cy).diffuse(20, 300, 60).beam(4, 5000);
        double[] r = SyntheticPatterns.radii(AL_D, PIXEL);
        for (int i = 0; i < r.length; i++) {
            p.ring(r[i], 1.5, AL_HEIGHT[i]);
        }
        return p.noise(10, seed);
    }

    /** A 512 × 512 spot lattice centred at (cx, cy) with basis vectors a*, b* (pixels). */
    static SyntheticPatterns spotLattice(double cx, double cy, double[] a, double[] b, long seed) {
        SyntheticPatterns p = new SyntheticPatterns(512, 512, cx, cy).diffuse(50, 100, 40).beam(3, 3000);
        for (int h = -12; h <= 12; h++) {
            for (int k = -12; k <= 12; k++) {
                double x = cx + h * a[0] + k * b[0];
                double y = cy + h * a[1] + k * b[1];
                if ((h != 0 || k != 0) && x > 10 && y > 10 && x < 501 && y < 501) {
                    p.spot(x, y, 1.6, 600 + 40 * ((h * 7 + k * 3) % 5));
                }
            }
        }
        return p.noise(8, seed);
    }

    @Test
    void friedelCentreOfRingsWithinATenthOfAPixel() {
        for (int i = 0; i < CENTRES.length; i++) {
            double[] c = CENTRES[i];
            PatternCentre found = FriedelCentre.find(aluminiumRings(c[0], c[1], i).image());
            assertEquals(c[0], found.x(), 0.1, found.toString());
            assertEquals(c[1], found.y(), 0.1, found.toString());
            assertTrue(found.score() > 0.95, found.toString());
            assertEquals(PatternCentre.Method.FRIEDEL, found.method());
        }
    }

    @Test
    void friedelCentreSurvivesASaturatedAndBlockedBeam() {
        double[] c = CENTRES[0];
        GrayImage image = aluminiumRings(c[0], c[1], 3).saturate(1000).beamStop(12, 15, 3).image();
        PatternCentre found = PatternCentre.find(image, PatternCentre.Method.FRIEDEL);
        assertEquals(c[0], found.x(), 0.1, found.toString());
        assertEquals(c[1], found.y(), 0.1, found.toString());
    }

    @Test
    void friedelCentreOfASpotLattice() {
        double cx = 262.64;
        double cy = 247.28;
        PatternCentre found = FriedelCentre.find(spotLattice(cx, cy, new double[] {31.7, 4.3},
                new double[] {-6.1, 27.9}, 11).image());
        assertEquals(cx, found.x(), 0.1, found.toString());
        assertEquals(cy, found.y(), 0.1, found.toString());
    }

    @Test
    void directBeamCentreWithinAThirdOfAPixel() {
        for (int i = 0; i < CENTRES.length; i++) {
            double[] c = CENTRES[i];
            PatternCentre found = DirectBeamCentre.find(aluminiumRings(c[0], c[1], 10 + i).image());
            assertEquals(c[0], found.x(), 0.3, found.toString());
            assertEquals(c[1], found.y(), 0.3, found.toString());
            assertEquals(PatternCentre.Method.DIRECT_BEAM, found.method());
            assertTrue(found.score() > 0.9, found.toString());
        }
    }

    @Test
    void directBeamCentreOfASaturatedBeam() {
        double[] c = CENTRES[1];
        SyntheticPatterns p = aluminiumRings(c[0], c[1], 21).beam(9, 40000).saturate(4000);
        PatternCentre found = PatternCentre.find(p.image(), PatternCentre.Method.DIRECT_BEAM);
        assertEquals(c[0], found.x(), 0.3, found.toString());
        assertEquals(c[1], found.y(), 0.3, found.toString());
    }

    @Test
    void scoreDropsAwayFromTheCentre() {
        double[] c = CENTRES[0];
        GrayImage image = aluminiumRings(c[0], c[1], 5).image();
        double at = PatternCentre.score(image, c[0], c[1]);
        double off = PatternCentre.score(image, c[0] + 3, c[1] - 2);
        assertTrue(at > 0.95 && off < 0.5, at + " vs " + off);
    }

    @Test
    void methodNames() {
        assertEquals(PatternCentre.Method.DIRECT_BEAM, PatternCentre.Method.parse("Direct beam"));
        assertEquals(PatternCentre.Method.FRIEDEL, PatternCentre.Method.parse("friedel"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> PatternCentre.Method.parse("hough"));
        assertEquals("unknown centre method 'hough' (use direct-beam or friedel)", ex.getMessage());
    }

    @Test
    void badImagesAreRefused() {
        GrayImage flat = new GrayImage(64, 64, new float[64 * 64], ImageCalibration.NONE);
        for (PatternCentre.Method m : PatternCentre.Method.values()) {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> PatternCentre.find(flat, m));
            assertEquals("the image is flat (every pixel is 0.0): there is no diffraction pattern in it", ex.getMessage());
        }
        GrayImage nan = aluminiumRings(250, 250, 1).image();
        nan.set(17, 4, Float.NaN);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> FriedelCentre.find(nan));
        assertTrue(ex.getMessage().startsWith("pixel (17, 4) is NaN; replace NaN/infinite pixels first"), ex.getMessage());
        GrayImage tiny = new GrayImage(4, 4, new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, null);
        ex = assertThrows(IllegalArgumentException.class, () -> FriedelCentre.find(tiny));
        assertTrue(ex.getMessage().startsWith("the image is too small to find a centre (4 x 4 pixels"), ex.getMessage());
    }
}
