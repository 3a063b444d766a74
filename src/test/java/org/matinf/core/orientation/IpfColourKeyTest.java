package org.matinf.core.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matinf.core.image.RgbImage;

/** Inverse pole figure colours at the corners of the standard triangles, and their symmetry. */
class IpfColourKeyTest {
    private static final int RED = 0xFF0000;
    private static final int GREEN = 0x00FF00;
    private static final int BLUE = 0x0000FF;
    private static final double C30 = Math.sqrt(3) / 2;

    private static String hex(int rgb) {
        return String.format("#%06X", rgb);
    }

    @Test
    void cubicCorners() {
        IpfColourKey key = new IpfColourKey(LaueGroup.M_BAR_3_M);
        assertEquals(hex(RED), hex(key.rgb(new double[] {0, 0, 1})));
        assertEquals(hex(GREEN), hex(key.rgb(new double[] {1, 0, 1})));
        assertEquals(hex(BLUE), hex(key.rgb(new double[] {1, 1, 1})));
        // equivalent directions, any length
        assertEquals(hex(RED), hex(key.rgb(new double[] {-3, 0, 0})));
        assertEquals(hex(GREEN), hex(key.rgb(new double[] {0, -1, 1})));
        assertEquals(hex(BLUE), hex(key.rgb(new double[] {-1, 1, -1})));
        // m-3 uses the m-3m key; [101] and [011] are equivalent in m-3 (3-fold axis [111])
        IpfColourKey th = new IpfColourKey(LaueGroup.M_BAR_3);
        assertEquals(hex(RED), hex(th.rgb(new double[] {0, 0, 1})));
        assertEquals(hex(GREEN), hex(th.rgb(new double[] {1, 0, 1})));
        assertEquals(hex(GREEN), hex(th.rgb(new double[] {0, 1, 1})));
        assertEquals(hex(BLUE), hex(th.rgb(new double[] {1, 1, 1})));
        // [120] and [210] differ in m-3 but share a colour (mirror-folded key)
        assertTrue(LaueGroup.M_BAR_3.standardTriangle().contains(new double[] {1, 2, 3}));
        assertEquals(hex(th.rgb(new double[] {1, 2, 3})), hex(th.rgb(new double[] {2, 1, 3})));
    }

    @Test
    void hexagonalCorners() {
        IpfColourKey key = new IpfColourKey(LaueGroup.SIX_OVER_MMM);
        assertEquals(hex(RED), hex(key.rgb(new double[] {0, 0, 1})));            // [0001]
        assertEquals(hex(BLUE), hex(key.rgb(new double[] {1, 0, 0})));           // [2-1-10] = a
        assertEquals(hex(GREEN), hex(key.rgb(new double[] {C30, 0.5, 0})));     // [10-10], 30° from a
        assertEquals(hex(BLUE), hex(key.rgb(new double[] {-0.5, C30, 0})));     // [-12-10], equivalent to a
        assertEquals(hex(GREEN), hex(key.rgb(new double[] {0, 1, 0})));         // y is along [-12-10] × c, a <10-10> direction
    }

    @Test
    void ipfOfOrientations() {
        IpfColourKey key = new IpfColourKey(LaueGroup.M_BAR_3_M);
        double[] z = IpfColourKey.sampleDirection("z");
        assertEquals(hex(RED), hex(key.rgb(Orientation.identity(), z)));
        // Φ = 45: sample z is along crystal [0 1 1] -> green; Goss-like
        assertEquals(hex(GREEN), hex(key.rgb(Orientation.fromBunge(0, 45, 0), z)));
        // sample z along crystal [111]: the rotation that turns [111] onto z, 54.74° about [1-10]
        Orientation o = Orientation.fromAxisAngle(new double[] {1, -1, 0}, Math.toDegrees(Math.acos(1 / Math.sqrt(3))));
        double[] d = o.toCrystal(z);
        assertEquals(1, (d[0] + d[1] + d[2]) / Math.sqrt(3), 1e-12, "sample z is along [111]");
        assertEquals(hex(BLUE), hex(key.rgb(o, z)));
        assertEquals(hex(RED), hex(key.rgb(Orientation.identity(), IpfColourKey.sampleDirection("X"))));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IpfColourKey.sampleDirection("w")).getMessage()
                .contains("x, y or z"));
    }

    @ParameterizedTest
    @EnumSource(LaueGroup.class)
    void equivalentDirectionsHaveOneColourAndThePoleIsRed(LaueGroup g) {
        IpfColourKey key = new IpfColourKey(g);
        assertEquals(hex(RED), hex(key.rgb(new double[] {0, 0, 1})));
        UniformOrientations random = new UniformOrientations(17);
        int distinct = 0;
        int previous = -1;
        for (int i = 0; i < 200; i++) {
            double[] d = random.next().toSample(new double[] {0, 0, 1});
            int c = key.rgb(d);
            for (Orientation s : g.rotations()) {
                double[] e = s.toSample(d);
                assertEquals(hex(c), hex(key.rgb(e)));
                assertEquals(hex(c), hex(key.rgb(new double[] {-e[0], -e[1], -e[2]})));
            }
            distinct += c != previous ? 1 : 0;
            previous = c;
        }
        assertTrue(distinct > 150, "colours vary: " + distinct);
    }

    @Test
    void legendIsTheColouredTriangle() {
        RgbImage legend = new IpfColourKey(LaueGroup.M_BAR_3_M).legend(200);
        // m-3m in stereographic projection: [001] at the bottom-left corner, [101] bottom right, [111] top
        int w = legend.width();
        int h = legend.height();
        assertEquals(200, w);
        assertEquals(Math.round(199 * Math.tan(Math.toRadians(54.7356 / 2)) * Math.sqrt(0.5) / Math.tan(Math.PI / 8)) + 1, h, 1);
        assertEquals(hex(RED), hex(legend.get(0, h - 1)));
        assertEquals(hex(0xFFFFFF), hex(legend.get(0, 0)), "outside the triangle");
        assertTrue(dominant(legend.get(w - 4, h - 2)) == 1, "green near [101]: " + hex(legend.get(w - 4, h - 2)));
        int x111 = (int) Math.round((w - 1) * Math.tan(Math.toRadians(54.7356 / 2)) * Math.sqrt(0.5) / Math.tan(Math.PI / 8));
        assertTrue(dominant(legend.get(x111 - 2, 2)) == 2, "blue near [111]: " + hex(legend.get(x111 - 2, 2)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IpfColourKey(LaueGroup.BAR_1).legend(3)).getMessage()
                .contains("at least 8"));
        for (LaueGroup g : LaueGroup.values()) {
            RgbImage l = new IpfColourKey(g).legend(64);
            assertTrue(l.width() <= 64 && l.height() <= 64 && Math.max(l.width(), l.height()) >= 63, g.toString());
        }
    }

    /** 0, 1 or 2 for the strongest of red, green, blue. */
    private static int dominant(int rgb) {
        int r = rgb >> 16 & 255;
        int g = rgb >> 8 & 255;
        int b = rgb & 255;
        return r >= g && r >= b ? 0 : g >= b ? 1 : 2;
    }
}
