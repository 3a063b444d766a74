package org.matinf.core.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matinf.testutil.TestData;

/**
 * Every descriptor of every preset against the NumPy re-implementation of matminer's conventions
 * (reference/descriptors/make_descriptor_reference.py): 50 matbench_expt_gap formulas and 20
 * hand-picked ones, 1041 columns each, to 1e-9 relative.
 */
class DescriptorReferenceTest {
    private static final double RELATIVE = 1e-9;
    /** Floor for values that should be 0 but come out as rounding noise (e.g. avg_dev of one element). */
    private static final double ABSOLUTE = 1e-12;

    @Test
    void allPresetsMatchTheNumPyReference() {
        List<Map<String, String>> rows = TestData.csv(TestData.reference("descriptors/descriptors.csv"));
        assertEquals(70, rows.size());
        CompositionDescriptors all = CompositionDescriptors.of("all");
        List<String> columns = TestData.columns(rows);
        assertEquals(columns.subList(1, columns.size()), all.labels(), "column names and order");
        assertEquals(132 + 6 + 8 + 3 + 94 + 7 * (63 + 44 + 7), all.size());
        List<String> bad = new ArrayList<>();
        int compared = 0;
        for (Map<String, String> row : rows) {
            double[] got = all.compute(row.get("formula"));
            for (int c = 0; c < got.length; c++) {
                double want = number(row.get(all.labels().get(c)));
                compared++;
                if (!close(want, got[c])) {
                    bad.add(row.get("formula") + " " + all.labels().get(c) + ": want " + want + " got " + got[c]);
                }
            }
        }
        assertEquals(70 * 1041, compared);
        if (!bad.isEmpty()) {
            fail(bad.size() + " differences, e.g.\n" + String.join("\n", bad.subList(0, Math.min(20, bad.size()))));
        }
    }

    /** Python's repr of a float ("nan" for NaN). */
    static double number(String text) {
        return text.equals("nan") ? Double.NaN : Double.parseDouble(text);
    }

    static boolean close(double want, double got) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        return Math.abs(want - got) <= RELATIVE * Math.max(Math.abs(want), Math.abs(got)) + ABSOLUTE;
    }

    @Test
    void magpieOfNaClByHand() {
        CompositionDescriptors magpie = CompositionDescriptors.of("magpie");
        double[] v = magpie.compute("NaCl");
        List<String> l = magpie.labels();
        assertEquals(132, l.size());
        assertEquals("MagpieData minimum Number", l.get(0));
        assertEquals("MagpieData mode SpaceGroupNumber", l.get(131));
        assertEquals(14.0, v[l.indexOf("MagpieData mean Number")], 1e-12);
        assertEquals(3.0, v[l.indexOf("MagpieData avg_dev Number")], 1e-12);
        // equal weights: mode is the smaller value
        assertEquals(11.0, v[l.indexOf("MagpieData mode Number")]);
        assertEquals((0.93 + 3.16) / 2, v[l.indexOf("MagpieData mean Electronegativity")], 1e-12);
    }

    @Test
    void chargeBalanceRule() {
        assertTrue(possible("Fe3O4"), "mixed valence Fe2+/Fe3+");
        assertTrue(possible("Ba0.5Sr0.5TiO3"));
        assertTrue(possible("LiFePO4"));
        assertEquals(false, possible("NaCl2"));
        assertEquals(false, possible("HeO"), "He has no oxidation state");
        assertTrue(possible("Cu"), "an element is neutral");
        // 1000 atoms exceed the exact limit: relaxed interval test
        assertTrue(possible("Fe400O600"));
        assertEquals(false, possible("Na0.0123F0.5"), "no multiplier <= 100: interval test, F is only -1");
    }

    private static boolean possible(String formula) {
        double[] v = CompositionDescriptors.of("ion_property").compute(formula);
        return v[0] == 1.0;
    }
}
