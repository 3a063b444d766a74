package org.matinf.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.TestStructures;
import org.matinf.testutil.TestData;

/** The software renderer: atoms where they project, bonds between them, background elsewhere, both projections. */
class SoftwareRendererTest {
    private static final double[] TILTED = {20, -30, 10};
    private static final int WHITE = SoftwareRenderer.WHITE;

    private static SceneOptions ballsOnly() {
        return SceneOptions.defaults().withParts(false, false, true);
    }

    /** Shaded colour where a ball faces the viewer (normal and view direction both +z). */
    private static int facing(int argb) {
        return Shading.shade(argb, new double[] {0, 0, 1}, new double[] {0, 0, 1});
    }

    @Test
    void rockSaltShowsNaAndClColoursAtTheirProjectedCentres() {
        Scene scene = SceneBuilder.build(TestStructures.rockSalt(5.64), ballsOnly());
        Camera camera = Camera.fit(scene, 300, 300, TILTED, Projection.ORTHOGRAPHIC);
        RgbImage image = SoftwareRenderer.standard().render(scene, camera);
        List<Scene.Ball> front = RenderTestScenes.frontBalls(scene, camera);
        long na = front.stream().filter(b -> b.element().equals("Na")).count();
        long cl = front.stream().filter(b -> b.element().equals("Cl")).count();
        assertTrue(na >= 4 && cl >= 4, na + " Na and " + cl + " Cl in front");
        for (Scene.Ball b : front) {
            double[] s = camera.project(b.centre());
            int pixel = image.pixel((int) s[0], (int) s[1]);
            int base = ColorScheme.JMOL.argb(Element.of(b.element()));
            int other = ColorScheme.JMOL.argb(Element.of(b.element().equals("Na") ? "Cl" : "Na"));
            assertTrue(RenderTestScenes.isShadeOf(pixel, base, 4) && !RenderTestScenes.isShadeOf(pixel, other, 40),
                    b.label() + " at " + Arrays.toString(s) + ": " + Integer.toHexString(pixel) + " vs " + Integer.toHexString(base));
            assertTrue(RenderTestScenes.channelDifference(pixel, facing(base)) <= 25, Integer.toHexString(pixel));
        }
        assertEquals(0xFFAB5CF2, ColorScheme.JMOL.argb(Element.of("Na")));
        assertEquals(0xFF1FF01F, ColorScheme.JMOL.argb(Element.of("Cl")));
    }

    @Test
    void pixelsAwayFromEveryBallAreBackground() {
        Scene scene = SceneBuilder.build(TestStructures.rockSalt(5.64), ballsOnly());
        Camera camera = Camera.fit(scene, 240, 200, TILTED, Projection.ORTHOGRAPHIC);
        RgbImage image = SoftwareRenderer.standard().render(scene, camera);
        int background = 0;
        int drawn = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                boolean far = true;
                for (Scene.Ball b : scene.balls()) {
                    double[] s = camera.project(b.centre());
                    double reach = b.radius() * camera.centreScale() + 1.5;
                    far &= Math.hypot(x + 0.5 - s[0], y + 0.5 - s[1]) > reach;
                }
                if (far) {
                    assertEquals(WHITE, image.pixel(x, y), "pixel " + x + "," + y);
                    background++;
                } else {
                    drawn += image.pixel(x, y) != WHITE ? 1 : 0;
                }
            }
        }
        assertTrue(background > 10000 && drawn > 10000, background + " background and " + drawn + " atom pixels");
        assertEquals(WHITE, image.pixel(0, 0));
    }

    @Test
    void aBondJoinsTwoBondedAtomsInTheirColours() {
        Structure pair = RenderTestScenes.naClPair();
        Scene bonded = SceneBuilder.build(pair, SceneOptions.defaults().withParts(true, false, false));
        assertEquals(List.of(new Scene.Stick(0, 1, SceneBuilder.STICK_RADIUS)), bonded.sticks());
        Scene apart = SceneBuilder.build(pair, SceneOptions.defaults().withParts(false, false, false));
        Camera camera = Camera.fit(bonded, 400, 200, new double[] {0, 0, 0}, Projection.ORTHOGRAPHIC);
        RgbImage withBond = SoftwareRenderer.standard().render(bonded, camera);
        RgbImage without = SoftwareRenderer.standard().render(apart, camera);
        // Na surface at x = 4.9 Å, the middle at 5.25 Å, Cl surface at 6.0 Å; y = z = 5 Å on the bond axis
        double[] naHalf = camera.project(new double[] {5.05, 5, 5});
        double[] clHalf = camera.project(new double[] {5.6, 5, 5});
        int na = withBond.pixel((int) naHalf[0], (int) naHalf[1]);
        int cl = withBond.pixel((int) clHalf[0], (int) clHalf[1]);
        assertTrue(RenderTestScenes.isShadeOf(na, 0xFFAB5CF2, 4) && !RenderTestScenes.isShadeOf(na, 0xFF1FF01F, 40), Integer.toHexString(na));
        assertTrue(RenderTestScenes.isShadeOf(cl, 0xFF1FF01F, 4) && !RenderTestScenes.isShadeOf(cl, 0xFFAB5CF2, 40), Integer.toHexString(cl));
        assertEquals(WHITE, without.pixel((int) naHalf[0], (int) naHalf[1]));
        assertEquals(WHITE, without.pixel((int) clHalf[0], (int) clHalf[1]));
        // the stick is 2 × 0.12 Å thick: background 0.3 Å above the axis
        double[] above = camera.project(new double[] {5.25, 5.3, 5});
        assertEquals(WHITE, withBond.pixel((int) above[0], (int) above[1]));
    }

    private static void assertEquals(int expected, int actual) {
        org.junit.jupiter.api.Assertions.assertEquals(Integer.toHexString(expected), Integer.toHexString(actual));
    }

    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    private static void assertEquals(int expected, int actual, String message) {
        org.junit.jupiter.api.Assertions.assertEquals(Integer.toHexString(expected), Integer.toHexString(actual), message);
    }

    @Test
    void perspectiveMakesNearAtomsLargerThanFarOnes() {
        Scene scene = SceneBuilder.build(TestStructures.rockSalt(5.64), ballsOnly());
        RgbImage ortho = SoftwareRenderer.standard().render(scene, Camera.fit(scene, 200, 200, TILTED, Projection.ORTHOGRAPHIC));
        Camera p = Camera.fit(scene, 200, 200, TILTED, Projection.PERSPECTIVE);
        RgbImage persp = SoftwareRenderer.standard().render(scene, p);
        int differ = 0;
        for (int i = 0; i < ortho.argb().length; i++) {
            differ += ortho.argb()[i] != persp.argb()[i] ? 1 : 0;
        }
        assertTrue(differ > 0.05 * ortho.argb().length, differ + " pixels differ");
        // the nearest and farthest Na: same radius, different size on screen
        Scene.Ball near = scene.balls().stream().filter(b -> b.element().equals("Na"))
                .max((a, b) -> Double.compare(p.view(a.centre())[2], p.view(b.centre())[2])).orElseThrow();
        Scene.Ball far = scene.balls().stream().filter(b -> b.element().equals("Na"))
                .min((a, b) -> Double.compare(p.view(a.centre())[2], p.view(b.centre())[2])).orElseThrow();
        double ratio = p.pixelsPerAngstrom(p.view(near.centre())) / p.pixelsPerAngstrom(p.view(far.centre()));
        assertTrue(ratio > 1.3, "near/far scale " + ratio);
        Camera o = Camera.fit(scene, 200, 200, TILTED, Projection.ORTHOGRAPHIC);
        assertEquals(1.0, o.pixelsPerAngstrom(o.view(near.centre())) / o.pixelsPerAngstrom(o.view(far.centre())));
    }

    @Test
    void theSceneFillsNinetyPercentOfTheShorterSide() {
        Scene scene = SceneBuilder.build(TestStructures.rockSalt(4), ballsOnly());
        for (Projection projection : Projection.values()) {
            Camera c = Camera.fit(scene, 300, 200, TILTED, projection);
            double[] centre = c.project(scene.centre());
            org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {150, 100}, centre, 1e-9);
            if (projection == Projection.ORTHOGRAPHIC) {
                org.junit.jupiter.api.Assertions.assertEquals(0.9 * 100 / scene.radius(), c.centreScale(), 1e-12);
            }
        }
    }

    @Test
    void turningChangesThePictureAndAFullTurnRestoresIt() {
        Scene scene = SceneBuilder.build(TestData.structure("pymatgen/LiFePO4.vasp"), SceneOptions.defaults());
        Camera c = Camera.fit(scene, 120, 100, TILTED, Projection.ORTHOGRAPHIC);
        SoftwareRenderer r = SoftwareRenderer.standard();
        int[] start = r.render(scene, c).argb();
        assertNotEquals(Arrays.hashCode(start), Arrays.hashCode(r.render(scene, c.turned(90)).argb()));
        int[] full = r.render(scene, c.turned(360)).argb();
        int differ = 0;
        for (int i = 0; i < start.length; i++) {
            differ += RenderTestScenes.channelDifference(start[i], full[i]) > 2 ? 1 : 0;
        }
        assertTrue(differ < 5, differ + " pixels differ after a full turn");
    }

    /**
     * Same scene and camera, same pixels: the hash of a LiFePO4 picture with Fe and P polyhedra is
     * fixed (it changes only when the renderer's drawing rules change on purpose).
     */
    @Test
    void outputIsDeterministic() {
        Scene scene = SceneBuilder.build(TestData.structure("pymatgen/LiFePO4.vasp"),
                SceneOptions.defaults().withPolyhedra(Set.of(Element.of("Fe"), Element.of("P"))));
        Camera c = Camera.fit(scene, 160, 120, new double[] {-80, 10, 0}, Projection.PERSPECTIVE);
        int[] first = SoftwareRenderer.standard().render(scene, c).argb();
        int[] again = SoftwareRenderer.standard().render(SceneBuilder.build(TestData.structure("pymatgen/LiFePO4.vasp"),
                SceneOptions.defaults().withPolyhedra(Set.of(Element.of("Fe"), Element.of("P")))), c).argb();
        assertArrayEquals(first, again);
        System.out.println("LiFePO4 picture hash " + Arrays.hashCode(first));
        org.junit.jupiter.api.Assertions.assertEquals(EXPECTED_HASH, Arrays.hashCode(first));
    }

    private static final int EXPECTED_HASH = -1139502479;

    @Test
    void badSettingsAreRefused() {
        Scene scene = SceneBuilder.build(TestStructures.rockSalt(4), ballsOnly());
        assertThrows(IllegalArgumentException.class, () -> Camera.fit(scene, 0, 10, TILTED, Projection.ORTHOGRAPHIC));
        assertThrows(IllegalArgumentException.class, () -> Camera.fit(scene, 10, 10, new double[2], Projection.ORTHOGRAPHIC));
        assertThrows(IllegalArgumentException.class, () -> new SoftwareRenderer(0, WHITE));
        org.junit.jupiter.api.Assertions.assertEquals("projection must be orthographic or perspective, got 'fisheye'",
                assertThrows(IllegalArgumentException.class, () -> Projection.parse("fisheye")).getMessage());
    }
}
