package org.matinf.core.materialsproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Query criteria: parsing, normalisation, the API's parameter names and the matching rules. */
class MpQueryTest {
    @Test
    void parametersUseTheApiNames() {
        MpQuery q = MpQuery.builder().elements("li,FE").excludeElements("co").chemicalSystems("O-P-Fe-Li")
                .formulas("LiFePO4").bandGap(0.5, 4).energyAboveHull(0, 0.1).limit(7).build();
        Map<String, String> p = q.parameters();
        assertEquals(java.util.List.of("elements", "exclude_elements", "chemsys", "formula", "band_gap_min", "band_gap_max",
                "energy_above_hull_min", "energy_above_hull_max", "_fields"), java.util.List.copyOf(p.keySet()));
        assertEquals("Fe,Li", p.get("elements"));
        assertEquals("Co", p.get("exclude_elements"));
        assertEquals("Fe-Li-O-P", p.get("chemsys"));
        assertEquals("LiFePO4", p.get("formula"));
        assertEquals("0.5", p.get("band_gap_min"));
        assertEquals("4", p.get("band_gap_max"));
        assertEquals("0", p.get("energy_above_hull_min"));
        assertEquals("0.1", p.get("energy_above_hull_max"));
        assertEquals("elements=Fe,Li exclude_elements=Co chemsys=Fe-Li-O-P formula=LiFePO4 band_gap_min=0.5 band_gap_max=4"
                + " energy_above_hull_min=0 energy_above_hull_max=0.1 limit=7", q.describe());
    }

    @Test
    void matchingRules() {
        MpQuery q = MpQuery.builder().elements("O").excludeElements("Li").bandGap(1, 3).build();
        assertTrue(q.matches(Set.of("Fe", "O"), "Fe2O3", 2.0, 0.0));
        assertTrue(q.matches(Set.of("Fe", "O"), "Fe2O3", 1.0, 0.0)); // closed range
        assertTrue(q.matches(Set.of("Fe", "O"), "Fe2O3", 3.0, 0.0));
        assertFalse(q.matches(Set.of("Fe", "O"), "Fe2O3", 3.0001, 0.0));
        assertFalse(q.matches(Set.of("Fe", "O", "Li"), "LiFeO2", 2.0, 0.0));
        assertFalse(q.matches(Set.of("Fe"), "Fe", 2.0, 0.0));
        assertFalse(q.matches(Set.of("Fe", "O"), "Fe2O3", Double.NaN, 0.0), "an unknown gap is outside a range");
        MpQuery star = MpQuery.builder().chemicalSystems("Si-*").build();
        assertEquals("Si-*", star.chemicalSystems().get(0));
        assertTrue(star.matches(Set.of("Si", "O"), "SiO2", 5, 0));
        assertFalse(star.matches(Set.of("Si"), "Si", 1, 0));
        assertFalse(star.matches(Set.of("Si", "O", "Mg"), "MgSiO3", 5, 0));
        MpQuery exact = MpQuery.builder().chemicalSystems("O-Si").build();
        assertFalse(exact.matches(Set.of("Si", "O", "Mg"), "MgSiO3", 5, 0));
        MpQuery f = MpQuery.builder().formulas("Fe4O6, O2").build();
        assertEquals(java.util.List.of("Fe2O3", "O2"), f.formulas());
        assertTrue(f.matches(Set.of("Fe", "O"), "Fe2O3", 2, 0));
        assertFalse(f.matches(Set.of("Fe", "O"), "Fe3O4", 2, 0));
    }

    @Test
    void badCriteriaAreNamed() {
        assertEquals("elements: 'Xx' is not an element symbol",
                assertThrows(IllegalArgumentException.class, () -> MpQuery.builder().elements("Fe, Xx")).getMessage());
        assertEquals("chemsys: 'Fe-Fe' names an element twice",
                assertThrows(IllegalArgumentException.class, () -> MpQuery.builder().chemicalSystems("Fe-Fe")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MpQuery.builder().formulas("ABO3")).getMessage()
                .startsWith("formula: 'ABO3'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MpQuery.builder().formulas("Fe*")).getMessage()
                .contains("wildcards"));
        assertEquals("band_gap_min (3.0) is larger than band_gap_max (1.0)",
                assertThrows(IllegalArgumentException.class, () -> MpQuery.builder().bandGap(3, 1)).getMessage());
        assertEquals("limit must be between 1 and 10000; got 0",
                assertThrows(IllegalArgumentException.class, () -> MpQuery.builder().limit(0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MpQuery.builder().build()).getMessage()
                .startsWith("give at least one search criterion"));
        assertEquals("element O is both required (elements) and excluded (exclude)",
                assertThrows(IllegalArgumentException.class, () -> MpQuery.builder().elements("O").excludeElements("O").build())
                        .getMessage());
    }
}
