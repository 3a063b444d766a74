package org.matinf.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.testutil.TestData;

class CompositionTest {

    /** Every formula pymatgen could parse gives the same formulas, weight and fractions. */
    @Test
    void matchesPymatgenOnReferenceFormulas() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> row : TestData.csv(TestData.reference("compositions.csv"))) {
            if (row.get("comment").startsWith("error")) {
                continue;
            }
            String input = row.get("input");
            Composition c = Composition.parse(input);
            checked++;
            check(failures, input, "formula", row.get("formula"), c.formula());
            check(failures, input, "reduced_formula", row.get("reduced_formula"), c.reducedFormula());
            assertEquals(Double.parseDouble(row.get("num_atoms")), c.numAtoms(), 1e-9, input);
            assertEquals(Double.parseDouble(row.get("weight")), c.weight(), 1e-6, input);
            List<String> els = new ArrayList<>();
            c.elements().forEach(e -> els.add(e.symbol()));
            check(failures, input, "elements", row.get("elements"), String.join(";", els));
            for (String kv : row.get("atomic_fractions").split(";")) {
                String[] p = kv.split(":");
                assertEquals(Double.parseDouble(p[1]), c.atomicFraction(Element.of(p[0])), 1e-12, input + " " + p[0]);
            }
            for (String kv : row.get("weight_fractions").split(";")) {
                String[] p = kv.split(":");
                assertEquals(Double.parseDouble(p[1]), c.weightFraction(Element.of(p[0])), 1e-12, input + " " + p[0]);
            }
        }
        assertTrue(checked >= 100, "checked " + checked);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void check(List<String> failures, String input, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            failures.add(input + ": " + what + " expected " + expected + " but was " + actual);
        }
    }

    @Test
    void parsesHydratesWithDotOrStar() {
        Composition a = Composition.parse("CuSO4·5H2O");
        Composition b = Composition.parse("CuSO4*5H2O");
        Composition c = Composition.parse("CuSO4(H2O)5");
        assertEquals(c, a);
        assertEquals(c, b);
        assertEquals(10.0, a.amount(Element.of("H")), 0);
        assertEquals(9.0, a.amount(Element.of("O")), 0);
        assertEquals(249.68, a.weight(), 0.01);
    }

    @Test
    void parsesNestedBracketsAndOrganicCations() {
        Composition k = Composition.parse("K4[Fe(CN)6]");
        assertEquals(6.0, k.amount(Element.of("C")), 0);
        assertEquals(6.0, k.amount(Element.of("N")), 0);
        Composition mapi = Composition.parse("(CH3NH3)PbI3");
        assertEquals(6.0, mapi.amount(Element.of("H")), 0);
        assertEquals("CH6NPbI3".length(), mapi.reducedFormula().length());
        assertEquals(Composition.parse("CH3NH3PbI3"), mapi);
    }

    @Test
    void reportsWhereAFormulaIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Composition.parse("Fe2Xx3"));
        assertTrue(e.getMessage().contains("unknown element 'Xx'"), e.getMessage());
        assertTrue(e.getMessage().contains("character 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Composition.parse("Fe2(O3"));
        assertThrows(IllegalArgumentException.class, () -> Composition.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Composition.parse("fe2o3"));
        assertThrows(IllegalArgumentException.class, () -> Composition.parse("MAPbI3"));
    }
}
