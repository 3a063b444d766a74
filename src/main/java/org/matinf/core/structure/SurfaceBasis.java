package org.matinf.core.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The oriented unit cell of a lattice plane (h k l): an integer change of basis [a; b; c] whose
 * rows a and b are the two shortest vectors of the plane's two-dimensional lattice (integer [uvw]
 * with hu + kv + lw = 0, Gauss-reduced) and whose row c is the lattice vector with
 * hu + kv + lw = 1 that is most nearly perpendicular to the plane. The determinant is ±1, so the
 * oriented cell holds as many atoms as the bulk cell, and the cell is right-handed in Cartesian
 * space: a × b points along the reciprocal vector G(hkl), and c·G = 1.
 *
 * <p>Ties are broken deterministically: among vectors of equal length (relative tolerance 1e-8 on
 * squared lengths) the one with the smallest sum of |indices| wins, then (for b only) the one
 * making an angle of at most 90° with a, then the lexicographically largest [uvw]. So a
 * hexagonal (0 0 1) plane keeps the bulk a, b (γ = 120°), and an fcc (1 1 1) plane of the
 * conventional cube gets γ = 60°, as in pymatgen and ASE.
 */
public final class SurfaceBasis {
    private static final double REL_TOL = 1e-8;
    private static final int WINDOW = 2;

    private SurfaceBasis() {
    }

    /**
     * Miller indices divided by their greatest common divisor, signs kept: (2 2 0) becomes (1 1 0).
     *
     * @throws IllegalArgumentException unless there are three indices, not all zero
     */
    public static int[] reducedMiller(int[] hkl) {
        if (hkl == null || hkl.length != 3) {
            throw new IllegalArgumentException("Miller indices need three integers (h k l)");
        }
        int g = gcd(gcd(Math.abs(hkl[0]), Math.abs(hkl[1])), Math.abs(hkl[2]));
        if (g == 0) {
            throw new IllegalArgumentException("Miller indices (0 0 0) do not define a plane");
        }
        return new int[] {hkl[0] / g, hkl[1] / g, hkl[2] / g};
    }

    /**
     * The integer matrix whose rows are the oriented cell's a, b, c in terms of the bulk lattice
     * vectors (new lattice = matrix × old lattice, as for {@link Structure#supercell(int[][])}).
     * The Miller indices are reduced first.
     */
    public static int[][] orientedCell(Lattice lattice, int[] hkl) {
        int[] m = reducedMiller(hkl);
        long[][] u = unimodularCompletion(m);
        double[] g = lattice.reciprocalVector(m[0], m[1], m[2]);
        long[][] ab = gaussReduce(lattice, u[1], u[2]);
        long[] a = pick(combinations(ab[0], ab[1]), v -> norm2(lattice, v), lexical());
        double[] aCart = cart(lattice, a);
        List<long[]> bCandidates = new ArrayList<>();
        for (long[] v : combinations(ab[0], ab[1])) {
            double handed = Vec3.dot(Vec3.cross(aCart, cart(lattice, v)), g);
            if (handed > REL_TOL * Vec3.norm(aCart) * Vec3.norm(g) * Vec3.norm(cart(lattice, v))) {
                bCandidates.add(v);
            }
        }
        Comparator<long[]> acuteFirst = Comparator.comparingInt(v -> Vec3.dot(aCart, cart(lattice, v)) >= 0 ? 0 : 1);
        long[] b = pick(bCandidates, v -> norm2(lattice, v), acuteFirst.thenComparing(lexical()));
        long[] c = closestToNormal(lattice, u[0], a, b, g);
        return new int[][] {toInt(a), toInt(b), toInt(c)};
    }

    /**
     * Columns of a unimodular integer matrix for the primitive row m: the first column u0 has
     * m·u0 = 1, the other two span the integer solutions of m·u = 0. Built by the extended
     * Euclidean algorithm as integer column operations on the identity.
     */
    private static long[][] unimodularCompletion(int[] m) {
        long[] r = {m[0], m[1], m[2]};
        long[][] v = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        while (true) {
            int p = -1;
            int nonZero = 0;
            for (int i = 0; i < 3; i++) {
                if (r[i] != 0) {
                    nonZero++;
                    if (p < 0 || Math.abs(r[i]) < Math.abs(r[p])) {
                        p = i;
                    }
                }
            }
            if (nonZero == 1) {
                long s = r[p];
                long[] first = {v[p][0] * s, v[p][1] * s, v[p][2] * s};
                return new long[][] {first, v[(p + 1) % 3], v[(p + 2) % 3]};
            }
            for (int j = 0; j < 3; j++) {
                if (j != p && r[j] != 0) {
                    long q = Math.floorDiv(r[j], r[p]);
                    r[j] -= q * r[p];
                    for (int k = 0; k < 3; k++) {
                        v[j][k] -= q * v[p][k];
                    }
                }
            }
        }
    }

    /** Lagrange–Gauss reduction of a two-dimensional lattice basis, with Cartesian lengths. */
    private static long[][] gaussReduce(Lattice lattice, long[] a0, long[] b0) {
        long[] a = norm2(lattice, a0) <= norm2(lattice, b0) ? a0 : b0;
        long[] b = a == a0 ? b0 : a0;
        for (int step = 0; step < 10_000; step++) {
            long q = Math.round(Vec3.dot(cart(lattice, a), cart(lattice, b)) / norm2(lattice, a));
            b = combine(b, a, -q);
            if (norm2(lattice, b) >= norm2(lattice, a)) {
                return new long[][] {a, b};
            }
            long[] t = a;
            a = b;
            b = t;
        }
        throw new IllegalStateException("Gauss reduction did not converge");
    }

    /** c0 + (in-plane lattice vector) with the smallest component in the plane. */
    private static long[] closestToNormal(Lattice lattice, long[] c0, long[] a, long[] b, double[] g) {
        double[] n = Vec3.unit(g);
        double[] aCart = cart(lattice, a);
        double aa = Vec3.dot(aCart, aCart);
        double[] xy = planeCoordinates(cart(lattice, c0), aCart, cart(lattice, b));
        long x = Math.round(xy[0]);
        long y = Math.round(xy[1]);
        List<long[]> candidates = new ArrayList<>();
        for (long i = x - WINDOW; i <= x + WINDOW; i++) {
            for (long j = y - WINDOW; j <= y + WINDOW; j++) {
                candidates.add(combine(combine(c0, a, -i), b, -j));
            }
        }
        return pick(candidates, v -> {
            double[] vc = cart(lattice, v);
            double[] p = Vec3.sub(vc, Vec3.scale(n, Vec3.dot(vc, n)));
            return Vec3.dot(p, p) / aa;
        }, lexical());
    }

    /**
     * Coordinates (x, y) of the projection of v onto the plane spanned by a and b:
     * v = x a + y b + (a part perpendicular to the plane).
     */
    static double[] planeCoordinates(double[] v, double[] a, double[] b) {
        double aa = Vec3.dot(a, a);
        double bb = Vec3.dot(b, b);
        double ab = Vec3.dot(a, b);
        double va = Vec3.dot(v, a);
        double vb = Vec3.dot(v, b);
        double det = aa * bb - ab * ab;
        return new double[] {(va * bb - vb * ab) / det, (vb * aa - va * ab) / det};
    }

    /** All i·a + j·b with |i|, |j| ≤ 2, except zero: they include the shortest vectors of a reduced basis. */
    private static List<long[]> combinations(long[] a, long[] b) {
        List<long[]> out = new ArrayList<>();
        for (int i = -WINDOW; i <= WINDOW; i++) {
            for (int j = -WINDOW; j <= WINDOW; j++) {
                if (i != 0 || j != 0) {
                    out.add(combine(combine(new long[3], a, i), b, j));
                }
            }
        }
        return out;
    }

    /**
     * The candidate with the smallest key (within the relative tolerance), ties broken by the
     * smallest sum of |indices| and then {@code tieBreak}.
     */
    private static long[] pick(List<long[]> candidates, ToDoubleFunction<long[]> key, Comparator<long[]> tieBreak) {
        double best = Double.POSITIVE_INFINITY;
        for (long[] v : candidates) {
            best = Math.min(best, key.applyAsDouble(v));
        }
        double limit = best + REL_TOL * Math.max(best, 1e-3);
        Comparator<long[]> order = Comparator.<long[]>comparingLong(v -> Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]))
                .thenComparing(tieBreak);
        return candidates.stream().filter(v -> key.applyAsDouble(v) <= limit).min(order)
                .orElseThrow(() -> new IllegalStateException("No lattice vector found"));
    }

    /** Orders integer vectors so that the lexicographically largest comes first. */
    private static Comparator<long[]> lexical() {
        return (p, q) -> -Arrays.compare(p, q);
    }

    private static long[] combine(long[] base, long[] v, long times) {
        return new long[] {base[0] + times * v[0], base[1] + times * v[1], base[2] + times * v[2]};
    }

    private static double[] cart(Lattice lattice, long[] v) {
        return lattice.toCartesian(new double[] {v[0], v[1], v[2]});
    }

    private static double norm2(Lattice lattice, long[] v) {
        double[] c = cart(lattice, v);
        return Vec3.dot(c, c);
    }

    private static int[] toInt(long[] v) {
        return new int[] {Math.toIntExact(v[0]), Math.toIntExact(v[1]), Math.toIntExact(v[2])};
    }

    private static int gcd(int p, int q) {
        return q == 0 ? p : gcd(q, p % q);
    }
}
