package org.matinf.core.image;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Background as a 2-D polynomial surface of total order 1 to 4 (3 to 15 terms), fitted by least
 * squares to all finite pixels or to the pixels of a mask, and subtracted. The fit uses products of
 * Legendre polynomials in coordinates scaled to [−1, 1], which keeps the normal equations well
 * conditioned; commons-math3's QR decomposition solves them. NaN pixels are treated as missing:
 * left out of the fit and left NaN in the result.
 *
 * @param order total polynomial order, 1 (plane) to 4
 */
public record PolynomialBackground(int order) implements BackgroundSubtraction {

    /** @throws IllegalArgumentException for an order outside 1–4 */
    public PolynomialBackground {
        if (order < 1 || order > 4) {
            throw new IllegalArgumentException("polynomial background order must be 1, 2, 3 or 4, got " + order);
        }
    }

    /** Number of polynomial terms: (order + 1)(order + 2)/2. */
    public int terms() {
        return (order + 1) * (order + 2) / 2;
    }

    @Override
    public void check(GrayImage image) {
        if ((long) image.width() * image.height() < terms()) {
            throw new IllegalArgumentException("a polynomial of order " + order + " has " + terms()
                    + " terms, more than the image has pixels (" + RecipeNumbers.size(image) + ")");
        }
    }

    /** The surface fitted to all finite pixels. */
    @Override
    public GrayImage background(GrayImage image) {
        return fit(image, null);
    }

    /**
     * The fitted surface over the whole image.
     *
     * @param use the pixels to fit (row-major, true = background), or null for all; NaN pixels are
     *     never used
     * @throws IllegalArgumentException if the mask has the wrong size or too few usable pixels
     *     to determine the surface
     */
    public GrayImage fit(GrayImage image, boolean[] use) {
        check(image);
        int width = image.width();
        int height = image.height();
        float[] in = image.pixels();
        if (use != null && use.length != in.length) {
            throw new IllegalArgumentException("the fit mask has " + use.length + " pixels, the image " + in.length);
        }
        double[][] px = legendre(width);
        double[][] py = legendre(height);
        int m = terms();
        int[][] powers = powers();
        double[][] normal = new double[m][m];
        double[] rhs = new double[m];
        double[] t = new double[m];
        long used = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (!Float.isFinite(in[i]) || use != null && !use[i]) {
                    continue;
                }
                used++;
                for (int a = 0; a < m; a++) {
                    t[a] = px[powers[a][0]][x] * py[powers[a][1]][y];
                }
                for (int a = 0; a < m; a++) {
                    rhs[a] += t[a] * in[i];
                    for (int b = 0; b <= a; b++) {
                        normal[a][b] += t[a] * t[b];
                    }
                }
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                normal[a][b] = normal[b][a];
            }
        }
        RealVector c;
        try {
            c = new QRDecomposition(new Array2DRowRealMatrix(normal, false), 1e-12).getSolver().solve(new ArrayRealVector(rhs, false));
        } catch (SingularMatrixException ex) {
            throw new IllegalArgumentException(used + " usable pixels do not determine a polynomial background of order "
                    + order + " (they lie on too few rows or columns)");
        }
        float[] out = new float[in.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = 0;
                for (int a = 0; a < m; a++) {
                    v += c.getEntry(a) * px[powers[a][0]][x] * py[powers[a][1]][y];
                }
                out[y * width + x] = (float) v;
            }
        }
        return image.withPixels(out);
    }

    /** Exponent pairs (i, j) of the terms Pᵢ(u)·Pⱼ(v), i + j ≤ order. */
    private int[][] powers() {
        int[][] p = new int[terms()][];
        int k = 0;
        for (int total = 0; total <= order; total++) {
            for (int j = 0; j <= total; j++) {
                p[k++] = new int[] {total - j, j};
            }
        }
        return p;
    }

    /** Legendre polynomials P₀…P_order at the n pixel positions scaled to [−1, 1]. */
    private double[][] legendre(int n) {
        double[][] p = new double[order + 1][n];
        for (int i = 0; i < n; i++) {
            double u = n == 1 ? 0 : 2.0 * i / (n - 1) - 1;
            p[0][i] = 1;
            p[1][i] = u;
            for (int k = 2; k <= order; k++) {
                p[k][i] = ((2 * k - 1) * u * p[k - 1][i] - (k - 1) * p[k - 2][i]) / k;
            }
        }
        return p;
    }

    @Override
    public String describe() {
        return "background polynomial order=" + order;
    }
}
