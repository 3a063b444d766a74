package org.matinf.core.optimize.bo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchSpaceTest {
    private final SearchSpace space = SearchSpace.parse("T:300:900, x:0:1, solvent:{water|ethanol|toluene}", "x + 0.001*T <= 1.2");

    @Test
    void parsesParametersAndEncodesOneHot() {
        assertEquals(3, space.parameters().size());
        assertEquals(new Parameter.Continuous("T", 300, 900), space.parameters().get(0));
        assertEquals(List.of("water", "ethanol", "toluene"), ((Parameter.Categorical) space.parameters().get(2)).levels());
        assertEquals(5, space.encodedWidth());
        assertTrue(space.mixed());
        double[] point = {450, 0.25, 1};
        assertArrayEquals(new double[] {0.25, 0.25, 0, 1, 0}, space.encode(point), 1e-15);
        assertArrayEquals(point, space.decode(space.encode(point)), 1e-12);
        assertEquals(Map.of("T", 450.0, "x", 0.25, "solvent", "ethanol"), space.describe(point));
        assertArrayEquals(point, space.point(Map.of("T", "450", "x", 0.25, "solvent", "ethanol"), "row 1"), 0);
    }

    @Test
    void constraintsAreReadAndEnforced() {
        LinearConstraint c = space.constraints().get(0);
        assertEquals(Map.of("x", 1.0, "T", 0.001), c.coefficients());
        assertEquals(1.2, c.bound());
        assertTrue(c.atMost());
        assertTrue(space.feasible(new double[] {300, 0.9, 0}));      // 0.9 + 0.3 = 1.2
        assertFalse(space.feasible(new double[] {400, 0.9, 0}));     // 1.3
        assertFalse(space.feasible(new double[] {200, 0.1, 0}));     // below the bound of T
        assertFalse(space.feasible(new double[] {400, 0.1, 3}));     // no fourth solvent
        assertFalse(space.feasible(new double[] {400, 0.1, 0.5}));   // half a level
        List<double[]> draws = space.randomFeasible(500, new Random(3));
        assertEquals(500, draws.size());
        assertTrue(draws.stream().allMatch(space::feasible));
        LinearConstraint ge = LinearConstraint.parse("-2x - y >= -1.5", List.of(new Parameter.Continuous("x", 0, 1), new Parameter.Continuous("y", 0, 1)));
        assertEquals(Map.of("x", -2.0, "y", -1.0), ge.coefficients());
        assertFalse(ge.atMost());
        assertTrue(ge.satisfied(Map.of("x", 0.5, "y", 0.5)));
        assertFalse(ge.satisfied(Map.of("x", 0.6, "y", 0.5)));
    }

    @Test
    void badSpacesAreRefusedClearly() {
        assertMessage("infeasible bounds", () -> SearchSpace.parse("x:1:0", null));
        assertMessage("infeasible search space", () -> SearchSpace.parse("x:0:1, y:0:1", "x + y >= 3"));
        assertMessage("no variable named z", () -> SearchSpace.parse("x:0:1", "x + z <= 1"));
        assertMessage("categorical", () -> SearchSpace.parse("x:0:1, s:{a|b}", "x + s <= 1"));
        assertMessage("write it as", () -> SearchSpace.parse("x:0:1", "x < 1"));
        assertMessage("cannot read", () -> SearchSpace.parse("x:0:1", "x y <= 1"));
        assertMessage("at least two levels", () -> SearchSpace.parse("s:{a}", null));
        assertMessage("same name", () -> SearchSpace.parse("x:0:1, x:0:2", null));
        assertMessage("name:low:high", () -> SearchSpace.parse("x:0", null));
        assertMessage("no parameter", () -> SearchSpace.parse(" ", null));
        // an unclosed brace must not swallow the variable, a stray separator must not make an empty level
        assertMessage("parameter 'solvent:{water|ethanol': no closing }", () -> SearchSpace.parse("T:400:800, solvent:{water|ethanol", null));
        assertMessage("parameter solvent: an empty level in [water, , ethanol]", () -> SearchSpace.parse("solvent:{water||ethanol}", null));
        assertMessage("not one of", () -> space.point(Map.of("T", 400, "x", 0.1, "solvent", "acetone"), "results.csv, line 3"));
        assertMessage("results.csv, line 3: no value for x", () -> space.point(Map.of("T", 400, "solvent", "water"), "results.csv, line 3"));
        assertMessage("missing (NaN)", () -> space.point(Map.of("T", "NaN", "x", 0.1, "solvent", "water"), "row 2"));
    }

    static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(part), "expected '" + part + "' in: " + ex.getMessage());
    }
}
