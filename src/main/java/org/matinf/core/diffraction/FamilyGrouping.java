package org.matinf.core.diffraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups the reflections of one peak into families of indices that are permutations of each
 * other up to sign (pymatgen's get_unique_families): on a hexagonal lattice the four
 * Miller–Bravais indices h k i l (i = −h−k) are compared, else h k l. A family keeps the order in
 * which its first member arrived and is represented by its lexicographically largest member.
 * Reusable: {@link #clear()} between peaks.
 */
public final class FamilyGrouping {
    private final boolean millerBravais;
    private long[] keys = new long[8];
    private int[] rep = new int[24];
    private int[] count = new int[8];
    private int size;

    /** @param millerBravais compare h k i l (hexagonal lattices) instead of h k l */
    public FamilyGrouping(boolean millerBravais) {
        this.millerBravais = millerBravais;
    }

    /** Forgets the reflections added so far. */
    public void clear() {
        size = 0;
    }

    /** Adds a reflection to its family, or starts a new family. */
    public void add(int h, int k, int l) {
        long key = millerBravais ? key(Math.abs(h), Math.abs(k), Math.abs(h + k), Math.abs(l))
                : key(Math.abs(h), Math.abs(k), Math.abs(l), 0);
        for (int f = 0; f < size; f++) {
            if (keys[f] == key) {
                count[f]++;
                if (greater(h, k, l, rep[3 * f], rep[3 * f + 1], rep[3 * f + 2])) {
                    rep[3 * f] = h;
                    rep[3 * f + 1] = k;
                    rep[3 * f + 2] = l;
                }
                return;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
            count = Arrays.copyOf(count, 2 * size);
            rep = Arrays.copyOf(rep, 6 * size);
        }
        keys[size] = key;
        count[size] = 1;
        rep[3 * size] = h;
        rep[3 * size + 1] = k;
        rep[3 * size + 2] = l;
        size++;
    }

    /** The families in order of arrival, each with its largest member and count. */
    public List<HklFamily> families() {
        List<HklFamily> out = new ArrayList<>(size);
        for (int f = 0; f < size; f++) {
            out.add(new HklFamily(rep[3 * f], rep[3 * f + 1], rep[3 * f + 2], count[f]));
        }
        return out;
    }

    /** Lexicographic order of (h, k, l); with i = −h−k fixed by h and k it is also that of (h, k, i, l). */
    private static boolean greater(int h, int k, int l, int h2, int k2, int l2) {
        if (h != h2) {
            return h > h2;
        }
        if (k != k2) {
            return k > k2;
        }
        return l > l2;
    }

    /** The sorted absolute values packed into one number (indices below 2^15). */
    private static long key(int a, int b, int c, int d) {
        int t;
        if (a > b) { t = a; a = b; b = t; }
        if (c > d) { t = c; c = d; d = t; }
        if (a > c) { t = a; a = c; c = t; }
        if (b > d) { t = b; b = d; d = t; }
        if (b > c) { t = b; b = c; c = t; }
        return ((long) a << 48) | ((long) b << 32) | ((long) c << 16) | d;
    }
}
