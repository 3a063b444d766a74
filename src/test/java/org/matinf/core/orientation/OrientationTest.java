package org.matinf.core.orientation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matinf.testutil.TestData;

/** Orientation against SciPy's Rotation (reference/orientation/scipy_rotations.json) and round trips. */
class OrientationTest {
    private static final String REFERENCE = "orientation/scipy_rotations.json";

    static Stream<JsonNode> cases() {
        return TestData.jsonCases(REFERENCE, "cases");
    }

    static Stream<JsonNode> products() {
        return TestData.jsonCases(REFERENCE, "products");
    }

    private static Orientation bunge(JsonNode e) {
        double[] v = TestData.vector(e);
        return Orientation.fromBunge(v[0], v[1], v[2]);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesScipy(JsonNode c) {
        Orientation o = bunge(c.get("bunge"));
        assertArrayEquals(TestData.vector(c.get("quaternion")), o.quaternion(), 1e-12, "quaternion");
        double[][] r = TestData.matrix(c.get("matrix"));
        double[][] mine = o.crystalToSample();
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(r[i], mine[i], 1e-12, "matrix row " + i);
            for (int j = 0; j < 3; j++) {
                assertEquals(r[i][j], o.matrix()[j][i], 1e-12, "Bunge g is the transpose");
            }
        }
        AxisAngle aa = o.axisAngle();
        double angle = c.get("angle").asDouble();
        assertEquals(angle, aa.angle(), 1e-9, "angle");
        double[] axis = TestData.vector(c.get("axis"));
        double sign = angle > 180 - 1e-9 && axis[0] * aa.axis()[0] + axis[1] * aa.axis()[1] + axis[2] * aa.axis()[2] < 0 ? -1 : 1;
        for (int i = 0; i < 3; i++) {
            assertEquals(sign * axis[i], aa.axis()[i], 1e-7, "axis " + i);
        }
        assertArrayEquals(TestData.vector(c.get("apply")), o.toSample(TestData.vector(TestData.json(TestData.reference(REFERENCE)).get("vector"))),
                1e-12, "apply");
        // axis-angle back to the same rotation
        assertTrue(Orientation.fromAxisAngle(aa.axis(), aa.angle()).equalsWithin(o, 1e-9));
    }

    @ParameterizedTest
    @MethodSource("products")
    void productIsScipysComposition(JsonNode c) {
        Orientation p = bunge(c.get("a")).multiply(bunge(c.get("b")));
        assertArrayEquals(TestData.vector(c.get("product")), p.quaternion(), 1e-12);
        // Bunge matrix of a ⊗ b is g_b · g_a
        double[][] ga = bunge(c.get("a")).matrix();
        double[][] gb = bunge(c.get("b")).matrix();
        double[][] g = p.matrix();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += gb[i][k] * ga[k][j];
                }
                assertEquals(s, g[i][j], 1e-12);
            }
        }
    }

    @Test
    void fixedNumbers() {
        // 30° about z: φ1 = 30 alone
        AxisAngle aa = Orientation.fromBunge(30, 0, 0).axisAngle();
        assertEquals(30, aa.angle(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 1}, aa.axis(), 1e-12);
        // Φ = 90 turns sample y onto crystal z: v_crystal = g·v_sample, so sample z is crystal -y... check with g
        Orientation o = Orientation.fromBunge(0, 90, 0);
        assertArrayEquals(new double[] {0, 0, 1}, o.toCrystal(new double[] {0, -1, 0}), 1e-12);
        assertArrayEquals(new double[] {0, 1, 0}, o.toCrystal(new double[] {0, 0, 1}), 1e-12);
        // inverse
        Orientation a = Orientation.fromBunge(10, 20, 30);
        assertEquals(0, a.multiply(a.inverse()).angle(), 1e-6);
        assertArrayEquals(new double[] {0.3, -1.2, 2.5}, a.toSample(a.toCrystal(new double[] {0.3, -1.2, 2.5})), 1e-12);
    }

    @Test
    void roundTripsOnRandomOrientationsAndGimbalLock() {
        UniformOrientations random = new UniformOrientations(7);
        int n = 0;
        for (int i = 0; i < 20000; i++) {
            Orientation o = i % 4 == 0 ? Orientation.fromBunge(360 * (i % 97) / 97.0, i % 8 == 0 ? 0 : 180, 360 * (i % 89) / 89.0)
                    : random.next();
            double[] e = o.bunge();
            assertTrue(e[0] >= 0 && e[0] < 360 && e[1] >= 0 && e[1] <= 180 && e[2] >= 0 && e[2] < 360, java.util.Arrays.toString(e));
            assertTrue(Orientation.fromBunge(e[0], e[1], e[2]).equalsWithin(o, 1e-9), "Euler " + o);
            assertTrue(Orientation.fromMatrix(o.matrix()).equalsWithin(o, 1e-9), "matrix " + o);
            AxisAngle aa = o.axisAngle();
            assertTrue(Orientation.fromAxisAngle(aa.axis(), aa.angle()).equalsWithin(o, 1e-9), "axis-angle " + o);
            double[] q = o.quaternion();
            assertArrayEquals(q, Orientation.fromQuaternion(q[0], q[1], q[2], q[3]).quaternion(), 1e-15);
            n++;
        }
        assertEquals(20000, n);
        // in gimbal lock φ2 is 0 and φ1 carries the sum (Φ = 0) or the difference (Φ = 180)
        assertArrayEquals(new double[] {70, 0, 0}, Orientation.fromBunge(30, 0, 40).bunge(), 1e-9);
        assertArrayEquals(new double[] {350, 180, 0}, Orientation.fromBunge(30, 180, 40).bunge(), 1e-9);
    }

    @Test
    void badInputIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Orientation.fromBunge(Double.NaN, 0, 0)).getMessage()
                .contains("Euler angles must be finite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Orientation.fromAxisAngle(new double[] {0, 0, 0}, 10))
                .getMessage().contains("zero vector"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Orientation.fromAxisAngle(new double[] {1, 0, 0}, Double.NaN))
                .getMessage().contains("angle must be a finite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Orientation.fromAxisAngle(new double[] {1, Double.NaN, 0}, 3))
                .getMessage().contains("axis must be finite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Orientation.fromAxisAngle(new double[] {1, 0}, 3))
                .getMessage().contains("three components"));
    }
}
