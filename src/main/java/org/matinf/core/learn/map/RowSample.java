package org.matinf.core.learn.map;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded random sample of rows, for maps whose cost grows as the square of the number of rows
 * (t-SNE, UMAP): the same seed always picks the same rows, returned in increasing order.
 */
public final class RowSample {
    private RowSample() {
    }

    /**
     * @param rows the number of rows
     * @param max the most rows to keep (≤ 0: all)
     * @return 0-based row indices, increasing: all rows when {@code rows ≤ max}
     */
    public static int[] of(int rows, int max, long seed) {
        int[] all = new int[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = i;
        }
        if (max <= 0 || rows <= max) {
            return all;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < max; i++) {
            int j = i + rnd.nextInt(rows - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = Arrays.copyOf(all, max);
        Arrays.sort(out);
        return out;
    }
}
