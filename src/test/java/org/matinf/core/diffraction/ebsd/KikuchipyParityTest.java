package org.matinf.core.diffraction.ebsd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.matinf.core.orientation.Orientation;
import org.matinf.testutil.TestData;

/**
 * The detector geometry and Euler convention against kikuchipy 0.12.1 and orix 0.14.2
 * (reference/ebsd/kikuchipy_geometry.json, made by make_kikuchipy_reference.py): two 60 × 80
 * detectors (Bruker PC, sample tilt 70°, detector tilt 0° and 5°) and six Bunge orientations of fcc
 * Ni, where kikuchipy's geometrical simulation puts 6 to 9 zone axes on the screen each.
 *
 * <p>Two conventions differ and are checked as such: orix stores the quaternion of the passive
 * (sample-to-crystal) rotation, the conjugate of MatInf's; and kikuchipy's zone-axis pixel
 * coordinates spread the detector width over cols − 1 pixel steps (pixel index 0 at the left edge,
 * cols − 1 at the right edge), while its pattern projection and MatInf put pixel c's centre at
 * c + ½ of cols steps. So kikuchipy's pixel x is u·(cols − 1)/cols for MatInf's u (and likewise in
 * y); the gnomonic coordinates and the pixel directions agree without conversion.
 */
class KikuchipyParityTest {
    private static final JsonNode REF = TestData.json(TestData.reference("ebsd/kikuchipy_geometry.json"));

    private static EbsdDetector detector(JsonNode d) {
        double[] pc = TestData.vector(d.get("pc_bruker"));
        return EbsdDetector.builder().size(d.get("rows").asInt(), d.get("cols").asInt()).pc(pc[0], pc[1], pc[2])
                .sampleTilt(d.get("sample_tilt").asDouble()).detectorTilt(d.get("tilt").asDouble()).build();
    }

    private static Orientation bunge(JsonNode angles) {
        double[] e = TestData.vector(angles);
        return Orientation.fromBunge(e[0], e[1], e[2]);
    }

    @Test
    void orixBungeQuaternionIsTheConjugateOfMatInfs() {
        assertEquals(6, REF.get("bunge_quaternions").size());
        for (JsonNode c : REF.get("bunge_quaternions")) {
            double[] orix = TestData.vector(c.get("quaternion"));
            double s = orix[0] < 0 ? -1 : 1;
            double[] conjugate = {s * orix[0], -s * orix[1], -s * orix[2], -s * orix[3]};
            assertArrayEquals(conjugate, bunge(c.get("bunge")).quaternion(), 1e-12, c.toString());
        }
    }

    @Test
    void detectorAxesAreKikuchipys() {
        for (JsonNode d : REF.get("detectors")) {
            double[][] m = TestData.matrix(d.get("sample_to_detector"));
            EbsdDetector det = detector(d);
            assertArrayEquals(m[0], det.xAxis(), 1e-12, "X_d, tilt " + d.get("tilt"));
            assertArrayEquals(m[1], det.yAxis(), 1e-12, "Y_d, tilt " + d.get("tilt"));
            assertArrayEquals(m[2], det.normal(), 1e-12, "Z_d, tilt " + d.get("tilt"));
        }
    }

    @Test
    void pixelDirectionsAreThoseOfKikuchipysPatternProjection() {
        for (JsonNode d : REF.get("detectors")) {
            EbsdDetector det = detector(d);
            assertEquals(6, d.get("pixels").size());
            for (JsonNode p : d.get("pixels")) {
                int c = p.get("column").asInt();
                int r = p.get("row").asInt();
                assertArrayEquals(TestData.vector(p.get("direction")), det.pixelDirection(c, r), 1e-12,
                        "pixel (" + c + ", " + r + "), tilt " + d.get("tilt"));
            }
        }
    }

    @Test
    void zoneAxesProjectWhereKikuchipyPutsThem() {
        int checked = 0;
        double worstGnomonic = 0;
        double worstPixel = 0;
        for (JsonNode d : REF.get("detectors")) {
            EbsdDetector det = detector(d);
            int rows = det.rows();
            int cols = det.cols();
            double[] pc = det.pc();
            double dd = det.detectorDistance();
            for (JsonNode o : d.get("orientations")) {
                Orientation g = bunge(o.get("bunge"));
                assertTrue(o.get("zone_axes").size() >= 6, "few zone axes in " + o.get("bunge"));
                for (JsonNode z : o.get("zone_axes")) {
                    double[] uvw = TestData.vector(z.get("uvw"));
                    double[] uv = det.project(g.toSample(uvw)); // cubic: the crystal frame is a, b, c
                    String what = "[" + z.get("uvw") + "] at Bunge " + o.get("bunge") + ", tilt " + d.get("tilt");
                    assertNotNull(uv, what);
                    double[] gnomonic = {(uv[0] - pc[0] * cols) / dd, (pc[1] * rows - uv[1]) / dd};
                    double[] kpGnomonic = TestData.vector(z.get("gnomonic"));
                    assertArrayEquals(kpGnomonic, gnomonic, 1e-9, what);
                    double[] kpPixel = TestData.vector(z.get("pixel"));
                    double[] rescaled = {uv[0] * (cols - 1) / cols, uv[1] * (rows - 1) / rows};
                    assertArrayEquals(kpPixel, rescaled, 0.01, what);
                    for (int i = 0; i < 2; i++) {
                        worstGnomonic = Math.max(worstGnomonic, Math.abs(kpGnomonic[i] - gnomonic[i]));
                        worstPixel = Math.max(worstPixel, Math.abs(kpPixel[i] - rescaled[i]));
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked >= 80, "zone axes checked: " + checked);
        System.out.printf("kikuchipy zone axes: %d checked, max |gnomonic diff| %.2e, max |pixel diff| %.2e px%n",
                checked, worstGnomonic, worstPixel);
    }
}
