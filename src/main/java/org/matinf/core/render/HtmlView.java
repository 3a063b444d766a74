package org.matinf.core.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.matinf.core.BundledData;
import org.matinf.core.io.AtomicFiles;

/**
 * A self-contained interactive web page of a {@link Scene}: the scene as JSON and a small
 * canvas renderer in inline JavaScript (drag to rotate, wheel to zoom, R to reset, the label of
 * the atom under the pointer). It loads nothing: a Content-Security-Policy forbids every request,
 * so the page works offline and cannot call out. The first view is the camera's (rotation,
 * projection and fit of {@link Camera#fit}).
 */
public final class HtmlView {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double ROUND = 1e4;

    private HtmlView() {
    }

    /** The page's text. */
    public static String html(Scene scene, Camera camera, String title) {
        String page = BundledData.text(HtmlView.class, "view3d.html");
        String safeTitle = escape(title == null || title.isBlank() ? "Structure" : title);
        // JSON inside a script element: no "<" at all, so neither "</script" nor "<!--" can upset the HTML parser
        String json = sceneJson(scene, camera).toString().replace("<", "\\u003c");
        StringBuilder out = new StringBuilder(page.length() + json.length());
        int at = 0;
        while (true) { // one pass, so that text put in is never searched for markers
            int t = page.indexOf("__TITLE__", at);
            int s = page.indexOf("__SCENE__", at);
            int next = t < 0 ? s : s < 0 ? t : Math.min(t, s);
            if (next < 0) {
                return out.append(page, at, page.length()).toString();
            }
            out.append(page, at, next).append(next == t ? safeTitle : json);
            at = next + "__SCENE__".length();
        }
    }

    /** Writes the page atomically. */
    public static void write(Scene scene, Camera camera, String title, Path file) throws IOException {
        AtomicFiles.writeString(file, html(scene, camera, title));
    }

    /** The scene and first view as the page's script reads them. */
    static ObjectNode sceneJson(Scene scene, Camera camera) {
        ObjectNode root = JSON.createObjectNode();
        root.set("centre", numbers(scene.centre()));
        root.put("radius", round(scene.radius()));
        root.put("projection", camera.projection().key());
        root.put("fill", Camera.FILL);
        root.put("fieldOfView", Camera.FIELD_OF_VIEW);
        ArrayNode rotation = root.putArray("rotation");
        for (double[] row : camera.rotation()) {
            ArrayNode r = rotation.addArray();
            for (double x : row) {
                r.add(x);
            }
        }
        ArrayNode balls = root.putArray("balls");
        for (Scene.Ball b : scene.balls()) {
            ObjectNode o = balls.addObject();
            o.set("p", numbers(b.centre()));
            o.put("r", round(b.radius()));
            o.put("color", hex(b.argb()));
            o.put("element", b.element());
            o.put("label", b.label());
        }
        ArrayNode sticks = root.putArray("sticks");
        for (Scene.Stick s : scene.sticks()) {
            sticks.addArray().add(s.from()).add(s.to()).add(round(s.radius()));
        }
        ArrayNode faces = root.putArray("faces");
        for (Scene.Face f : scene.faces()) {
            ObjectNode o = faces.addObject();
            o.set("a", numbers(f.a()));
            o.set("b", numbers(f.b()));
            o.set("c", numbers(f.c()));
            o.put("color", hex(f.argb()));
            o.put("alpha", Math.round((f.argb() >>> 24) / 255.0 * 1000) / 1000.0);
        }
        ArrayNode lines = root.putArray("lines");
        for (Scene.Line l : scene.lines()) {
            ObjectNode o = lines.addObject();
            o.set("from", numbers(l.from()));
            o.set("to", numbers(l.to()));
            o.put("color", hex(l.argb()));
        }
        return root;
    }

    private static ArrayNode numbers(double[] v) {
        ArrayNode a = JSON.createArrayNode();
        for (double x : v) {
            a.add(round(x));
        }
        return a;
    }

    private static double round(double x) {
        return Math.round(x * ROUND) / ROUND;
    }

    private static String hex(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
