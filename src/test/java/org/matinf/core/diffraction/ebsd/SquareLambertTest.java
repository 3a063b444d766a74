package org.matinf.core.diffraction.ebsd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The square Lambert projection: landmarks, round trips and the equal-area property. */
class SquareLambertTest {
    private static final double L = Math.sqrt(Math.PI / 2);

    @Test
    void landmarks() {
        double[] xy = new double[2];
        SquareLambert.toSquare(0, 0, 1, xy);
        assertArrayEquals(new double[] {0, 0}, xy, 0);
        SquareLambert.toSquare(1, 0, 0, xy);
        assertArrayEquals(new double[] {L, 0}, xy, 1e-15);
        SquareLambert.toSquare(0, -1, 0, xy);
        assertArrayEquals(new double[] {0, -L}, xy, 1e-15);
        SquareLambert.toSquare(Math.sqrt(0.5), Math.sqrt(0.5), 0, xy);
        assertArrayEquals(new double[] {L, L}, xy, 1e-15);
        // 60° from the pole along x: q = √(2(1 − cos 60°)) = 1, X = √π/2
        SquareLambert.toSquare(Math.sin(Math.PI / 3), 0, -0.5, xy);
        assertArrayEquals(new double[] {Math.sqrt(Math.PI) / 2, 0}, xy, 1e-15);
        double[] v = new double[3];
        SquareLambert.toSphere(0, 0, false, v);
        assertArrayEquals(new double[] {0, 0, -1}, v, 0);
        SquareLambert.toSphere(-L, L, true, v);
        assertArrayEquals(new double[] {-Math.sqrt(0.5), Math.sqrt(0.5), 0}, v, 1e-15);
    }

    @Test
    void roundTrips() {
        Random rnd = new Random(11);
        double[] xy = new double[2];
        double[] back = new double[3];
        for (int i = 0; i < 20000; i++) {
            double[] n = randomUnit(rnd);
            SquareLambert.toSquare(n[0], n[1], n[2], xy);
            assertTrue(Math.abs(xy[0]) <= L + 1e-12 && Math.abs(xy[1]) <= L + 1e-12);
            SquareLambert.toSphere(xy[0], xy[1], n[2] >= 0, back);
            assertArrayEquals(n, back, 1e-12);
        }
        // near the pole the precision is kept
        SquareLambert.toSquare(1e-9, 0, Math.sqrt(1 - 1e-18), xy);
        assertEquals(1e-9 * Math.sqrt(Math.PI) / 2, xy[0], 1e-22);
    }

    @Test
    void equalAreas() {
        // uniformly distributed directions fill the 8 x 8 cells of the northern square evenly
        Random rnd = new Random(5);
        int[] counts = new int[64];
        int n = 0;
        double[] xy = new double[2];
        while (n < 256_000) {
            double[] v = randomUnit(rnd);
            if (v[2] < 0) {
                continue;
            }
            SquareLambert.toSquare(v[0], v[1], v[2], xy);
            int i = Math.min(7, (int) ((xy[0] + L) / (2 * L) * 8));
            int j = Math.min(7, (int) ((xy[1] + L) / (2 * L) * 8));
            counts[j * 8 + i]++;
            n++;
        }
        for (int c : counts) {
            assertEquals(4000, c, 4 * Math.sqrt(4000), "cell count");
        }
    }

    static double[] randomUnit(Random rnd) {
        double z = 2 * rnd.nextDouble() - 1;
        double phi = 2 * Math.PI * rnd.nextDouble();
        double r = Math.sqrt(1 - z * z);
        return new double[] {r * Math.cos(phi), r * Math.sin(phi), z};
    }
}
