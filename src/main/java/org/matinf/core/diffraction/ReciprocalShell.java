package org.matinf.core.diffraction;

import java.util.Arrays;

/**
 * The reflections h k l of a structure whose reciprocal lattice vector g = h a* + k b* + l c*
 * lies in the shell gMin ≤ |g| ≤ gMax, with the squared structure factor |F|² of each. Only one
 * of each Friedel pair (h k l, −h −k −l) is stored, the first nonzero index positive; |F|² is
 * kept for both, since with complex scattering lengths they may differ.
 *
 * <p>F(hkl) = Σ_sites w(s²) exp(2πi (h x + k y + l z)), with w the scattering power of the site's
 * kind ({@link SiteScatterers}). The phase factors come from per-site, per-axis tables of
 * exp(2πi h x), exp(2πi k y), exp(2πi l z), so no trigonometry is done per reflection: for each row
 * (h, k) the product exp(2πi (h x + k y)) is formed once per site, then the sums over the sites of
 * each kind are accumulated for all l of the row in one pass that runs along l.
 *
 * <p>Which points lie inside the outer sphere follows pymatgen's point search exactly (its
 * radius is a single-precision float, with an allowance of 1e-8 Å⁻² on |g|² when gMax ≥ 1 Å⁻¹
 * and the test |g| ≤ gMax otherwise), so that reflections on the boundary come and go together.
 */
final class ReciprocalShell {
    int size;
    int[] h;
    int[] k;
    int[] l;
    /** |g|² in Å⁻². */
    double[] g2;
    /** |F(h k l)|². */
    double[] fPlus;
    /** |F(−h −k −l)|². */
    double[] fMinus;

    private final double[] r; // reciprocal matrix, row-major: a* = r[0..2], b* = r[3..5], c* = r[6..8]
    private final double gMin;
    private final float gMaxSingle;
    private final double gMaxSquaredBound;

    /**
     * @param reciprocal crystallographic reciprocal lattice vectors as rows (Å⁻¹, without 2π)
     */
    ReciprocalShell(double[][] reciprocal, double gMin, double gMax) {
        r = new double[9];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(reciprocal[i], 0, r, 3 * i, 3);
        }
        this.gMin = gMin;
        this.gMaxSingle = (float) gMax;
        double single = gMaxSingle;
        gMaxSquaredBound = Math.max(single, gMax) * Math.max(single, gMax) + 1e-8;
    }

    /** True if a point at |g|² = g2 is inside the outer sphere as pymatgen decides it. */
    boolean insideOuter(double g2) {
        if (gMaxSingle < 1.0f) {
            return Math.sqrt(g2) <= gMaxSingle;
        }
        return g2 < (double) (gMaxSingle * gMaxSingle) + 1e-8;
    }

    /** Enumerates the shell and sums the structure factors of every reflection in it. */
    void compute(SiteScatterers sites, double cellVolume) {
        double bound = Math.sqrt(gMaxSquaredBound) * (1 + 1e-12);
        int[] n = new int[3];
        for (int i = 0; i < 3; i++) {
            // |h| = |g · a| <= |g| |a|, and |a| = |b* x c*| V
            double[] rowsCross = cross(r, (i + 1) % 3, (i + 2) % 3);
            double length = Math.sqrt(rowsCross[0] * rowsCross[0] + rowsCross[1] * rowsCross[1]
                    + rowsCross[2] * rowsCross[2]) * cellVolume;
            n[i] = (int) Math.floor(bound * length + 1e-9);
        }
        int expected = (int) Math.min(50_000_000, 4.0 / 3.0 * Math.PI * bound * bound * bound * cellVolume * 0.6 + 64);
        allocate(expected);
        int ns = sites.x.length;
        PhaseTable ex = new PhaseTable(sites.x, n[0]);
        PhaseTable ey = new PhaseTable(sites.y, n[1]);
        int zStride = 2 * n[2] + 1;
        double[] zCos = new double[ns * zStride];
        double[] zSin = new double[ns * zStride];
        for (int j = 0; j < ns; j++) {
            for (int m = -n[2]; m <= n[2]; m++) {
                double phase = 2 * Math.PI * (m * sites.z[j]);
                zCos[j * zStride + m + n[2]] = Math.cos(phase);
                zSin[j * zStride + m + n[2]] = Math.sin(phase);
            }
        }
        double[] rowRe = new double[ns];
        double[] rowIm = new double[ns];
        double[] accRe = new double[sites.kinds * zStride];
        double[] accIm = new double[sites.kinds * zStride];
        double[] wRe = new double[sites.kinds];
        double[] wIm = new double[sites.kinds];
        double vv = r[6] * r[6] + r[7] * r[7] + r[8] * r[8];
        for (int hh = 0; hh <= n[0]; hh++) {
            for (int kk = hh == 0 ? 0 : -n[1]; kk <= n[1]; kk++) {
                double u0 = hh * r[0] + kk * r[3];
                double u1 = hh * r[1] + kk * r[4];
                double u2 = hh * r[2] + kk * r[5];
                double uv = u0 * r[6] + u1 * r[7] + u2 * r[8];
                double uu = u0 * u0 + u1 * u1 + u2 * u2;
                double disc = uv * uv - vv * (uu - bound * bound);
                if (disc < 0) {
                    continue;
                }
                double root = Math.sqrt(disc);
                int lo = Math.max((int) Math.floor((-uv - root) / vv) - 1, -n[2]);
                int hi = Math.min((int) Math.ceil((-uv + root) / vv) + 1, n[2]);
                if (hh == 0 && kk == 0) {
                    lo = Math.max(lo, 1);
                }
                if (lo > hi) {
                    continue;
                }
                ex.product(hh, ey, kk, rowRe, rowIm);
                int len = hi - lo + 1;
                rowSums(sites, rowRe, rowIm, zCos, zSin, zStride, lo + n[2], len, accRe, accIm);
                for (int ll = lo; ll <= hi; ll++) {
                    double x0 = (double) hh * r[0] + (double) kk * r[3] + (double) ll * r[6];
                    double x1 = (double) hh * r[1] + (double) kk * r[4] + (double) ll * r[7];
                    double x2 = (double) hh * r[2] + (double) kk * r[5] + (double) ll * r[8];
                    double g2v = x0 * x0 + x1 * x1 + x2 * x2;
                    if (!insideOuter(g2v)) {
                        continue;
                    }
                    double g = Math.sqrt(g2v);
                    if (gMin != 0 && g < gMin) {
                        continue;
                    }
                    double s = g / 2;
                    sites.weights(s * s, wRe, wIm);
                    add(hh, kk, ll, g2v);
                    store(sites.kinds, accRe, accIm, len, ll - lo, wRe, wIm);
                }
            }
        }
    }

    /**
     * S_t(l) = Σ_{j of kind t} exp(2πi (h x_j + k y_j)) exp(2πi l z_j) for the l of one row, into
     * {@code accRe/accIm[t * len + (l − lo)]}; the inner loop runs over l, contiguous in memory.
     */
    private static void rowSums(SiteScatterers sites, double[] rowRe, double[] rowIm, double[] zCos, double[] zSin,
            int zStride, int first, int len, double[] accRe, double[] accIm) {
        Arrays.fill(accRe, 0, sites.kinds * len, 0.0);
        Arrays.fill(accIm, 0, sites.kinds * len, 0.0);
        for (int t = 0; t < sites.kinds; t++) {
            int out = t * len;
            for (int j = sites.kindStart[t], end = sites.kindStart[t + 1]; j < end; j++) {
                double pr = rowRe[j];
                double pi = rowIm[j];
                int base = j * zStride + first;
                for (int q = 0; q < len; q++) {
                    double c = zCos[base + q];
                    double sn = zSin[base + q];
                    accRe[out + q] += pr * c - pi * sn;
                    accIm[out + q] += pr * sn + pi * c;
                }
            }
        }
    }

    /** |F|² of the last added reflection and of its Friedel mate from the kind sums at column q. */
    private void store(int kinds, double[] accRe, double[] accIm, int len, int q, double[] wRe, double[] wIm) {
        double fr = 0;
        double fi = 0;
        double mr = 0;
        double mi = 0;
        for (int t = 0; t < kinds; t++) {
            double sr = accRe[t * len + q];
            double si = accIm[t * len + q];
            double w = wRe[t];
            double wi = wIm[t];
            // F(+) += w S ; F(-) += w conj(S)
            fr += w * sr - wi * si;
            fi += w * si + wi * sr;
            mr += w * sr + wi * si;
            mi += wi * sr - w * si;
        }
        int i = size - 1;
        fPlus[i] = fr * fr + fi * fi;
        fMinus[i] = mr * mr + mi * mi;
    }

    private void allocate(int capacity) {
        h = new int[capacity];
        k = new int[capacity];
        l = new int[capacity];
        g2 = new double[capacity];
        fPlus = new double[capacity];
        fMinus = new double[capacity];
        size = 0;
    }

    private void add(int hh, int kk, int ll, double g2v) {
        if (size == h.length) {
            int c = h.length * 2;
            h = Arrays.copyOf(h, c);
            k = Arrays.copyOf(k, c);
            l = Arrays.copyOf(l, c);
            g2 = Arrays.copyOf(g2, c);
            fPlus = Arrays.copyOf(fPlus, c);
            fMinus = Arrays.copyOf(fMinus, c);
        }
        h[size] = hh;
        k[size] = kk;
        l[size] = ll;
        g2[size] = g2v;
        size++;
    }

    private static double[] cross(double[] m, int i, int j) {
        return new double[] {m[3 * i + 1] * m[3 * j + 2] - m[3 * i + 2] * m[3 * j + 1],
            m[3 * i + 2] * m[3 * j] - m[3 * i] * m[3 * j + 2], m[3 * i] * m[3 * j + 1] - m[3 * i + 1] * m[3 * j]};
    }

    /**
     * exp(2πi n x_j) for every site j and −max ≤ n ≤ max, as cosine and sine tables laid out
     * index by index, so that the sites of one index are contiguous.
     */
    private static final class PhaseTable {
        final int max;
        final int sites;
        final double[] cos;
        final double[] sin;

        PhaseTable(double[] coords, int max) {
            this.max = max;
            this.sites = coords.length;
            cos = new double[sites * (2 * max + 1)];
            sin = new double[sites * (2 * max + 1)];
            for (int m = -max; m <= max; m++) {
                int row = (m + max) * sites;
                for (int j = 0; j < sites; j++) {
                    double phase = 2 * Math.PI * (m * coords[j]);
                    cos[row + j] = Math.cos(phase);
                    sin[row + j] = Math.sin(phase);
                }
            }
        }

        /** exp(2πi (a x_j + b y_j)) for every site, with this table for x and {@code other} for y. */
        void product(int a, PhaseTable other, int b, double[] re, double[] im) {
            int p = (a + max) * sites;
            int q = (b + other.max) * sites;
            for (int j = 0; j < sites; j++) {
                double c1 = cos[p + j];
                double s1 = sin[p + j];
                double c2 = other.cos[q + j];
                double s2 = other.sin[q + j];
                re[j] = c1 * c2 - s1 * s2;
                im[j] = c1 * s2 + s1 * c2;
            }
        }
    }
}
