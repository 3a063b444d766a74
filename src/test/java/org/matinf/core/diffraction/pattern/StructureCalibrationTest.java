package org.matinf.core.diffraction.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * Ring patterns of Al made from the structure's own rings at a planted pixel size: centre, radial
 * profile, ring finding, calibration on the structure and indexing recover the planted numbers.
 */
class StructureCalibrationTest {
    static final String AL = "elements_cod/Al.cif";

    /**
     * A 512 × 512 pattern of the structure's rings out to the image edge at pixel size k (1/nm),
     * centre (cx, cy): heights 40 + 3 × ring intensity (strongest 100), σ 1.5 pixels, direct beam,
     * diffuse background and noise σ 8.
     */
    static SyntheticPatterns rings(Structure structure, double k, double cx, double cy, long seed) {
        SyntheticPatterns p = new SyntheticPatterns(512, 512, cx, cy).diffuse(30, 400, 50).beam(4, 6000);
        for (DebyeRing ring : DebyeRings.of(structure, 300 * k)) {
            p.ring(ring.g() / k, 1.5, 40 + 3 * ring.intensity());
        }
        return p.noise(8, seed);
    }

    private static double[] measuredRadii(GrayImage image) {
        PatternCentre c = FriedelCentre.find(image);
        return RingFinder.radii(RingFinder.find(RadialProfile.of(image, c.x(), c.y(), 1, 0, false), 3));
    }

    @Test
    void recoversThePlantedPixelSize() {
        Structure al = TestData.structure(AL);
        double[][] cases = {{0.0405, 250.37, 261.71}, {0.0312, 243.2, 252.9}, {0.0528, 260.84, 249.45}};
        for (double[] c : cases) {
            double[] radii = measuredRadii(rings(al, c[0], c[1], c[2], 5).image());
            StructureCalibration.Result r = StructureCalibration.fit(radii, al, 2);
            assertEquals(c[0], r.pixelSize(), 0.005 * c[0], r.toString());
            assertEquals(c[0], r.pixelSize(), 0.0005 * c[0], "tighter than asked: " + r);
            assertEquals(radii.length, r.matched(), r.toString());
            assertTrue(r.rmsPercent() < 0.1, r.toString());
            assertEquals("1/nm", r.calibration().unit());
        }
    }

    @Test
    void indexesTheInnerRings() {
        Structure al = TestData.structure(AL);
        double k = 0.0405;
        double[] radii = measuredRadii(rings(al, k, 250.37, 261.71, 9).image());
        StructureCalibration.Result fit = StructureCalibration.fit(radii, al, 2);
        List<RingAssignment> table = RingIndexer.index(radii, fit.pixelSize(), fit.rings(), 2);
        assertEquals(List.of("111", "200", "220", "311"), table.subList(0, 4).stream().map(RingAssignment::hkl).toList());
        double[] dCalc = {4.04958 / Math.sqrt(3), 4.04958 / 2, 4.04958 / Math.sqrt(8), 4.04958 / Math.sqrt(11)};
        for (int i = 0; i < 4; i++) {
            RingAssignment a = table.get(i);
            assertEquals(i + 1, a.ring());
            assertEquals(dCalc[i], a.dCalculated(), 1e-9);
            assertEquals(10 / dCalc[i] / k, a.radius(), 0.1, a.toString());
            assertTrue(Math.abs(a.errorPercent()) < 0.1, a.toString());
            assertEquals(a.d(), 10 / a.g(), 1e-12);
        }
        assertEquals(List.of(8, 6, 12, 24), table.subList(0, 4).stream().map(a -> a.match().multiplicity()).toList());
    }

    @Test
    void aSpuriousRingStaysUnindexed() {
        Structure al = TestData.structure(AL);
        double k = 0.0405;
        // an extra ring at 150 px (d = 1.646 Å) between 200 (121.9 px) and 220 (172.4 px)
        double[] radii = measuredRadii(rings(al, k, 250.37, 261.71, 4).ring(150, 1.5, 200).image());
        StructureCalibration.Result fit = StructureCalibration.fit(radii, al, 1);
        assertEquals(k, fit.pixelSize(), 0.001 * k, fit.toString());
        assertEquals(radii.length - 1, fit.matched());
        List<RingAssignment> table = RingIndexer.index(radii, fit.pixelSize(), fit.rings(), 1);
        assertEquals(List.of("111", "200", "", "220", "311"), table.subList(0, 5).stream().map(RingAssignment::hkl).toList());
        assertTrue(Double.isNaN(table.get(2).errorPercent()));
        assertEquals(150, table.get(2).radius(), 0.2);
    }

    @Test
    void noRingsInNoise() {
        GrayImage noise = new SyntheticPatterns(256, 256, 128, 128).diffuse(100, 0, 1).noise(5, 2).image();
        List<RingFinder.MeasuredRing> rings = RingFinder.find(RadialProfile.of(noise, 128, 128, 1, 0, false), 3);
        assertEquals(List.of(), rings);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> StructureCalibration.fit(RingFinder.radii(rings), TestData.structure(AL), 2));
        assertEquals("no rings found in the radial profile to calibrate on", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> RingIndexer.index(new double[0], 0.04, List.of(), 2));
        assertEquals("no rings found in the radial profile to index", ex.getMessage());
    }

    @Test
    void oneRingIsNotEnough() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> StructureCalibration.fit(new double[] {105.6}, TestData.structure(AL), 2));
        assertEquals("only 1 of 1 rings match the structure's spacings within 2.0 %: the structure may be wrong, "
                + "or calibrate on one known ring (ring mode) instead", ex.getMessage());
    }

    @Test
    void calibratedProfileGivesG() {
        Structure al = TestData.structure(AL);
        GrayImage image = rings(al, 0.0405, 250.37, 261.71, 1).image(new ImageCalibration(0.0405, "1/nm"));
        RadialProfile p = RadialProfile.of(image, 250.37, 261.71, 1, 0, false);
        List<RingFinder.MeasuredRing> found = RingFinder.find(p, 3);
        // 111 of Al at g = √3 / 0.404958 nm = 4.2771 1/nm
        assertEquals(4.2771, found.get(0).radius() * p.pixelSize(), 0.004);
    }
}
