package org.matinf.core.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matinf.testutil.TestData;

/**
 * Disorientation angles of 20 random pairs each in m-3m and 6/mmm against orix 0.14.2
 * ({@code Orientation.angle_with}, reference/ebsd/orix_disorientation.json, made by
 * make_kikuchipy_reference.py). orix's quaternions are those of the passive rotation (sample to
 * crystal), the conjugates of MatInf's. (6/mmm has 2-fold axes every 30° about c, along x and y
 * alike, so its setting cannot differ.)
 */
class OrixDisorientationTest {
    private static final JsonNode REF = TestData.json(TestData.reference("ebsd/orix_disorientation.json"));

    private static Orientation fromOrix(JsonNode q) {
        double[] v = TestData.vector(q);
        return Orientation.fromQuaternion(v[0], -v[1], -v[2], -v[3]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"m-3m", "6/mmm"})
    void disorientationAnglesAreOrixs(String symbol) {
        LaueGroup group = LaueGroup.parse(symbol);
        JsonNode pairs = REF.get("pairs").get(symbol);
        assertEquals(20, pairs.size());
        double max = 0;
        for (JsonNode p : pairs) {
            Orientation a = fromOrix(p.get("a"));
            Orientation b = fromOrix(p.get("b"));
            double expected = p.get("angle").asDouble();
            assertEquals(expected, Misorientation.disorientation(a, b, group).angle(), 1e-6, p.toString());
            assertEquals(expected, Misorientation.disorientationAngle(a, b, group), 1e-6, p.toString());
            // exchanging the crystals keeps the angle
            assertEquals(expected, Misorientation.disorientationAngle(b, a, group), 1e-6, p.toString());
            max = Math.max(max, expected);
        }
        assertTrue(max > 30, "the pairs should spread over the fundamental zone, largest angle " + max);
    }
}
