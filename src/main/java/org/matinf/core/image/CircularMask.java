package org.matinf.core.image;

/**
 * Keeps a disc of the pattern and sets every pixel whose centre lies farther than the radius from
 * the pattern centre to a constant (0 by default), e.g. to cut off the detector corners or a
 * beam stop's shadow outside the useful area.
 *
 * @param radius radius of the kept disc in pixels, positive
 * @param centre the disc centre, or null for the image centre
 * @param outside the value given to pixels outside the disc
 */
public record CircularMask(double radius, PixelPoint centre, double outside) implements PreprocessingStep {

    /** @throws IllegalArgumentException if the radius is not positive or the outside value not finite */
    public CircularMask {
        RecipeNumbers.positive("mask radius", radius);
        outside = RecipeNumbers.finite("mask outside value", outside) + 0.0; // no −0
    }

    /** A disc of the given radius about the image centre, 0 outside. */
    public CircularMask(double radius) {
        this(radius, null, 0);
    }

    @Override
    public Stage stage() {
        return Stage.MASK;
    }

    @Override
    public GrayImage apply(GrayImage image) {
        PixelPoint c = PixelPoint.orImageCentre(centre, image);
        float[] out = image.pixels().clone();
        int width = image.width();
        double r2 = radius * radius;
        for (int y = 0; y < image.height(); y++) {
            double dy = y - c.y();
            for (int x = 0; x < width; x++) {
                double dx = x - c.x();
                if (dx * dx + dy * dy > r2) {
                    out[y * width + x] = (float) outside;
                }
            }
        }
        return image.withPixels(out);
    }

    @Override
    public String describe() {
        return "mask r=" + RecipeNumbers.format(radius) + (centre == null ? "" : " centre=" + centre.text())
                + (outside == 0 ? "" : " outside=" + RecipeNumbers.format(outside));
    }
}
