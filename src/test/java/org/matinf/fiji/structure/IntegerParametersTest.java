package org.matinf.fiji.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntegerParametersTest {

    @Test
    void diagonalAndFullMatrices() {
        assertArrayEquals(new int[][] {{2, 0, 0}, {0, 3, 0}, {0, 0, 1}}, IntegerParameters.supercellMatrix("2 3 1"));
        assertArrayEquals(new int[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}}, IntegerParameters.supercellMatrix("2,2,2"));
        assertArrayEquals(new int[][] {{1, -1, 0}, {1, 1, 0}, {0, 0, 1}},
                IntegerParameters.supercellMatrix("[1 -1 0; 1 1 0; 0 0 1]"));
    }

    @Test
    void millerIndices() {
        assertArrayEquals(new int[] {1, -1, 0}, IntegerParameters.hkl(" (1, -1, 0) "));
        assertThrows(IllegalArgumentException.class, () -> IntegerParameters.hkl("0 0 0"));
        assertThrows(IllegalArgumentException.class, () -> IntegerParameters.hkl("1 1"));
    }

    @Test
    void badInputNamesTheParameter() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> IntegerParameters.supercellMatrix("2 2.5 2"));
        assertTrue(ex.getMessage().startsWith("matrix must be whole numbers; '2.5'"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> IntegerParameters.supercellMatrix("2 2 2 2"));
        assertTrue(ex.getMessage().contains("got 4"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IntegerParameters.supercellMatrix(""));
    }
}
