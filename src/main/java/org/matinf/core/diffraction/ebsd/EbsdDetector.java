package org.matinf.core.diffraction.ebsd;

import java.util.Locale;

/**
 * The geometry of an EBSD detector: which direction, in the sample frame, each pixel of the
 * pattern sees from the source point (the beam spot on the sample), by the gnomonic projection.
 *
 * <p><b>Frames</b> (as kikuchipy's {@code EBSDDetector} with azimuthal and twist angles 0). The
 * sample frame is EDAX TSL's (X_s = RD, Y_s = TD, Z_s = ND, the outward sample normal); Bunge
 * orientations refer to it. The detector frame has X_d to the right along the pattern's rows,
 * Y_d up along its columns and Z_d = X_d × Y_d along the detector normal from the sample to the
 * screen; the pattern is seen from behind the screen, looking towards the sample, with row 0 at
 * the top. With sample tilt σ (default 70°) and detector tilt θ (default 0°), α = σ − θ:
 * X_d = (0, 1, 0), Y_d = (−sin α, 0, cos α), Z_d = (cos α, 0, sin α) in sample coordinates. The
 * angle between the detector normal and the sample normal is 90° − σ + θ.
 *
 * <p><b>Pattern centre</b> (Bruker's convention): PCx is the projection centre's distance from the
 * left edge of the pattern as a fraction of its width, PCy its distance from the top edge as a
 * fraction of its height, and PCz the detector distance DD (source point to screen, along the
 * normal) as a fraction of the pattern height. In pixel units, with u from the left edge and v
 * from the top edge (pixel (c, r) has its centre at u = c + ½, v = r + ½), the point (u, v) lies at
 * the gnomonic coordinates x_g = (u − PCx·cols) / (PCz·rows), y_g = (PCy·rows − v) / (PCz·rows) and
 * sees the unit direction of x_g X_d + y_g Y_d + Z_d; the point (PCx·cols, PCy·rows) sees the
 * detector normal Z_d. EDAX TSL's (x*, y*, z*) converts as x* = PCx, y* = 1 − PCy,
 * z* = PCz · rows / min(rows, cols) (as kikuchipy converts), and DD = PCz · rows pattern pixels
 * (PCz · rows · binning unbinned pixels).
 *
 * <p>The pattern has {@code rows × cols} pixels, already binned; the binning factor only relates
 * pixel distances to the unbinned camera. Pixel directions are computed once. Immutable.
 */
public final class EbsdDetector {
    private final int rows;
    private final int cols;
    private final int binning;
    private final double pcx;
    private final double pcy;
    private final double pcz;
    private final double sampleTilt;
    private final double detectorTilt;
    private final double[] xAxis;
    private final double[] yAxis;
    private final double[] normal;
    /** Unit sample-frame directions of the pixel centres, (x, y, z) per pixel, row-major. */
    private final double[] directions;

    private EbsdDetector(Builder b) {
        rows = b.rows;
        cols = b.cols;
        binning = b.binning;
        double[] pc = b.pcBruker();
        pcx = pc[0];
        pcy = pc[1];
        pcz = pc[2];
        sampleTilt = b.sampleTilt;
        detectorTilt = b.detectorTilt;
        double alpha = Math.toRadians(sampleTilt - detectorTilt);
        xAxis = new double[] {0, 1, 0};
        yAxis = new double[] {-Math.sin(alpha), 0, Math.cos(alpha)};
        normal = new double[] {Math.cos(alpha), 0, Math.sin(alpha)};
        directions = new double[3 * rows * cols];
        double[] d = new double[3];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                direction(c + 0.5, r + 0.5, d);
                System.arraycopy(d, 0, directions, 3 * (r * cols + c), 3);
            }
        }
    }

    /** A builder; defaults: 80 × 80 pixels, PC (0.5, 0.5, 0.5), sample tilt 70°, detector tilt 0°, binning 1. */
    public static Builder builder() {
        return new Builder();
    }

    /** Pattern rows (height in pixels). */
    public int rows() {
        return rows;
    }

    /** Pattern columns (width in pixels). */
    public int cols() {
        return cols;
    }

    /** Binning factor of the pattern relative to the camera. */
    public int binning() {
        return binning;
    }

    /** {PCx, PCy, PCz} in Bruker's convention (see the class description). */
    public double[] pc() {
        return new double[] {pcx, pcy, pcz};
    }

    /** {x*, y*, z*} in EDAX TSL's convention: x* = PCx, y* = 1 − PCy, z* = PCz · rows / min(rows, cols). */
    public double[] pcTsl() {
        return new double[] {pcx, 1 - pcy, pcz * rows / Math.min(rows, cols)};
    }

    /** The detector distance DD in pattern pixels, PCz · rows. */
    public double detectorDistance() {
        return pcz * rows;
    }

    /** The detector distance in unbinned camera pixels, PCz · rows · binning. */
    public double detectorDistanceUnbinned() {
        return pcz * rows * binning;
    }

    /** Sample tilt σ in degrees. */
    public double sampleTilt() {
        return sampleTilt;
    }

    /** Detector tilt θ in degrees. */
    public double detectorTilt() {
        return detectorTilt;
    }

    /** X_d (rightwards on the pattern) in sample coordinates. */
    public double[] xAxis() {
        return xAxis.clone();
    }

    /** Y_d (upwards on the pattern) in sample coordinates. */
    public double[] yAxis() {
        return yAxis.clone();
    }

    /** Z_d, the detector normal from the sample to the screen, in sample coordinates. */
    public double[] normal() {
        return normal.clone();
    }

    /**
     * The unit sample-frame direction seen at the detector point (u, v), in pixels from the
     * pattern's left and top edges.
     */
    public double[] direction(double u, double v) {
        double[] d = new double[3];
        direction(u, v, d);
        return d;
    }

    private void direction(double u, double v, double[] out) {
        double dd = pcz * rows;
        double xg = (u - pcx * cols) / dd;
        double yg = (pcy * rows - v) / dd;
        double x = xg * xAxis[0] + yg * yAxis[0] + normal[0];
        double y = xg * xAxis[1] + yg * yAxis[1] + normal[1];
        double z = xg * xAxis[2] + yg * yAxis[2] + normal[2];
        double n = Math.sqrt(x * x + y * y + z * z);
        out[0] = x / n;
        out[1] = y / n;
        out[2] = z / n;
    }

    /** The unit sample-frame direction of the centre of pixel (column, row). */
    public double[] pixelDirection(int column, int row) {
        int p = 3 * (row * cols + column);
        return new double[] {directions[p], directions[p + 1], directions[p + 2]};
    }

    /** All pixel directions, (x, y, z) per pixel, row-major (a copy). */
    public double[] directions() {
        return directions.clone();
    }

    /** The cached pixel directions themselves, for the simulator. */
    double[] directionsShared() {
        return directions;
    }

    /**
     * Where a sample-frame direction meets the detector plane: {u, v} in pixels from the left and
     * top edges (possibly outside the pattern), or null if it points away from the screen.
     */
    public double[] project(double[] sampleDirection) {
        double x = dot(sampleDirection, xAxis);
        double y = dot(sampleDirection, yAxis);
        double z = dot(sampleDirection, normal);
        if (!(z > 0)) {
            return null;
        }
        double dd = pcz * rows;
        return new double[] {pcx * cols + dd * x / z, pcy * rows - dd * y / z};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EbsdDetector(%d x %d, PC (%.4f, %.4f, %.4f), sample tilt %s°, detector tilt %s°, binning %d)",
                rows, cols, pcx, pcy, pcz, sampleTilt, detectorTilt, binning);
    }

    /** Settings of a detector; checked by {@link #build()}. */
    public static final class Builder {
        private int rows = 80;
        private int cols = 80;
        private int binning = 1;
        private double[] pc = {0.5, 0.5, 0.5};
        private String pcConvention = "bruker";
        private double sampleTilt = 70;
        private double detectorTilt = 0;

        private Builder() {
        }

        /** Pattern size in pixels (after binning). */
        public Builder size(int patternRows, int patternCols) {
            this.rows = patternRows;
            this.cols = patternCols;
            return this;
        }

        /** Binning factor of the pattern relative to the camera (default 1). */
        public Builder binning(int factor) {
            this.binning = factor;
            return this;
        }

        /** Pattern centre in Bruker's convention (PCx, PCy, PCz), see the class description. */
        public Builder pc(double pcxValue, double pcyValue, double pczValue) {
            pc = new double[] {pcxValue, pcyValue, pczValue};
            pcConvention = "bruker";
            return this;
        }

        /** Pattern centre in EDAX TSL's convention (x*, y*, z*), converted when built. */
        public Builder pcTsl(double xStar, double yStar, double zStar) {
            pc = new double[] {xStar, yStar, zStar};
            pcConvention = "tsl";
            return this;
        }

        /**
         * Pattern centre as Bruker's PCx, PCy and the detector distance DD in pattern pixels
         * (PCz = DD / rows when built).
         */
        public Builder pcPixels(double pcxValue, double pcyValue, double detectorDistancePixels) {
            pc = new double[] {pcxValue, pcyValue, detectorDistancePixels};
            pcConvention = "pixels";
            return this;
        }

        /** Sample tilt σ in degrees about the sample's RD axis (default 70). */
        public Builder sampleTilt(double degrees) {
            this.sampleTilt = degrees;
            return this;
        }

        /** Detector tilt θ in degrees about the detector's X_d axis (default 0). */
        public Builder detectorTilt(double degrees) {
            this.detectorTilt = degrees;
            return this;
        }

        /** {PCx, PCy, PCz} in Bruker's convention from the given one. */
        private double[] pcBruker() {
            return switch (pcConvention) {
                case "tsl" -> new double[] {pc[0], 1 - pc[1], pc[2] * Math.min(rows, cols) / rows};
                case "pixels" -> new double[] {pc[0], pc[1], pc[2] / rows};
                default -> pc.clone();
            };
        }

        /**
         * The detector.
         *
         * @throws IllegalArgumentException naming the parameter that is out of range
         */
        public EbsdDetector build() {
            if (rows < 1 || cols < 1 || (long) rows * cols > 16_000_000) {
                throw new IllegalArgumentException("pattern size (rows x cols) must be at least 1 x 1 and at most 16 million pixels, got "
                        + rows + " x " + cols);
            }
            if (binning < 1) {
                throw new IllegalArgumentException("binning must be at least 1, got " + binning);
            }
            double[] p = pcBruker();
            if (!Double.isFinite(p[0])) {
                throw new IllegalArgumentException("pcx must be a finite number (fraction of the pattern width), got " + p[0]);
            }
            if (!Double.isFinite(p[1])) {
                throw new IllegalArgumentException("pcy must be a finite number (fraction of the pattern height), got " + p[1]);
            }
            if (!(p[2] > 0) || Double.isInfinite(p[2])) {
                throw new IllegalArgumentException("pcz must be a positive number (detector distance / pattern height), got " + p[2]);
            }
            if (!Double.isFinite(sampleTilt)) {
                throw new IllegalArgumentException("sample tilt must be a finite number of degrees, got " + sampleTilt);
            }
            if (!Double.isFinite(detectorTilt)) {
                throw new IllegalArgumentException("detector tilt must be a finite number of degrees, got " + detectorTilt);
            }
            return new EbsdDetector(this);
        }
    }
}
