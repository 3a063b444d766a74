package org.matinf.core.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Polyhedron scores against pymatgen's motif order parameters ({@code cn_opt_params.yaml}, each motif
 * computed alone) on the cases of reference/environment/order_parameters.json.
 */
class CoordinationPolyhedronTest {

    static java.util.stream.Stream<JsonNode> cases() {
        return OrderParameterTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scoresAndBestShapeEqualPymatgen(JsonNode c) {
        List<double[]> neighbors = OrderParameterTest.neighbors(c);
        List<PolyhedronScore> scores = CoordinationPolyhedron.scores(OrderParameterTest.center(c), neighbors);
        JsonNode motifs = c.get("motifs");
        if (motifs == null) {
            assertTrue(scores.isEmpty(), "no pymatgen motifs for cn " + neighbors.size());
            return;
        }
        assertEquals(motifs.size(), scores.size());
        String label = c.get("label").asText();
        String bestName = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (PolyhedronScore s : scores) {
            JsonNode expected = motifs.get(s.polyhedron().pymatgenName());
            OrderParameterTest.assertSameValue(expected, s.score(), label + " " + s.polyhedron());
            if (!expected.isNull() && expected.asDouble() > bestValue) {
                second = bestValue;
                bestValue = expected.asDouble();
                bestName = s.polyhedron().pymatgenName();
            } else if (!expected.isNull()) {
                second = Math.max(second, expected.asDouble());
            }
        }
        Optional<PolyhedronScore> best = CoordinationPolyhedron.best(scores);
        if (bestValue - second > 1e-9) {
            assertEquals(bestName, best.orElseThrow().polyhedron().pymatgenName(), label);
        }
    }

    /**
     * Ideal shapes and two random distortions of each (σ = 0.08 Å) are recognised. (A distorted square
     * is left out: the rectangular see-saw scores it higher, in pymatgen too — the parity test covers it.)
     */
    @Test
    void idealShapesAreRecognised() {
        Map<String, CoordinationPolyhedron> expected = Map.ofEntries(Map.entry("linear", CoordinationPolyhedron.LINEAR),
                Map.entry("bent_120", CoordinationPolyhedron.BENT_120), Map.entry("L_shaped", CoordinationPolyhedron.L_SHAPED),
                Map.entry("trigonal_planar", CoordinationPolyhedron.TRIGONAL_PLANAR),
                Map.entry("T_shaped", CoordinationPolyhedron.T_SHAPED),
                Map.entry("tetrahedron", CoordinationPolyhedron.TETRAHEDRAL),
                Map.entry("square_pyramid", CoordinationPolyhedron.SQUARE_PYRAMIDAL),
                Map.entry("trigonal_bipyramid", CoordinationPolyhedron.TRIGONAL_BIPYRAMIDAL),
                Map.entry("octahedron", CoordinationPolyhedron.OCTAHEDRAL),
                Map.entry("pentagonal_bipyramid", CoordinationPolyhedron.PENTAGONAL_BIPYRAMIDAL),
                Map.entry("cube", CoordinationPolyhedron.BCC),
                Map.entry("cuboctahedron", CoordinationPolyhedron.CUBOCTAHEDRAL));
        int seen = 0;
        for (JsonNode c : cases().toList()) {
            String label = c.get("label").asText();
            String shape = label.replaceAll("_distorted_\\d$", "");
            if (!expected.containsKey(shape)) {
                continue;
            }
            PolyhedronScore best = CoordinationPolyhedron.best(
                    CoordinationPolyhedron.scores(OrderParameterTest.center(c), OrderParameterTest.neighbors(c))).orElseThrow();
            assertEquals(expected.get(shape), best.polyhedron(), label);
            assertTrue(best.score() > (label.equals(shape) ? 1 - 1e-9 : 0.5), label + " " + best.score());
            seen++;
        }
        assertEquals(3 * expected.size(), seen);
    }

    /** LiFePO4 with pymatgen's CrystalNN shells (positions from the reference): Fe and Li octahedral, P tetrahedral. */
    @Test
    void lithiumIronPhosphateWithCrystalNNShells() {
        int seen = 0;
        for (JsonNode c : cases().toList()) {
            if (!c.get("label").asText().startsWith("pymatgen/LiFePO4.vasp")) {
                continue;
            }
            String species = c.get("species").asText();
            Optional<PolyhedronScore> best = CoordinationPolyhedron.best(
                    CoordinationPolyhedron.scores(OrderParameterTest.center(c), OrderParameterTest.neighbors(c)));
            switch (species) {
                case "Fe", "Li" -> assertEquals(CoordinationPolyhedron.OCTAHEDRAL, best.orElseThrow().polyhedron(), species);
                case "P" -> assertEquals(CoordinationPolyhedron.TETRAHEDRAL, best.orElseThrow().polyhedron(), species);
                default -> assertEquals(4, c.get("neighbors").size(), "O is 4-coordinated");
            }
            seen++;
        }
        assertEquals(28, seen);
    }

    @Test
    void tablesAndNames() {
        assertEquals(List.of(CoordinationPolyhedron.SQUARE_PLANAR, CoordinationPolyhedron.TETRAHEDRAL,
                CoordinationPolyhedron.RECTANGULAR_SEE_SAW, CoordinationPolyhedron.SEE_SAW,
                CoordinationPolyhedron.TRIGONAL_PYRAMIDAL), CoordinationPolyhedron.candidates(4));
        assertTrue(CoordinationPolyhedron.candidates(1).isEmpty());
        assertTrue(CoordinationPolyhedron.candidates(14).isEmpty());
        assertEquals(CoordinationPolyhedron.SQUARE_PLANAR, CoordinationPolyhedron.of("square co-planar"));
        assertEquals(CoordinationPolyhedron.BCC, CoordinationPolyhedron.of("BCC"));
        assertEquals("octahedral", CoordinationPolyhedron.OCTAHEDRAL.toString());
        assertThrows(IllegalArgumentException.class, () -> CoordinationPolyhedron.of("icosahedral"));
        assertFalse(CoordinationPolyhedron.best(List.of()).isPresent());
        assertFalse(CoordinationPolyhedron.best(List.of(new PolyhedronScore(CoordinationPolyhedron.LINEAR, Double.NaN)))
                .isPresent());
    }
}
