package org.matinf.core.diffraction.electron;

import java.util.Locale;

/**
 * A zone axis: the lattice direction [u v w] = u a + v b + w c, with integer indices not all zero.
 * The reflections of its zero-order Laue zone are the (h k l) with h u + k v + l w = 0 (Weiss zone
 * law). Hexagonal four-index directions [U V T W] (U + V + T = 0) convert to [U−T, V−T, W].
 *
 * @param u first index
 * @param v second index
 * @param w third index
 */
public record ZoneAxis(int u, int v, int w) {

    /** @throws IllegalArgumentException for [0 0 0] */
    public ZoneAxis {
        if (u == 0 && v == 0 && w == 0) {
            throw new IllegalArgumentException("zone axis [0 0 0] has no direction; give [u v w] with an index other than 0");
        }
    }

    /**
     * The three-index form of a hexagonal four-index direction [U V T W].
     *
     * @throws IllegalArgumentException if U + V + T ≠ 0 or the direction is [0 0 0 0]
     */
    public static ZoneAxis fromMillerBravais(int bigU, int bigV, int bigT, int bigW) {
        if (bigU + bigV + bigT != 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "four-index zone axis [%d %d %d %d] needs U + V + T = 0", bigU, bigV, bigT, bigW));
        }
        return new ZoneAxis(bigU - bigT, bigV - bigT, bigW);
    }

    /**
     * Parses a zone axis as a user types it: three or four integers separated by spaces or commas,
     * optionally in brackets: "0 0 1", "[1 1 0]", "1,-1,0", "[2 -1 -1 0]".
     *
     * @throws IllegalArgumentException for anything else, naming the text
     */
    public static ZoneAxis parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        String[] parts = t.isEmpty() ? new String[0] : t.split("[\\s,]+");
        if (parts.length != 3 && parts.length != 4) {
            throw new IllegalArgumentException("zone axis needs 3 integers [u v w] or 4 [U V T W], got '" + text + "'");
        }
        int[] n = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = Integer.parseInt(parts[i].startsWith("+") ? parts[i].substring(1) : parts[i]);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("zone axis indices must be integers, got '" + text + "'");
            }
        }
        return n.length == 3 ? new ZoneAxis(n[0], n[1], n[2]) : fromMillerBravais(n[0], n[1], n[2], n[3]);
    }

    /** True if (h k l) lies in the zero-order Laue zone: h u + k v + l w = 0. */
    public boolean contains(int h, int k, int l) {
        return (long) h * u + (long) k * v + (long) l * w == 0;
    }

    /** "[u v w]". */
    @Override
    public String toString() {
        return "[" + u + " " + v + " " + w + "]";
    }
}
