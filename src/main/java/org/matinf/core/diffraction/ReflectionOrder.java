package org.matinf.core.diffraction;

/**
 * Orders reflections by |g|, then by −h, −k, −l (pymatgen's order), without boxing. The stored
 * reflections 0..n−1 are sorted first; then each run of equal |g| is widened by the Friedel mates
 * of its members (entries n..2n−1, with negated indices and the same |g|) and put in index order.
 */
final class ReflectionOrder {
    private ReflectionOrder() {
    }

    /** The order of all 2n entries: stored reflections 0..n−1 and their mates n..2n−1. */
    static int[] sort(double[] g, int[] h, int[] k, int[] l, int n) {
        int[] half = new int[n];
        for (int i = 0; i < n; i++) {
            half[i] = i;
        }
        mergeSort(half, g, h, k, l, n);
        int[] order = new int[2 * n];
        int out = 0;
        for (int start = 0; start < n;) {
            int end = start + 1;
            while (end < n && g[half[end]] == g[half[start]]) {
                end++;
            }
            int from = out;
            for (int p = start; p < end; p++) {
                order[out++] = half[p];
                order[out++] = half[p] + n;
            }
            insertionSort(order, from, out, h, k, l, n);
            start = end;
        }
        return order;
    }

    private static void mergeSort(int[] a, double[] g, int[] h, int[] k, int[] l, int n) {
        int[] buffer = new int[a.length];
        int[] src = a;
        int[] dst = buffer;
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                int mid = Math.min(lo + width, a.length);
                int hi = Math.min(lo + 2 * width, a.length);
                int x = lo;
                int y = mid;
                for (int out = lo; out < hi; out++) {
                    if (y >= hi || (x < mid && compare(src[x], src[y], g, h, k, l, n) <= 0)) {
                        dst[out] = src[x++];
                    } else {
                        dst[out] = src[y++];
                    }
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, a.length);
        }
    }

    private static void insertionSort(int[] a, int from, int to, int[] h, int[] k, int[] l, int n) {
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= from && compareIndices(a[j], v, h, k, l, n) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static int compare(int i, int j, double[] g, int[] h, int[] k, int[] l, int n) {
        int c = Double.compare(g[i < n ? i : i - n], g[j < n ? j : j - n]);
        return c != 0 ? c : compareIndices(i, j, h, k, l, n);
    }

    /** Order of −h, −k, −l; entries from n on are the mates, with negated indices. */
    private static int compareIndices(int i, int j, int[] h, int[] k, int[] l, int n) {
        int hi = i < n ? i : i - n;
        int hj = j < n ? j : j - n;
        int si = i < n ? 1 : -1;
        int sj = j < n ? 1 : -1;
        int c = Integer.compare(-si * h[hi], -sj * h[hj]);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(-si * k[hi], -sj * k[hj]);
        if (c != 0) {
            return c;
        }
        return Integer.compare(-si * l[hi], -sj * l[hj]);
    }
}
