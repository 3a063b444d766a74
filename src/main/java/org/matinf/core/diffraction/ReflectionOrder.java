package org.matinf.core.diffraction;

/**
 * Sorts reflections by |g|, then by −h, −k, −l (pymatgen's order), without boxing. Entries
 * 0..n−1 of the order array are the stored reflections, n..2n−1 their Friedel mates.
 */
final class ReflectionOrder {
    private ReflectionOrder() {
    }

    static void sort(int[] order, double[] g, int[] h, int[] k, int[] l, int n) {
        int[] buffer = new int[order.length];
        int[] src = order;
        int[] dst = buffer;
        for (int width = 1; width < order.length; width *= 2) {
            for (int lo = 0; lo < order.length; lo += 2 * width) {
                int mid = Math.min(lo + width, order.length);
                int hi = Math.min(lo + 2 * width, order.length);
                int a = lo;
                int b = mid;
                for (int out = lo; out < hi; out++) {
                    if (b >= hi || (a < mid && compare(src[a], src[b], g, h, k, l, n) <= 0)) {
                        dst[out] = src[a++];
                    } else {
                        dst[out] = src[b++];
                    }
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != order) {
            System.arraycopy(src, 0, order, 0, order.length);
        }
    }

    private static int compare(int i, int j, double[] g, int[] h, int[] k, int[] l, int n) {
        int hi = i < n ? i : i - n;
        int hj = j < n ? j : j - n;
        int c = Double.compare(g[hi], g[hj]);
        if (c != 0) {
            return c;
        }
        int si = i < n ? 1 : -1;
        int sj = j < n ? 1 : -1;
        c = Integer.compare(-si * h[hi], -sj * h[hj]);
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
