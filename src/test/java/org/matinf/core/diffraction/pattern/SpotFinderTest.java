package org.matinf.core.diffraction.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;

/** Spots of synthetic lattices: every spot found once, sub-pixel positions, g, d, angle and intensity. */
class SpotFinderTest {
    static final double CX = 255.31;
    static final double CY = 250.77;
    static final double[] A = {31.7, 4.3};
    static final double[] B = {-6.1, 27.9};

    /** The planted spot positions (direct beam first), inside 10 … 501 pixels. */
    static List<double[]> planted() {
        List<double[]> out = new ArrayList<>();
        for (int h = -12; h <= 12; h++) {
            for (int k = -12; k <= 12; k++) {
                double x = CX + h * A[0] + k * B[0];
                double y = CY + h * A[1] + k * B[1];
                if (x > 10 && y > 10 && x < 501 && y < 501) {
                    out.add(new double[] {x, y, h, k});
                }
            }
        }
        return out;
    }

    @Test
    void findsEverySpotWithinATenthOfAPixel() {
        GrayImage image = PatternCentreTest.spotLattice(CX, CY, A, B, 3).image(new ImageCalibration(0.05, "1/nm"));
        List<MeasuredSpot> spots = new SpotFinder().withThreshold(5).withMinDistance(8).find(image, CX, CY);
        List<double[]> truth = planted();
        assertEquals(truth.size(), spots.size());
        double worst = 0;
        for (double[] t : truth) {
            MeasuredSpot s = nearest(spots, t[0], t[1]);
            double error = Math.hypot(s.x() - t[0], s.y() - t[1]);
            worst = Math.max(worst, error);
            if (t[2] != 0 || t[3] != 0) {
                assertEquals(1.6, s.width(), 0.1, s.toString());
            }
        }
        assertTrue(worst < 0.1, "largest position error " + worst + " px");
        MeasuredSpot beam = spots.get(0);
        assertTrue(beam.distance() < 0.1 && Double.isNaN(beam.d()), beam.toString());
    }

    @Test
    void measuresGDAngleAndIntensity() {
        // one spot of height 1000, σ 1.5 on a flat background of 100 at (+30, −40) from the centre
        double cx = 100;
        double cy = 100;
        GrayImage image = new SyntheticPatterns(200, 200, cx, cy).diffuse(100, 0, 1).spot(130, 60, 1.5, 1000)
                .image(new ImageCalibration(0.02, "1/nm"));
        List<MeasuredSpot> spots = new SpotFinder().withRadius(5).find(image, cx, cy);
        assertEquals(1, spots.size());
        MeasuredSpot s = spots.get(0);
        assertEquals(130, s.x(), 1e-4);
        assertEquals(60, s.y(), 1e-4);
        assertEquals(50, s.distance(), 1e-4);
        assertEquals(1.0, s.g(), 1e-5); // 50 px × 0.02 1/nm
        assertEquals(10.0, s.d(), 1e-4); // Å
        assertEquals(Math.toDegrees(Math.atan2(40, 30)), s.angle(), 1e-4); // 53.13°, up and to the right
        // 2π σ² A = 14137 in total; the disc of radius 5 = 3.33 σ holds 1 − exp(−3.33²/2) = 99.6 % of it
        assertEquals(2 * Math.PI * 1.5 * 1.5 * 1000 * (1 - Math.exp(-25 / (2 * 1.5 * 1.5))), s.intensity(), 40);
        assertEquals(1000, s.height(), 0.5);
        assertEquals(100, s.background(), 0.5);
    }

    @Test
    void thresholdAndMinimumDistance() {
        GrayImage image = new SyntheticPatterns(200, 200, 100, 100).diffuse(100, 0, 1).spot(60, 60, 1.5, 1000)
                .spot(66, 60, 1.5, 500).spot(140, 140, 1.5, 40).noise(2, 4).image();
        // noise σ 2: the 40-count spot (smoothed height 28 = 14 σ) passes 5 σ but not 100 counts
        assertEquals(3, new SpotFinder().find(image, 100, 100).size());
        assertEquals(2, new SpotFinder().withAbsoluteThreshold(100).find(image, 100, 100).size());
        List<MeasuredSpot> apart = new SpotFinder().withMinDistance(10).find(image, 100, 100);
        assertEquals(2, apart.size());
        assertTrue(Double.isNaN(apart.get(0).g()), "uncalibrated: no g");
    }

    @Test
    void badInputIsRefused() {
        GrayImage image = new SyntheticPatterns(64, 64, 32, 32).beam(2, 100).image();
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> new SpotFinder().find(image, -3, 10));
        assertEquals("the centre (-3.00, 10.00) is outside the 64 x 64 image", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> new SpotFinder().withThreshold(0));
        assertEquals("the spot threshold must be a positive number, got 0.0", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> new SpotFinder().withRadius(0));
        assertEquals("the spot radius must be 1 to 50 pixels, got 0", ex.getMessage());
        image.set(1, 2, Float.NaN);
        ex = assertThrows(IllegalArgumentException.class, () -> new SpotFinder().find(image, 32, 32));
        assertTrue(ex.getMessage().startsWith("pixel (1, 2) is NaN"), ex.getMessage());
    }

    private static MeasuredSpot nearest(List<MeasuredSpot> spots, double x, double y) {
        MeasuredSpot best = spots.get(0);
        for (MeasuredSpot s : spots) {
            if (Math.hypot(s.x() - x, s.y() - y) < Math.hypot(best.x() - x, best.y() - y)) {
                best = s;
            }
        }
        return best;
    }
}
