package org.matinf.core.materialsproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.testutil.TestData;

/** Summary documents shaped as the public API sends them. */
class SummaryDocumentsTest {
    /**
     * Silicon, mp-149, with the fields and numbers of the API's summary document as the Materials Project
     * shows it (structure as pymatgen's as_dict with magmom site properties; symmetry with symbol and number).
     */
    private static final String MP_149 = """
            {"nsites": 2, "elements": ["Si"], "nelements": 1, "composition": {"Si": 2.0},
             "formula_pretty": "Si", "chemsys": "Si", "volume": 40.8883, "density": 2.28119,
             "symmetry": {"crystal_system": "Cubic", "symbol": "Fd-3m", "number": 227, "point_group": "m-3m",
                          "symprec": 0.1, "version": "1.16.2"},
             "material_id": "mp-149", "deprecated": false, "band_gap": 0.6105, "energy_above_hull": 0.0,
             "formation_energy_per_atom": 0.0, "is_stable": true,
             "structure": {"@module": "pymatgen.core.structure", "@class": "Structure", "charge": 0,
               "lattice": {"matrix": [[0.0, 2.73436, 2.73436], [2.73436, 0.0, 2.73436], [2.73436, 2.73436, 0.0]],
                           "a": 3.86697, "b": 3.86697, "c": 3.86697, "alpha": 60.0, "beta": 60.0, "gamma": 60.0,
                           "volume": 40.8883},
               "sites": [{"species": [{"element": "Si", "occu": 1}], "abc": [0.25, 0.25, 0.25],
                          "xyz": [1.36718, 1.36718, 1.36718], "label": "Si", "properties": {"magmom": 0.0}},
                         {"species": [{"element": "Si", "occu": 1}], "abc": [0.0, 0.0, 0.0],
                          "xyz": [0.0, 0.0, 0.0], "label": "Si", "properties": {"magmom": 0.0}}]}}
            """;

    @Test
    void siliconAsTheApiSendsIt() {
        MpMaterial m = SummaryDocuments.material(TestData.json(MP_149), 0, MpSource.API);
        assertEquals("mp-149", m.materialId());
        assertEquals("Si", m.formula());
        assertEquals(List.of("Si"), m.elements());
        assertEquals(227, m.spacegroupNumber());
        assertEquals("Fd-3m", m.spacegroupSymbol());
        assertEquals(0.6105, m.bandGap());
        assertEquals(2, m.sites());
        assertEquals(40.8883, m.structure().volume(), 5e-4);
        assertEquals(2.28119, m.structure().density(), 5e-5);
        assertEquals(3.86697, m.structure().lattice().a(), 5e-6);
        assertEquals(0.0, m.structure().site(0).properties().get("magmom"));
    }

    @Test
    void documentsWithoutIdOrWithBadStructureAreBadAnswers() {
        MpException ex = assertThrows(MpException.class,
                () -> SummaryDocuments.material(TestData.json("{\"band_gap\": 1}"), 4, MpSource.API));
        assertEquals("Materials Project: document 5 of the answer has no material_id", ex.getMessage());
        MpException bad = assertThrows(MpException.class, () -> SummaryDocuments.material(TestData.json(
                MP_149.replace("\"element\": \"Si\", \"occu\": 1}], \"abc\": [0.0", "\"element\": \"Qq\", \"occu\": 1}], \"abc\": [0.0")),
                0, MpSource.API));
        assertEquals(MpException.Kind.BAD_ANSWER, bad.kind());
        assertTrue(bad.getMessage().startsWith("Materials Project: the structure of mp-149 cannot be read: Materials Project"
                + " document mp-149: $.sites[1].species[0].element: unknown element 'Qq'"), bad.getMessage());
    }
}
