package org.matinf.core.dimensionality;

import java.util.ArrayList;
import java.util.List;

/**
 * The lattice translations (integer vectors in units of the cell vectors) that carry a bonded
 * component onto itself, collected one by one: keeps a set of linearly independent ones, whose
 * number is the component's dimensionality. Integer arithmetic, exact.
 */
final class PeriodicTranslations {
    private final List<long[]> basis = new ArrayList<>(3);

    /** Adds a translation; returns whether it raised the rank. */
    boolean add(long[] t) {
        if (basis.size() == 3 || isZero(t) || dependent(t)) {
            return false;
        }
        basis.add(t.clone());
        return true;
    }

    /** Number of independent translations, 0–3. */
    int rank() {
        return basis.size();
    }

    /**
     * The orientation: for rank 1 the chain direction [u v w], for rank 2 the Miller indices
     * (h k l) of the layer plane (the vector h with h·t = 0 for every translation t), reduced to
     * coprime integers with a conventional sign; null for rank 0 and 3.
     */
    int[] orientation() {
        return switch (basis.size()) {
            case 1 -> canonical(basis.get(0));
            case 2 -> canonical(cross(basis.get(0), basis.get(1)));
            default -> null;
        };
    }

    private boolean dependent(long[] t) {
        return switch (basis.size()) {
            case 0 -> false;
            case 1 -> isZero(cross(basis.get(0), t));
            default -> dot(cross(basis.get(0), basis.get(1)), t) == 0;
        };
    }

    /**
     * Divides by the greatest common divisor and chooses the sign: fewer negative than positive
     * entries; on a tie the entry of largest magnitude (then the first) positive.
     */
    static int[] canonical(long[] v) {
        long g = 0;
        for (long x : v) {
            g = gcd(g, Math.abs(x));
        }
        int negative = 0;
        int positive = 0;
        int largest = -1;
        for (int k = 0; k < 3; k++) {
            negative += v[k] < 0 ? 1 : 0;
            positive += v[k] > 0 ? 1 : 0;
            if (largest < 0 || Math.abs(v[k]) > Math.abs(v[largest])) {
                largest = k;
            }
        }
        boolean flip = negative > positive || (negative == positive && v[largest] < 0);
        int[] out = new int[3];
        for (int k = 0; k < 3; k++) {
            out[k] = (int) ((flip ? -v[k] : v[k]) / g);
        }
        return out;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static boolean isZero(long[] v) {
        return v[0] == 0 && v[1] == 0 && v[2] == 0;
    }

    private static long[] cross(long[] a, long[] b) {
        return new long[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static long dot(long[] a, long[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
