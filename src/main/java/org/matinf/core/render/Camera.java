package org.matinf.core.render;

import org.matinf.core.structure.Mat3;

/**
 * Where a picture is seen from. View coordinates have x to the right, y up and z towards the
 * viewer; without rotation the viewer looks down the Cartesian z axis (along −c for the usual
 * lattice setting, a to the right). The structure is turned about its {@link Scene#centre()} by
 * the rotation angles (degrees): first about the horizontal screen axis (x), then about the
 * vertical one (y), then about the viewing direction (z).
 *
 * <p>{@link #fit} scales the picture so that the scene's bounding sphere fills
 * {@value #FILL} of the shorter side; the perspective eye sees the sphere under a
 * {@value #FIELD_OF_VIEW}° cone. Pixel (i, j) covers screen coordinates [i, i+1) × [j, j+1).
 */
public final class Camera {
    /** Share of the shorter picture side the scene's bounding sphere fills. */
    public static final double FILL = 0.9;
    /** Angle under which the perspective eye sees the bounding sphere, degrees. */
    public static final double FIELD_OF_VIEW = 40;

    private final int width;
    private final int height;
    private final double[][] rotation;
    private final double[] centre;
    private final Projection projection;
    /** Pixels per Å (orthographic) or the focal length in pixels (perspective). */
    private final double scale;
    /** Orthographic: z of the plane rays start from; perspective: distance of the eye from the centre. */
    private final double eye;

    private Camera(int width, int height, double[][] rotation, double[] centre, Projection projection, double scale, double eye) {
        this.width = width;
        this.height = height;
        this.rotation = rotation;
        this.centre = centre;
        this.projection = projection;
        this.scale = scale;
        this.eye = eye;
    }

    /**
     * A camera that shows the whole scene in a picture of the given size.
     *
     * @param angles rotation about the screen's x, y and z axes, degrees
     */
    public static Camera fit(Scene scene, int width, int height, double[] angles, Projection projection) {
        if (width < 1 || height < 1 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("width and height must be from 1 to 8192 pixels, got " + width + " and " + height);
        }
        if (angles.length != 3) {
            throw new IllegalArgumentException("rotation needs three angles (x, y, z degrees), got " + angles.length);
        }
        double r = Math.max(scene.radius(), 1e-3);
        double half = FILL * Math.min(width, height) / 2;
        double[][] rot = Mat3.multiply(rotationZ(angles[2]), Mat3.multiply(rotationY(angles[1]), rotationX(angles[0])));
        if (projection == Projection.ORTHOGRAPHIC) {
            return new Camera(width, height, rot, scene.centre(), projection, half / r, 2 * r + 1);
        }
        double d = r / StrictMath.sin(Math.toRadians(FIELD_OF_VIEW / 2));
        return new Camera(width, height, rot, scene.centre(), projection, half * Math.sqrt(d * d - r * r) / r, d);
    }

    /** This camera for a picture {@code factor} times as wide and high (supersampling). */
    public Camera scaled(int factor) {
        return new Camera(width * factor, height * factor, rotation, centre, projection, scale * factor, eye);
    }

    /** This camera with the scene turned further by {@code degrees} about the vertical screen axis (a turntable step). */
    public Camera turned(double degrees) {
        return new Camera(width, height, Mat3.multiply(rotationY(degrees), rotation), centre, projection, scale, eye);
    }

    /** Picture width, pixels. */
    public int width() {
        return width;
    }

    /** Picture height, pixels. */
    public int height() {
        return height;
    }

    /** The projection. */
    public Projection projection() {
        return projection;
    }

    /** The rotation from Cartesian to view coordinates, row by row (a copy). */
    public double[][] rotation() {
        return Mat3.copy(rotation);
    }

    /** View coordinates (Å, origin at the scene centre) of a Cartesian point. */
    public double[] view(double[] p) {
        double x = p[0] - centre[0];
        double y = p[1] - centre[1];
        double z = p[2] - centre[2];
        return new double[] {
            rotation[0][0] * x + rotation[0][1] * y + rotation[0][2] * z,
            rotation[1][0] * x + rotation[1][1] * y + rotation[1][2] * z,
            rotation[2][0] * x + rotation[2][1] * y + rotation[2][2] * z};
    }

    /** Screen position (pixels from the top left) of a point in view coordinates. */
    public double[] screen(double[] v) {
        double k = pixelsPerAngstrom(v);
        return new double[] {width / 2.0 + k * v[0], height / 2.0 - k * v[1]};
    }

    /** Screen position of a Cartesian point. */
    public double[] project(double[] p) {
        return screen(view(p));
    }

    /** Pixels per Å at the depth of a point in view coordinates. */
    public double pixelsPerAngstrom(double[] v) {
        return projection == Projection.ORTHOGRAPHIC ? scale : scale / Math.max(eye - v[2], 1e-9);
    }

    /** Distance from the viewer along the line of sight (the value the depth buffer keeps) of a point in view coordinates. */
    public double depth(double[] v) {
        if (projection == Projection.ORTHOGRAPHIC) {
            return eye - v[2];
        }
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + (eye - v[2]) * (eye - v[2]));
    }

    /** Fills {@code origin} and the unit {@code direction} of the ray through screen point (sx, sy), view coordinates. */
    public void ray(double sx, double sy, double[] origin, double[] direction) {
        double x = sx - width / 2.0;
        double y = height / 2.0 - sy;
        if (projection == Projection.ORTHOGRAPHIC) {
            origin[0] = x / scale;
            origin[1] = y / scale;
            origin[2] = eye;
            direction[0] = 0;
            direction[1] = 0;
            direction[2] = -1;
            return;
        }
        origin[0] = 0;
        origin[1] = 0;
        origin[2] = eye;
        double dx = x / scale;
        double dy = y / scale;
        double n = Math.sqrt(dx * dx + dy * dy + 1);
        direction[0] = dx / n;
        direction[1] = dy / n;
        direction[2] = -1 / n;
    }

    /** The eye's distance from the scene centre (perspective), or the z of the plane orthographic rays start from, Å. */
    public double eyeDistance() {
        return eye;
    }

    /** Pixels per Å at the scene centre. */
    public double centreScale() {
        return projection == Projection.ORTHOGRAPHIC ? scale : scale / eye;
    }

    private static double[][] rotationX(double deg) {
        double c = StrictMath.cos(Math.toRadians(deg));
        double s = StrictMath.sin(Math.toRadians(deg));
        return new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}};
    }

    private static double[][] rotationY(double deg) {
        double c = StrictMath.cos(Math.toRadians(deg));
        double s = StrictMath.sin(Math.toRadians(deg));
        return new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
    }

    private static double[][] rotationZ(double deg) {
        double c = StrictMath.cos(Math.toRadians(deg));
        double s = StrictMath.sin(Math.toRadians(deg));
        return new double[][] {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
    }
}
