package org.matinf.core.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matinf.testutil.TestData;

/**
 * Every order parameter against pymatgen's {@code LocalStructOrderParams} (defaults, one type at a
 * time) on ideal, distorted and real coordination shells given by explicit positions
 * (reference/environment/order_parameters.json, made by make_order_parameter_reference.py).
 */
class OrderParameterTest {
    static final String REFERENCE = "environment/order_parameters.json";

    static Stream<JsonNode> cases() {
        return TestData.jsonCases(REFERENCE, "cases");
    }

    static double[] center(JsonNode c) {
        return TestData.vector(c.get("center"));
    }

    static List<double[]> neighbors(JsonNode c) {
        List<double[]> out = new ArrayList<>();
        c.get("neighbors").forEach(n -> out.add(TestData.vector(n)));
        return out;
    }

    /** Equal to pymatgen within 1e-9 (absolute); pymatgen's None is NaN. */
    static void assertSameValue(JsonNode expected, double actual, String what) {
        if (expected.isNull()) {
            assertTrue(Double.isNaN(actual), what + ": pymatgen gives None, MatInf " + actual);
        } else {
            assertEquals(expected.asDouble(), actual, 1e-9, what);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyTypeEqualsPymatgen(JsonNode c) {
        double[] center = center(c);
        List<double[]> neighbors = neighbors(c);
        int checked = 0;
        for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) c.get("ops")::fields) {
            OrderParameter op = OrderParameter.of(OrderParameterType.of(e.getKey()));
            assertSameValue(e.getValue(), op.value(center, neighbors), c.get("label").asText() + " " + e.getKey());
            checked++;
        }
        assertEquals(OrderParameterType.values().length, checked, "the reference covers every type");
    }

    @Test
    void idealShapesScoreOne() {
        List<JsonNode> all = cases().toList();
        String[][] shapeAndType = {{"linear", "bent"}, {"tetrahedron", "tet"}, {"octahedron", "oct"},
            {"square_planar", "sq_plan"}, {"trigonal_planar", "tri_plan"}, {"cuboctahedron", "cuboct"}, {"cube", "bcc"},
            {"trigonal_bipyramid", "tri_bipyr"}, {"square_pyramid", "sq_pyr"}, {"T_shaped", "T"},
            {"pentagonal_planar", "pent_plan"}, {"hexagonal_planar", "hex_plan_max"}, {"rect_see_saw", "see_saw_rect"}};
        for (String[] st : shapeAndType) {
            JsonNode c = all.stream().filter(x -> x.get("label").asText().equals(st[0])).findFirst().orElseThrow();
            assertEquals(1.0, OrderParameter.of(OrderParameterType.of(st[1])).value(center(c), neighbors(c)), 1e-9,
                    st[0] + " " + st[1]);
        }
    }

    @Test
    void parametersAndBadInput() {
        OrderParameter bent = OrderParameter.of(OrderParameterType.BENT).with("TA", 2.0 / 3.0);
        double[] o = {0, 0, 0};
        double s = Math.sqrt(3) / 2;
        assertEquals(1.0, bent.value(o, List.of(new double[] {1, 0, 0}, new double[] {-0.5, s, 0})), 1e-12);
        assertEquals(2.0 / 3.0, bent.parameters().get("TA"));
        assertEquals(1.0, OrderParameterType.BENT.defaults().get("TA"));
        assertEquals(OrderParameterType.T_SHAPED, OrderParameterType.of("T"));
        assertEquals(OrderParameterType.OCT_MAX, OrderParameterType.of(" OCT_max "));
        assertThrows(IllegalArgumentException.class, () -> OrderParameterType.of("dodecahedron"));
        assertThrows(IllegalArgumentException.class, () -> OrderParameter.of(OrderParameterType.TET)
                .value(o, List.of(new double[] {1, 0, 0}, new double[] {0, 0, 0})));
        assertTrue(Double.isNaN(OrderParameter.of(OrderParameterType.OCT).value(o, List.of())));
        assertEquals(0.0, OrderParameter.of(OrderParameterType.CN).value(o, List.of()));
    }
}
