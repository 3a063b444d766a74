package org.matinf.core.diffraction.electron;

import java.util.Arrays;
import java.util.Locale;
import org.matinf.core.orientation.CrystalFrame;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Structure;

/**
 * Every reciprocal lattice point (h k l) ≠ (0 0 0) of a crystal with |g| ≤ g_max, with its
 * reciprocal vector g = h a* + k b* + l c* (Cartesian 1/Å, no 2π) in the standard crystal frame
 * ({@link CrystalFrame}: x along a, z along c*), the frame orientations refer to
 * and its kinematic intensity |F(hkl)|². Computed once per structure so that spot patterns for many
 * orientations only rotate and filter these arrays. Immutable and safe to share between threads.
 *
 * <p>Order: by |g|, then by h, k, l (larger first), so (1 0 0) comes before (0 1 0) and (−1 0 0).
 */
public final class ReflectionSet {
    private final Lattice lattice;
    private final ElectronScattering model;
    private final double gMax;
    private final int[] h;
    private final int[] k;
    private final int[] l;
    private final double[] gx;
    private final double[] gy;
    private final double[] gz;
    private final double[] g;
    private final double[] f2;
    private final double f2Max;

    /**
     * Enumerates the points in the box |h| ≤ g_max |a| (likewise k, l), which holds the ball
     * |g| ≤ g_max because h = g · a.
     *
     * @param gMax largest |g| = 1/d in 1/Å, positive
     * @throws IllegalArgumentException for a non-positive g_max, a molecule, or an element the
     *     model has no factors for
     */
    public ReflectionSet(Structure structure, ElectronScattering model, double gMax) {
        this(structure, model, gMax, null);
    }

    /**
     * Like {@link #ReflectionSet(Structure, ElectronScattering, double)}, but only the reflections of
     * the zero-order Laue zone of {@code zone} when it is not null.
     */
    public ReflectionSet(Structure structure, ElectronScattering model, double gMax, ZoneAxis zone) {
        if (!(gMax > 0) || !Double.isFinite(gMax)) {
            throw new IllegalArgumentException("largest |g| must be a positive number of 1/Å, got " + gMax);
        }
        ElectronStructureFactors factors = new ElectronStructureFactors(structure, model);
        this.lattice = new CrystalFrame(structure.lattice()).standardLattice();
        this.model = model;
        this.gMax = gMax;
        double[][] r = lattice.reciprocalLatticeCrystallographic().matrix();
        int hMax = (int) Math.floor(gMax * lattice.a() + 1e-9);
        int kMax = (int) Math.floor(gMax * lattice.b() + 1e-9);
        int lMax = (int) Math.floor(gMax * lattice.c() + 1e-9);
        long box = (2L * hMax + 1) * (2L * kMax + 1) * (2L * lMax + 1);
        if (box > 50_000_000L) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d reciprocal lattice points to search within |g| <= %.4g 1/Å: choose a smaller g_max", box, gMax));
        }
        double limit = gMax * (1 + 1e-12);
        int capacity = 1024;
        int[] hh = new int[capacity];
        int[] kk = new int[capacity];
        int[] ll = new int[capacity];
        double[] len = new double[capacity];
        int n = 0;
        for (int a = -hMax; a <= hMax; a++) {
            for (int b = -kMax; b <= kMax; b++) {
                for (int c = -lMax; c <= lMax; c++) {
                    if (a == 0 && b == 0 && c == 0 || zone != null && !zone.contains(a, b, c)) {
                        continue;
                    }
                    double x = a * r[0][0] + b * r[1][0] + c * r[2][0];
                    double y = a * r[0][1] + b * r[1][1] + c * r[2][1];
                    double z = a * r[0][2] + b * r[1][2] + c * r[2][2];
                    double length = Math.sqrt(x * x + y * y + z * z);
                    if (length <= limit) {
                        if (n == capacity) {
                            capacity *= 2;
                            hh = Arrays.copyOf(hh, capacity);
                            kk = Arrays.copyOf(kk, capacity);
                            ll = Arrays.copyOf(ll, capacity);
                            len = Arrays.copyOf(len, capacity);
                        }
                        hh[n] = a;
                        kk[n] = b;
                        ll[n] = c;
                        len[n] = length;
                        n++;
                    }
                }
            }
        }
        final int[] fh = hh;
        final int[] fk = kk;
        final int[] fl = ll;
        final double[] flen = len;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> {
            int cmp = Double.compare(flen[i], flen[j]);
            if (cmp == 0) {
                cmp = Integer.compare(fh[j], fh[i]);
            }
            if (cmp == 0) {
                cmp = Integer.compare(fk[j], fk[i]);
            }
            return cmp != 0 ? cmp : Integer.compare(fl[j], fl[i]);
        });
        h = new int[n];
        k = new int[n];
        l = new int[n];
        gx = new double[n];
        gy = new double[n];
        gz = new double[n];
        g = new double[n];
        f2 = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            int o = order[i];
            h[i] = fh[o];
            k[i] = fk[o];
            l[i] = fl[o];
            gx[i] = h[i] * r[0][0] + k[i] * r[1][0] + l[i] * r[2][0];
            gy[i] = h[i] * r[0][1] + k[i] * r[1][1] + l[i] * r[2][1];
            gz[i] = h[i] * r[0][2] + k[i] * r[1][2] + l[i] * r[2][2];
            g[i] = flen[o];
            f2[i] = factors.intensity(h[i], k[i], l[i]);
            max = Math.max(max, f2[i]);
        }
        f2Max = max;
    }

    /** The lattice the indices refer to, written in the standard crystal frame. */
    public Lattice lattice() {
        return lattice;
    }

    /** The scattering factors |F|² was computed with. */
    public ElectronScattering model() {
        return model;
    }

    /** The largest |g| in 1/Å. */
    public double gMax() {
        return gMax;
    }

    /** Number of reflections. */
    public int size() {
        return h.length;
    }

    public int h(int i) {
        return h[i];
    }

    public int k(int i) {
        return k[i];
    }

    public int l(int i) {
        return l[i];
    }

    /** The reciprocal vector of reflection i, Cartesian 1/Å in the standard crystal frame. */
    public double[] vector(int i) {
        return new double[] {gx[i], gy[i], gz[i]};
    }

    /** |g| = 1/d of reflection i in 1/Å. */
    public double g(int i) {
        return g[i];
    }

    /** |F(hkl)|² of reflection i in Å². */
    public double intensity(int i) {
        return f2[i];
    }

    /** The largest |F|² of the set (0 if empty). */
    public double maxIntensity() {
        return f2Max;
    }

    /** Index of (h k l), or −1 if it is not in the set. */
    public int indexOf(int hh, int kk, int ll) {
        for (int i = 0; i < h.length; i++) {
            if (h[i] == hh && k[i] == kk && l[i] == ll) {
                return i;
            }
        }
        return -1;
    }

    // Package-private bulk access for the calculator's inner loop.
    int[] hs() {
        return h;
    }

    int[] ks() {
        return k;
    }

    int[] ls() {
        return l;
    }

    double[] xs() {
        return gx;
    }

    double[] ys() {
        return gy;
    }

    double[] zs() {
        return gz;
    }

    double[] gs() {
        return g;
    }

    double[] f2s() {
        return f2;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ReflectionSet(%d reflections, |g| <= %.4g 1/Å, %s)", size(), gMax, model);
    }
}
