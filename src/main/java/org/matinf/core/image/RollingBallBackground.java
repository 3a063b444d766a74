package org.matinf.core.image;

/**
 * Rolling-ball background subtraction with the semantics of ImageJ's <i>Process › Subtract
 * Background</i> (rolling ball, not the sliding paraboloid): the background is the surface reached
 * from below by a ball of the given radius (pixels) rolled under the intensity landscape. As in
 * ImageJ, the image is first smoothed by a 3 × 3 mean (unless {@code presmooth} is false); for
 * radii above 10 pixels the ball rolls on an image shrunk by taking block minima (2 × 2 up to
 * radius 30, 4 × 4 up to 100, 8 × 8 beyond) and the background is enlarged back by bilinear
 * interpolation; and only the top of the ball (a square patch of its cap) is used. The result is
 * the image minus the background (32-bit: no offset, may be slightly negative where smoothing
 * lifted the background). With {@code light}, the background is bright and objects are dark.
 * For 32-bit images the result is identical to ImageJ's (same float arithmetic).
 *
 * @param radius ball radius in pixels, positive
 * @param light true for a light background (objects darker than the background)
 * @param presmooth smooth the image by a 3 × 3 mean before finding the background (ImageJ's
 *     default; its "disable smoothing" unchecked)
 */
public record RollingBallBackground(double radius, boolean light, boolean presmooth) implements BackgroundSubtraction {

    /** @throws IllegalArgumentException if the radius is not positive and finite */
    public RollingBallBackground {
        RecipeNumbers.positive("rolling ball radius", radius);
    }

    /** A dark background, presmoothed: ImageJ's defaults for diffraction patterns. */
    public RollingBallBackground(double radius) {
        this(radius, false, true);
    }

    @Override
    public boolean needsFinitePixels() {
        return true;
    }

    @Override
    public void check(GrayImage image) {
        if (radius > Math.max(image.width(), image.height())) {
            throw new IllegalArgumentException("rolling ball radius " + RecipeNumbers.format(radius)
                    + " is larger than the image (" + RecipeNumbers.size(image)
                    + "); such a ball only finds a plane: use background=polynomial with order=1");
        }
    }

    /** The background itself. */
    @Override
    public GrayImage background(GrayImage image) {
        check(image);
        image.requireFinite(null, 0);
        int width = image.width();
        int height = image.height();
        float[] z = image.pixels().clone();
        if (light) {
            negate(z);
        }
        if (presmooth) {
            mean3x3(z, width, height);
        }
        int shrink = shrinkFactor();
        if (shrink > 1) {
            int sw = (width + shrink - 1) / shrink;
            int sh = (height + shrink - 1) / shrink;
            float[] small = roll(blockMinima(z, width, height, shrink), sw, sh);
            z = enlarge(small, sw, sh, width, height, shrink);
        } else {
            z = roll(z, width, height);
        }
        if (light) {
            negate(z);
        }
        return image.withPixels(z);
    }

    /** How much the image is shrunk before rolling (ImageJ's steps). */
    int shrinkFactor() {
        return radius <= 10 ? 1 : radius <= 30 ? 2 : radius <= 100 ? 4 : 8;
    }

    /**
     * Heights of the ball's cap over a square patch, row-major, side 2·half + 1, in shrunk pixels;
     * ImageJ trims 24 % (radius ≤ 30), 32 % (≤ 100) or 40 % of the radius off the patch.
     */
    float[] ball() {
        int trimPercent = radius <= 30 ? 24 : radius <= 100 ? 32 : 40;
        double r = Math.max(1, radius / shrinkFactor());
        int trim = (int) (trimPercent * r) / 100;
        int half = (int) Math.round(r - trim);
        int side = 2 * half + 1;
        float[] cap = new float[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double h = r * r - (double) (x - half) * (x - half) - (double) (y - half) * (y - half);
                cap[y * side + x] = h > 0 ? (float) Math.sqrt(h) : 0f;
            }
        }
        return cap;
    }

    private static void negate(float[] z) {
        for (int i = 0; i < z.length; i++) {
            z[i] = -z[i];
        }
    }

    /** 3 × 3 mean in place, rows then columns, edge pixels repeated (as ImageJ's filter3x3). */
    private static void mean3x3(float[] z, int width, int height) {
        for (int y = 0; y < height; y++) {
            mean3(z, y * width, 1, width);
        }
        for (int x = 0; x < width; x++) {
            mean3(z, x, width, height);
        }
    }

    private static void mean3(float[] z, int start, int step, int length) {
        float previous = z[start];
        for (int i = 0; i < length; i++) {
            int p = start + i * step;
            float here = z[p];
            float next = i < length - 1 ? z[p + step] : here;
            z[p] = (previous + here + next) * 0.33333333f;
            previous = here;
        }
    }

    private static float[] blockMinima(float[] z, int width, int height, int shrink) {
        int sw = (width + shrink - 1) / shrink;
        int sh = (height + shrink - 1) / shrink;
        float[] small = new float[sw * sh];
        java.util.Arrays.fill(small, Float.MAX_VALUE);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int s = (y / shrink) * sw + x / shrink;
                small[s] = Math.min(small[s], z[y * width + x]);
            }
        }
        return small;
    }

    /**
     * Grey-scale opening of z by the ball: for every ball position (centre anywhere from −half to
     * size + half − 1, so the patch may hang over the edge) the ball is raised until it touches z
     * from below; the background is the highest ball surface over each pixel.
     */
    private float[] roll(float[] z, int width, int height) {
        float[] cap = ball();
        int side = (int) Math.round(Math.sqrt(cap.length));
        int half = side / 2;
        int pw = width + 2 * half;
        int ph = height + 2 * half;
        float[] lift = new float[pw * ph];
        ImageRows.forEach(ph, (long) pw * cap.length, py -> {
            int cy = py - half;
            for (int px = 0; px < pw; px++) {
                int cx = px - half;
                float h = Float.MAX_VALUE;
                for (int by = Math.max(0, half - cy); by < side && cy - half + by < height; by++) {
                    int row = (cy - half + by) * width;
                    for (int bx = Math.max(0, half - cx); bx < side && cx - half + bx < width; bx++) {
                        float reduced = z[row + cx - half + bx] - cap[by * side + bx];
                        if (reduced < h) {
                            h = reduced;
                        }
                    }
                }
                lift[py * pw + px] = h;
            }
        });
        float[] out = new float[width * height];
        ImageRows.forEach(height, (long) width * cap.length, y -> {
            for (int x = 0; x < width; x++) {
                float top = -Float.MAX_VALUE;
                // ball centres (cx, cy) whose patch covers (x, y): cx = x + half − bx
                for (int by = 0; by < side; by++) {
                    int py = y + 2 * half - by;
                    for (int bx = 0; bx < side; bx++) {
                        float v = lift[py * pw + x + 2 * half - bx] + cap[by * side + bx];
                        if (v > top) {
                            top = v;
                        }
                    }
                }
                out[y * width + x] = top;
            }
        });
        return out;
    }

    /**
     * Bilinear enlargement of the shrunk background, ImageJ's way: a full-size pixel i lies
     * between small pixels (i − s/2)/s and the next one (the last pair at the far edge, where this
     * extrapolates).
     */
    private static float[] enlarge(float[] small, int sw, int sh, int width, int height, int shrink) {
        int[] xi = new int[width];
        float[] xw = new float[width];
        interpolation(xi, xw, sw, shrink);
        int[] yi = new int[height];
        float[] yw = new float[height];
        interpolation(yi, yw, sh, shrink);
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            int r0 = yi[y] * sw;
            int r1 = Math.min(yi[y] + 1, sh - 1) * sw;
            float wy = yw[y];
            for (int x = 0; x < width; x++) {
                int x1 = Math.min(xi[x] + 1, sw - 1);
                float line0 = small[r0 + xi[x]] * xw[x] + small[r0 + x1] * (1f - xw[x]);
                float line1 = small[r1 + xi[x]] * xw[x] + small[r1 + x1] * (1f - xw[x]);
                out[y * width + x] = line0 * wy + line1 * (1f - wy);
            }
        }
        return out;
    }

    private static void interpolation(int[] index, float[] weight, int smallLength, int shrink) {
        for (int i = 0; i < index.length; i++) {
            int s = (i - shrink / 2) / shrink;
            if (s >= smallLength - 1) {
                s = Math.max(0, smallLength - 2);
            }
            index[i] = s;
            weight[i] = 1f - ((i + 0.5f) / shrink - (s + 0.5f));
        }
    }

    @Override
    public String describe() {
        return "background rolling-ball r=" + RecipeNumbers.format(radius) + (light ? " light" : "")
                + (presmooth ? "" : " no-presmooth");
    }
}
