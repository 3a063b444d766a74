package org.matinf.core.render;

import java.util.List;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/** Scenes and checks the rendering tests share. */
final class RenderTestScenes {
    private RenderTestScenes() {
    }

    /** Na at x = 4 Å and Cl at x = 6.5 Å in a 10 Å cubic box: one Na–Cl bond along x. */
    static Structure naClPair() {
        return new Structure(Lattice.cubic(10), List.of(Site.of(Element.of("Na"), 0.4, 0.5, 0.5),
                Site.of(Element.of("Cl"), 0.65, 0.5, 0.5)));
    }

    /**
     * The balls whose projected centre shows the ball itself: no other ball lies in front of it
     * there (orthographic view, no sticks or lines).
     */
    static List<Scene.Ball> frontBalls(Scene scene, Camera camera) {
        return scene.balls().stream().filter(b -> {
            double[] v = camera.view(b.centre());
            for (Scene.Ball o : scene.balls()) {
                double[] w = camera.view(o.centre());
                double d2 = (w[0] - v[0]) * (w[0] - v[0]) + (w[1] - v[1]) * (w[1] - v[1]);
                // a margin of half a pixel round the other ball, so that antialiased rims do not count
                double reach = o.radius() + 0.5 / camera.centreScale();
                if (o != b && d2 < reach * reach && w[2] + o.radius() > v[2] + b.radius() - 1e-9) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /**
     * Whether a pixel is the element colour {@code base} under some lighting: pixel ≈ light·base +
     * white in every channel (least squares over red, green, blue), with light ≥ 0.3 and at most
     * {@code tolerance} off in any channel.
     */
    static boolean isShadeOf(int pixel, int base, int tolerance) {
        double[] b = new double[3];
        double[] p = new double[3];
        for (int k = 0; k < 3; k++) {
            b[k] = base >> (16 - 8 * k) & 0xFF;
            p[k] = pixel >> (16 - 8 * k) & 0xFF;
        }
        double mb = (b[0] + b[1] + b[2]) / 3;
        double mp = (p[0] + p[1] + p[2]) / 3;
        double sbp = 0;
        double sbb = 0;
        for (int k = 0; k < 3; k++) {
            sbp += (b[k] - mb) * (p[k] - mp);
            sbb += (b[k] - mb) * (b[k] - mb);
        }
        double light = sbp / sbb;
        double white = mp - light * mb;
        double worst = 0;
        for (int k = 0; k < 3; k++) {
            worst = Math.max(worst, Math.abs(light * b[k] + white - p[k]));
        }
        return light >= 0.3 && white >= -tolerance && worst <= tolerance;
    }

    /** Largest difference of the red, green and blue channels. */
    static int channelDifference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return d;
    }
}
