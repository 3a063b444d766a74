package org.matinf.core.descriptors.structure;

/**
 * Real (tesseral) spherical harmonics Y_lm, orthonormal on the unit sphere: for m &gt; 0
 * √2 N_lm P_l^m(cos θ) cos(mφ), for m &lt; 0 √2 N_l|m| P_l^|m|(cos θ) sin(|m|φ), for m = 0
 * N_l0 P_l(cos θ), with N_lm = √((2l+1)/(4π) (l−m)!/(l+m)!) and no Condon–Shortley phase.
 * Values for l = 0..lmax are stored at index l² + l + m.
 */
final class RealSphericalHarmonics {
    private final int lmax;
    private final double[] a;
    private final double[] b;

    RealSphericalHarmonics(int lmax) {
        this.lmax = lmax;
        int size = (lmax + 1) * (lmax + 1);
        a = new double[size];
        b = new double[size];
        for (int l = 2; l <= lmax; l++) {
            for (int m = 0; m <= l - 2; m++) {
                a[l * l + m] = Math.sqrt((4.0 * l * l - 1) / ((double) l * l - (double) m * m));
                b[l * l + m] = Math.sqrt(((l - 1.0) * (l - 1.0) - (double) m * m) / (4.0 * (l - 1.0) * (l - 1.0) - 1));
            }
        }
    }

    /** Number of values for l = 0..lmax: (lmax + 1)². */
    int size() {
        return (lmax + 1) * (lmax + 1);
    }

    /**
     * Fills {@code out} with Y_lm of the direction (x, y, z), which need not be a unit vector but
     * must not be zero; {@code work} is scratch space of {@link #size()}.
     */
    void evaluate(double x, double y, double z, double[] out, double[] work) {
        double r = Math.sqrt(x * x + y * y + z * z);
        double ct = z / r;
        double st = Math.sqrt(Math.max(0, 1 - ct * ct));
        double phi = Math.atan2(y, x);
        // work[l*l + m] = N_lm P_l^m(ct) for m >= 0
        work[0] = 0.5 / Math.sqrt(Math.PI);
        for (int m = 1; m <= lmax; m++) {
            int prev = (m - 1) * (m - 1) + (m - 1);
            work[m * m + m] = Math.sqrt((2.0 * m + 1) / (2.0 * m)) * st * work[prev];
        }
        for (int m = 0; m < lmax; m++) {
            work[(m + 1) * (m + 1) + m] = Math.sqrt(2.0 * m + 3) * ct * work[m * m + m];
        }
        for (int l = 2; l <= lmax; l++) {
            for (int m = 0; m <= l - 2; m++) {
                int i = l * l + m;
                work[i] = a[i] * (ct * work[(l - 1) * (l - 1) + m] - b[i] * work[(l - 2) * (l - 2) + m]);
            }
        }
        double sqrt2 = Math.sqrt(2);
        for (int l = 0; l <= lmax; l++) {
            int centre = l * l + l;
            out[centre] = work[l * l];
            for (int m = 1; m <= l; m++) {
                double p = sqrt2 * work[l * l + m];
                out[centre + m] = p * Math.cos(m * phi);
                out[centre - m] = p * Math.sin(m * phi);
            }
        }
    }
}
