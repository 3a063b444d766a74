package org.matinf.core.image;

/**
 * Changes the number of pixels, scaling the calibration so that distances stay right (a pattern
 * calibrated in 1/nm per pixel keeps its reciprocal distances):
 * <ul>
 * <li>{@code RESIZE_BILINEAR}: each new pixel centre is mapped onto the old image and
 *     interpolated bilinearly (edges repeated) — for enlarging;</li>
 * <li>{@code RESIZE_AREA}: each new pixel is the area-weighted mean of the old pixels it covers,
 *     which keeps the mean intensity — for shrinking;</li>
 * <li>{@code BIN_AVERAGE} / {@code BIN_SUM}: blocks of factor × factor pixels become one, their
 *     mean or sum (sum keeps the total counts); rows and columns left over at the right and bottom
 *     edges are dropped.</li>
 * </ul>
 * A calibrated image must keep square pixels: resizing to a different aspect ratio is refused.
 * A NaN pixel makes the new pixels it contributes to NaN.
 *
 * @param kind which resampling
 * @param width new width, for resizing (1–16384)
 * @param height new height, for resizing (1–16384)
 * @param factor binning factor (2–64), for binning
 */
public record Resampling(Kind kind, int width, int height, int factor) implements PreprocessingStep {

    /** Largest new side accepted. */
    public static final int MAX_SIZE = 16384;

    /** The resampling methods. */
    public enum Kind {
        RESIZE_BILINEAR, RESIZE_AREA, BIN_AVERAGE, BIN_SUM;

        boolean isBinning() {
            return this == BIN_AVERAGE || this == BIN_SUM;
        }
    }

    /** @throws IllegalArgumentException for a size or factor out of range */
    public Resampling {
        if (kind == null) {
            throw new IllegalArgumentException("no resampling kind given");
        }
        if (kind.isBinning()) {
            if (factor < 2 || factor > 64) {
                throw new IllegalArgumentException("binning factor must be 2 to 64, got " + factor);
            }
            width = 0;
            height = 0;
        } else {
            if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
                throw new IllegalArgumentException("new size must be 1 to " + MAX_SIZE + " pixels a side, got " + width + " x " + height);
            }
            factor = 1;
        }
    }

    /** Resize to width × height, bilinear or by area averaging. */
    public static Resampling resize(int width, int height, boolean areaAveraging) {
        return new Resampling(areaAveraging ? Kind.RESIZE_AREA : Kind.RESIZE_BILINEAR, width, height, 1);
    }

    /** Bin factor × factor blocks, summing or averaging. */
    public static Resampling bin(int factor, boolean sum) {
        return new Resampling(sum ? Kind.BIN_SUM : Kind.BIN_AVERAGE, 0, 0, factor);
    }

    @Override
    public Stage stage() {
        return Stage.RESAMPLE;
    }

    @Override
    public void check(GrayImage image) {
        if (kind.isBinning()) {
            if (image.width() < factor || image.height() < factor) {
                throw new IllegalArgumentException("binning by " + factor + " needs an image of at least " + factor + " x "
                        + factor + " pixels (this one has " + RecipeNumbers.size(image) + ")");
            }
        } else if (image.calibration().isCalibrated() && (long) image.width() * height != (long) image.height() * width) {
            throw new IllegalArgumentException("resizing " + RecipeNumbers.size(image) + " to " + width + " x " + height
                    + " would make the calibrated pixels non-square; keep the aspect ratio or bin instead");
        }
    }

    @Override
    public GrayImage apply(GrayImage image) {
        check(image);
        return kind.isBinning() ? bin(image) : resize(image);
    }

    private GrayImage bin(GrayImage image) {
        int w = image.width() / factor;
        int h = image.height() / factor;
        int inWidth = image.width();
        float[] in = image.pixels();
        float[] out = new float[w * h];
        double norm = kind == Kind.BIN_SUM ? 1 : 1.0 / (factor * factor);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                for (int j = 0; j < factor; j++) {
                    int row = (y * factor + j) * inWidth + x * factor;
                    for (int i = 0; i < factor; i++) {
                        sum += in[row + i];
                    }
                }
                out[y * w + x] = (float) (sum * norm);
            }
        }
        return new GrayImage(w, h, out, image.calibration().binned(factor));
    }

    private GrayImage resize(GrayImage image) {
        int inWidth = image.width();
        int inHeight = image.height();
        boolean area = kind == Kind.RESIZE_AREA;
        Taps xs = area ? Taps.area(inWidth, width) : Taps.bilinear(inWidth, width);
        Taps ys = area ? Taps.area(inHeight, height) : Taps.bilinear(inHeight, height);
        float[] in = image.pixels();
        float[] rows = new float[inHeight * width];
        for (int y = 0; y < inHeight; y++) {
            for (int x = 0; x < width; x++) {
                rows[y * width + x] = (float) xs.apply(x, in, y * inWidth, 1);
            }
        }
        float[] out = new float[height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (float) ys.apply(y, rows, x, width);
            }
        }
        ImageCalibration cal = image.calibration();
        ImageCalibration newCal = cal.isCalibrated() ? cal.binned((double) inWidth / width) : cal;
        return new GrayImage(width, height, out, newCal);
    }

    /** For every new pixel along one axis: the old pixels it takes and their weights. */
    private record Taps(int[][] index, double[][] weight) {

        static Taps bilinear(int n, int m) {
            int[][] index = new int[m][];
            double[][] weight = new double[m][];
            double scale = (double) n / m;
            for (int o = 0; o < m; o++) {
                double src = Math.min(Math.max((o + 0.5) * scale - 0.5, 0), n - 1);
                int i0 = (int) Math.floor(src);
                double t = src - i0;
                index[o] = new int[] {i0, Math.min(i0 + 1, n - 1)};
                weight[o] = new double[] {1 - t, t};
            }
            return new Taps(index, weight);
        }

        static Taps area(int n, int m) {
            int[][] index = new int[m][];
            double[][] weight = new double[m][];
            double scale = (double) n / m;
            for (int o = 0; o < m; o++) {
                double a = o * scale;
                double b = (o + 1) * scale;
                int first = (int) Math.floor(a);
                int last = Math.min(n - 1, (int) Math.ceil(b) - 1);
                index[o] = new int[last - first + 1];
                weight[o] = new double[last - first + 1];
                for (int i = first; i <= last; i++) {
                    index[o][i - first] = i;
                    weight[o][i - first] = (Math.min(i + 1, b) - Math.max(i, a)) / scale;
                }
            }
            return new Taps(index, weight);
        }

        /** The weighted sum for new pixel o over the line starting at start with the given step. */
        double apply(int o, float[] line, int start, int step) {
            double sum = 0;
            int[] idx = index[o];
            double[] w = weight[o];
            for (int k = 0; k < idx.length; k++) {
                sum += w[k] * line[start + idx[k] * step];
            }
            return sum;
        }
    }

    @Override
    public String describe() {
        return switch (kind) {
            case RESIZE_BILINEAR -> "resize " + width + "x" + height + " bilinear";
            case RESIZE_AREA -> "resize " + width + "x" + height + " area";
            case BIN_AVERAGE -> "bin " + factor;
            case BIN_SUM -> "bin " + factor + " sum";
        };
    }
}
