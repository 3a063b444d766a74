package org.matinf.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.TestStructures;
import org.matinf.testutil.TestData;

/** The exported web page: self-contained, its data intact, and drawn by a real browser where the atoms project. */
class HtmlViewTest {
    private static final double[] TILTED = {20, -30, 10};

    @TempDir
    Path dir;

    private static String embeddedJson(String html) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"scene\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no scene data");
        return m.group(1);
    }

    @Test
    void thePageCarriesTheSceneAndNeedsNothingElse() throws IOException {
        Scene scene = SceneBuilder.build(TestData.structure("pymatgen/LiFePO4.vasp"),
                SceneOptions.defaults().withPolyhedra(Set.of(Element.of("Fe"), Element.of("P"))));
        Camera camera = Camera.fit(scene, 800, 600, TILTED, Projection.PERSPECTIVE);
        Path file = dir.resolve("view.html");
        HtmlView.write(scene, camera, "LiFePO4", file);
        String html = Files.readString(file);
        JsonNode json = new ObjectMapper().readTree(embeddedJson(html));
        assertEquals(scene.balls().size(), json.get("balls").size());
        assertEquals(scene.sticks().size(), json.get("sticks").size());
        assertEquals(48, json.get("faces").size());
        assertEquals(scene.lines().size(), json.get("lines").size());
        assertEquals("perspective", json.get("projection").asText());
        assertEquals(camera.rotation()[1][2], json.get("rotation").get(1).get(2).asDouble(), 0);
        assertEquals(scene.radius(), json.get("radius").asDouble(), 1e-4);
        assertEquals("#e06633", json.get("faces").get(0).get("color").asText(), "Fe's Jmol colour (224, 102, 51)");
        // no address the browser could fetch: no URLs, no external scripts, styles or images
        assertFalse(Pattern.compile("(?i)(https?:|//[a-z]|src=|href=|@import|url\\(|fetch\\(|XMLHttpRequest|WebSocket)").matcher(html).find());
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
        assertEquals(html, HtmlView.html(scene, camera, "LiFePO4"), "the file is the page");
    }

    @Test
    void labelsCannotBreakOutOfThePage() throws IOException {
        Site odd = Site.of(Element.of("Na"), 0, 0, 0).withLabel("<!--<script></script><script>alert(1)</script>__TITLE__");
        Structure s = new Structure(Lattice.cubic(3), List.of(odd));
        Scene scene = SceneBuilder.build(s, SceneOptions.defaults());
        String html = HtmlView.html(scene, Camera.fit(scene, 800, 600, TILTED, Projection.ORTHOGRAPHIC), "a <b> & \"c\" __SCENE__");
        assertEquals(2, html.split("</script>", -1).length - 1, "only the page's own two script elements end");
        assertTrue(html.contains("<title>a &lt;b&gt; &amp; &quot;c&quot; __SCENE__</title>"));
        assertTrue(!embeddedJson(html).contains("<"), "no '<' inside the embedded scene data");
        JsonNode json = new ObjectMapper().readTree(embeddedJson(html));
        assertEquals("<!--<script></script><script>alert(1)</script>__TITLE__", json.get("balls").get(0).get("label").asText());
    }

    /** Headless Chromium draws rock salt: Na and Cl colours at the atoms' projected centres, no request made. */
    @Test
    void chromiumDrawsTheAtomsWhereTheyProject() throws IOException, InterruptedException {
        HeadlessChromium.assumeAvailable();
        Scene scene = SceneBuilder.build(TestStructures.rockSalt(5.64), SceneOptions.defaults().withParts(false, false, true));
        Camera camera = Camera.fit(scene, 800, 600, TILTED, Projection.ORTHOGRAPHIC);
        Path page = dir.resolve("nacl.html");
        HtmlView.write(scene, camera, "NaCl", page);
        HeadlessChromium.Visit visit = HeadlessChromium.visit(page, dir);
        BufferedImage shot = visit.screenshot();
        assertEquals(800, shot.getWidth());
        assertEquals(600, shot.getHeight());
        assertTrue(visit.dom().contains("data-drawn=\"27\""), "the script drew 27 atoms: " + visit.dom());
        assertEquals(List.of(), visit.pageRequests());

        int na = ColorScheme.JMOL.argb(Element.of("Na"));
        int cl = ColorScheme.JMOL.argb(Element.of("Cl"));
        int checked = 0;
        for (Scene.Ball b : RenderTestScenes.frontBalls(scene, camera)) {
            double[] s = camera.project(b.centre());
            int pixel = shot.getRGB((int) s[0], (int) s[1]);
            boolean isNa = b.element().equals("Na");
            assertTrue(RenderTestScenes.isShadeOf(pixel, isNa ? na : cl, 8) && !RenderTestScenes.isShadeOf(pixel, isNa ? cl : na, 40),
                    b.element() + " at " + (int) s[0] + "," + (int) s[1] + ": " + Integer.toHexString(pixel));
            checked++;
        }
        assertTrue(checked >= 8, checked + " atoms checked");
        int background = 0;
        int white = 0xFFFFFFFF;
        for (int y = 0; y < 600; y += 4) {
            for (int x = 0; x < 800; x += 4) {
                background += shot.getRGB(x, y) == white ? 1 : 0;
            }
        }
        assertTrue(background > 0.3 * 200 * 150 && background < 0.9 * 200 * 150, background + " of 30000 sampled pixels white");
        assertEquals(white, shot.getRGB(790, 300), "right margin");
    }

    /** The request check can fail: a page that fetches is caught. */
    @Test
    void thePageRequestCheckCatchesAFetchingPage() throws IOException, InterruptedException {
        HeadlessChromium.assumeAvailable();
        Path page = Files.writeString(dir.resolve("fetching.html"), "<!DOCTYPE html><html><body><script>"
                + "fetch('http://matinf-probe.invalid/x').catch(() => {});</script></body></html>");
        assertEquals(List.of("http://matinf-probe.invalid/x"), HeadlessChromium.visit(page, dir).pageRequests());
    }
}
