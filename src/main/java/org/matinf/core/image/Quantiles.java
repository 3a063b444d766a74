package org.matinf.core.image;

import java.util.Arrays;

/** Medians and percentiles of pixel values, skipping NaN. */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The median of the first {@code n} values of {@code a} (reordered in place): the middle value
     * for odd n, the mean of the two middle values for even n. NaN for n = 0.
     */
    public static float median(float[] a, int n) {
        if (n == 0) {
            return Float.NaN;
        }
        int half = n / 2;
        float upper = select(a, n, half);
        if ((n & 1) == 1) {
            return upper;
        }
        float lower = a[0];
        for (int i = 1; i < half; i++) {
            lower = Math.max(lower, a[i]);
        }
        return (float) (((double) lower + upper) / 2);
    }

    /** The k-th smallest (0-based) of the first n values; afterwards a[0..k) ≤ a[k] ≤ a[k+1..n). */
    static float select(float[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            // median of three as pivot, kept deterministic
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            float pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static void swap(float[] a, int i, int j) {
        float t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The finite values of an array, sorted. */
    public static float[] sortedFinite(float[] values) {
        float[] f = new float[values.length];
        int n = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                f[n++] = v;
            }
        }
        f = Arrays.copyOf(f, n);
        Arrays.sort(f);
        return f;
    }

    /**
     * The p-th percentile (0 ≤ p ≤ 100) of sorted values, interpolating linearly between order
     * statistics at position p/100·(n − 1) (NumPy's default); NaN when there are none.
     */
    public static double percentile(float[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = p / 100 * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double t = pos - i;
        return sorted[i] + t * ((double) sorted[i + 1] - sorted[i]);
    }
}
