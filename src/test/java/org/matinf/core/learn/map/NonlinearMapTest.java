package org.matinf.core.learn.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** t-SNE and UMAP keep three separated blobs apart and give the same map for the same seed. */
class NonlinearMapTest {

    private static void assertSeparated(double[][] y, String what) {
        assertEquals(Blobs.PER_BLOB * 3, y.length);
        assertEquals(1.0, Blobs.neighbourPurity(y), what + ": every row's nearest map neighbour is of its blob");
        double s = Blobs.separation(y);
        assertTrue(s > 3, what + ": blob gap / blob radius = " + s);
    }

    @Test
    void tsneSeparatesTheBlobsReproducibly() {
        double[][] x = Blobs.rows();
        double[][] a = TsneMap.map(x, 20, 5);
        assertSeparated(a, "t-SNE");
        assertTrue(Arrays.deepEquals(a, TsneMap.map(x, 20, 5)), "same seed, same map");
        assertFalse(Arrays.deepEquals(a, TsneMap.map(x, 20, 6)), "another seed, another start");
    }

    @Test
    void umapSeparatesTheBlobsReproducibly() {
        double[][] x = Blobs.rows();
        double[][] a = UmapMap.map(x, 15, 5);
        assertSeparated(a, "UMAP");
        for (int k = 0; k < 2; k++) {
            assertTrue(Arrays.deepEquals(a, UmapMap.map(x, 15, 5)), "same seed, same map (run " + k + ")");
        }
        assertFalse(Arrays.deepEquals(a, UmapMap.map(x, 15, 6)), "another seed, another descent");
    }

    @Test
    void badSettingsAreRefused() {
        double[][] x = Blobs.rows();
        assertThrows(IllegalArgumentException.class, () -> TsneMap.map(x, 500, 1));
        assertThrows(IllegalArgumentException.class, () -> UmapMap.map(x, 1, 1));
        double[][] bad = Blobs.rows();
        bad[7][2] = Double.NaN;
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> UmapMap.map(bad, 15, 1));
        assertEquals("row 8, feature 3 is not a number", ex.getMessage());
    }

    @Test
    void sampleIsSeededSortedAndComplete() {
        int[] s = RowSample.of(1000, 50, 9);
        assertEquals(50, s.length);
        assertArrayEquals(s, RowSample.of(1000, 50, 9));
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i] > s[i - 1]);
        }
        assertEquals(20, RowSample.of(20, 50, 9).length);
        assertEquals(20, RowSample.of(20, 0, 9).length);
    }
}
