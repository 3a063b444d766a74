package org.matinf.core.symmetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymmetryOperationTest {
    private static final double[] P = {0.1, 0.2, 0.3};

    private static void assertMaps(String op, double... expected) {
        assertArrayEquals(expected, SymmetryOperation.parse(op).apply(P), 1e-12, op);
    }

    @Test
    void parsesTheWaysCifFilesWriteOperations() {
        assertMaps("x,y,z", 0.1, 0.2, 0.3);
        assertMaps("-x+1/2, y, -z+1/2", 0.4, 0.2, 0.2);
        assertMaps("x-y,x,z+1/6", -0.1, 0.1, 0.3 + 1.0 / 6);
        assertMaps("1/2+x,1/2+y,z", 0.6, 0.7, 0.3);
        assertMaps("X,Y,Z", 0.1, 0.2, 0.3);
        assertMaps("+x,+y,+z", 0.1, 0.2, 0.3);
        assertMaps("0.5+x, -0.25-y, z", 0.6, -0.45, 0.3);
        assertMaps("'-y+3/4, x+1/4, z+1/4'", 0.55, 0.35, 0.55);
        assertMaps("-x+y,-x,z", 0.1, -0.1, 0.3);
        assertMaps("2x-y, x-y, -z", 0.0, -0.1, -0.3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x,y", "x,y,z,+1", "a,b,c", "x,,z", "x+,y,z", "x,y,z+1/0", "x*y,y,z", "x,x,z", "x y,y,z",
        "1.2.3+x,y,z", ""})
    void garbageIsAClearError(String text) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> SymmetryOperation.parse(text));
        assertTrue(ex.getMessage().contains("'" + text + "'") || ex.getMessage().contains("three parts"), ex.getMessage());
    }

    @Test
    void composeAppliesTheArgumentFirst() {
        SymmetryOperation fourFold = SymmetryOperation.parse("-y,x,z");
        SymmetryOperation shift = SymmetryOperation.parse("x+1/2,y,z");
        // shift first, then rotate: (0.6,0.2,0.3) -> (-0.2,0.6,0.3)
        assertArrayEquals(new double[] {-0.2, 0.6, 0.3}, fourFold.compose(shift).apply(P), 1e-12);
        assertArrayEquals(new double[] {0.3, 0.1, 0.3}, shift.compose(fourFold).apply(P), 1e-12);
        SymmetryOperation four = fourFold.compose(fourFold).compose(fourFold).compose(fourFold);
        assertTrue(four.equalsModuloLattice(SymmetryOperation.identity()));
    }

    @Test
    void inverseUndoesTheOperation() {
        SymmetryOperation op = SymmetryOperation.parse("x-y+1/3,x,z+1/6");
        assertArrayEquals(P, op.inverse().apply(op.apply(P)), 1e-12);
        assertTrue(op.compose(op.inverse()).equalsModuloLattice(SymmetryOperation.identity()));
    }

    @Test
    void equalityModuloLatticeTranslations() {
        assertTrue(SymmetryOperation.parse("-x+1/2,y,z").equalsModuloLattice(SymmetryOperation.parse("-x-1/2,y,z")));
        assertFalse(SymmetryOperation.parse("-x+1/2,y,z").equalsModuloLattice(SymmetryOperation.parse("-x,y,z")));
        assertTrue(SymmetryOperation.parse("x+1/2,y+1/2,z").isTranslation());
    }

    @Test
    void writesTheXyzForm() {
        assertEquals("-x+1/2,y,-z+1/2", SymmetryOperation.parse("1/2-x, y, 1/2-z").toXyzString());
        assertEquals("x-y,x,z+1/6", SymmetryOperation.parse("x-y,x,z+1/6").toXyzString());
        assertEquals("x+3/4,y+1/4,z", SymmetryOperation.parse("x+0.75,y+0.25,z").toXyzString());
        assertEquals("x,y,z", SymmetryOperation.identity().toString());
    }

    @Test
    void changeOfSettingKeepsTheMapping() {
        // A 2-fold axis along b written on axes a' = c, b' = a, c' = b becomes a 2-fold axis along c'
        double[][] cab = {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}};
        SymmetryOperation op = SymmetryOperation.parse("-x,y+1/2,-z").transformed(cab, new double[3]);
        assertEquals("-x,-y,z+1/2", op.toXyzString());
        // An origin shift by p turns x -> -x into x -> -x - 2p
        SymmetryOperation inv = SymmetryOperation.parse("-x,-y,-z").transformed(SymmetryOperationTest.identity(),
                new double[] {0.125, 0.125, 0.125});
        assertEquals("-x-1/4,-y-1/4,-z-1/4", inv.toXyzString());
    }

    static double[][] identity() {
        return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }
}
