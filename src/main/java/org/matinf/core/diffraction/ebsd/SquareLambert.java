package org.matinf.core.diffraction.ebsd;

/**
 * The square Lambert equal-area projection of Roşca (2010), as EMsoft stores master patterns: each
 * hemisphere of the unit sphere maps onto the square [−L, L]² with L = √(π/2), the pole at the
 * centre and the equator on the square's border; equal areas on the sphere stay equal in the square.
 *
 * <p>For a unit vector (x, y, z) with q = √(2 (1 − |z|)): if |y| ≤ |x|,
 * X = sgn(x) q √π / 2 and Y = sgn(x) q (2/√π) atan(y/x); otherwise X = sgn(y) q (2/√π) atan(x/y) and
 * Y = sgn(y) q √π / 2. The northern (z ≥ 0) and southern hemisphere use the same formulas with |z|.
 */
public final class SquareLambert {
    /** Half the side of the square, √(π/2). */
    public static final double L = Math.sqrt(Math.PI / 2);
    private static final double SQRT_PI_HALF = Math.sqrt(Math.PI) / 2;
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private SquareLambert() {
    }

    /**
     * Writes the square coordinates {X, Y} of the unit vector (x, y, z) (of either hemisphere,
     * by |z|) into {@code out}.
     */
    public static void toSquare(double x, double y, double z, double[] out) {
        double rr = x * x + y * y;
        if (rr == 0) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        // 1 − |z| = (x² + y²) / (1 + |z|) keeps its precision near the poles
        double q = Math.sqrt(2 * rr / (1 + Math.abs(z)));
        if (Math.abs(y) <= Math.abs(x)) {
            double s = x < 0 ? -q : q;
            out[0] = s * SQRT_PI_HALF;
            out[1] = s * TWO_OVER_SQRT_PI * Math.atan(y / x);
        } else {
            double s = y < 0 ? -q : q;
            out[0] = s * TWO_OVER_SQRT_PI * Math.atan(x / y);
            out[1] = s * SQRT_PI_HALF;
        }
    }

    /**
     * Writes the unit vector of the square point (X, Y), |X|, |Y| ≤ L, on the northern (z ≥ 0) or
     * southern hemisphere into {@code out}.
     */
    public static void toSphere(double bigX, double bigY, boolean north, double[] out) {
        double ax = Math.abs(bigX);
        double ay = Math.abs(bigY);
        if (ax == 0 && ay == 0) {
            out[0] = 0;
            out[1] = 0;
            out[2] = north ? 1 : -1;
            return;
        }
        double q;
        double phi;
        boolean xMajor = ay <= ax;
        if (xMajor) {
            q = ax / SQRT_PI_HALF;
            phi = Math.PI / 4 * (bigY / bigX);
        } else {
            q = ay / SQRT_PI_HALF;
            phi = Math.PI / 4 * (bigX / bigY);
        }
        double z = 1 - q * q / 2;
        double rho = q * Math.sqrt(Math.max(0, 1 - q * q / 4));
        if (xMajor) {
            double s = bigX < 0 ? -rho : rho;
            out[0] = s * Math.cos(phi);
            out[1] = s * Math.sin(phi);
        } else {
            double s = bigY < 0 ? -rho : rho;
            out[0] = s * Math.sin(phi);
            out[1] = s * Math.cos(phi);
        }
        out[2] = north ? z : -z;
    }
}
