package org.matinf.core.image;

/**
 * A point in pixel coordinates, such as the centre of a diffraction pattern (the direct beam) about
 * which radial backgrounds and masks are taken: pixel (x, y) has its
 * centre at (x, y), as in ImageJ's {@code getPixel(x, y)}; an ImageJ selection coordinate is this
 * plus 0.5. The centre may lie between pixels or outside the image.
 *
 * @param x column coordinate
 * @param y row coordinate
 */
public record PixelPoint(double x, double y) {

    /** @throws IllegalArgumentException if a coordinate is not a finite number */
    public PixelPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("the pattern centre must be two finite numbers, got (" + x + ", " + y + ")");
        }
    }

    /** The geometric centre of an image: ((width − 1)/2, (height − 1)/2). */
    public static PixelPoint of(GrayImage image) {
        return new PixelPoint((image.width() - 1) / 2.0, (image.height() - 1) / 2.0);
    }

    /** {@code centre}, or the image's geometric centre when {@code centre} is null. */
    public static PixelPoint orImageCentre(PixelPoint centre, GrayImage image) {
        return centre == null ? of(image) : centre;
    }

    /** The recipe text form "x,y". */
    String text() {
        return RecipeNumbers.format(x) + "," + RecipeNumbers.format(y);
    }
}
