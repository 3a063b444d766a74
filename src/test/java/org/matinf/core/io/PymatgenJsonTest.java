package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** pymatgen JSON: Structure, Molecule, Materials Project wrappers, properties. */
class PymatgenJsonTest {
    private static List<Structure> read(String text) {
        return StructureIO.readAll(text, "test.json", StructureFormat.JSON);
    }

    @Test
    void moleculeAsDictIsBoxed() {
        // pymatgen 2022.11.7: Molecule(["C", "O"], [[0, 0, 0], [0, 0, 1.1]]).as_dict()
        Structure s = read("{\"@module\": \"pymatgen.core.structure\", \"@class\": \"Molecule\", \"charge\": 0.0, "
                + "\"spin_multiplicity\": 1, \"sites\": [{\"name\": \"C\", \"species\": [{\"element\": \"C\", \"occu\": 1}], "
                + "\"xyz\": [0.0, 0.0, 0.0], \"properties\": {}}, {\"name\": \"O\", \"species\": [{\"element\": \"O\", "
                + "\"occu\": 1}], \"xyz\": [0.0, 0.0, 1.1], \"properties\": {}}]}").get(0);
        assertFalse(s.isPeriodic());
        assertArrayEquals(new double[] {10, 10, 11.1}, s.lattice().abc(), 1e-12);
        assertEquals(1.1, s.distance(0, 1), 1e-12);
        assertEquals("O", s.site(1).label());
    }

    @Test
    void materialsProjectWrappersAreUnpacked() {
        String inner = "{\"lattice\": {\"matrix\": [[3,0,0],[0,3,0],[0,0,3]]}, \"sites\": [{\"species\": "
                + "[{\"element\": \"Po\", \"occu\": 1}], \"abc\": [0,0,0]}]}";
        Structure s = read("{\"material_id\": \"mp-1\", \"structure\": " + inner + "}").get(0);
        assertEquals("mp-1", s.title());
        assertEquals(27, s.volume(), 1e-12);
        List<Structure> many = read("{\"data\": [{\"structure\": " + inner + "}, " + inner + "]}");
        assertEquals(2, many.size());
    }

    @Test
    void latticeFromParametersAndNonPeriodicPbc() {
        Structure s = read("{\"lattice\": {\"a\": 3, \"b\": 4, \"c\": 5, \"alpha\": 90, \"beta\": 90, \"gamma\": 120, "
                + "\"pbc\": [false, false, false]}, \"sites\": [{\"species\": [{\"element\": \"Fe\", \"oxidation_state\": 3, "
                + "\"occu\": 0.75}], \"abc\": [0.5, 0.5, 0.5], \"label\": \"Fe1\"}]}").get(0);
        assertFalse(s.isPeriodic());
        assertEquals(120, s.lattice().gamma(), 1e-9);
        assertEquals(0.75, s.site(0).species().get(Species.parse("Fe3+")), 0);
    }

    @Test
    void propertiesOxidationStatesAndLabelsAreKept() {
        Structure li2o = TestData.structure("pymatgen/util_structures/Li2O.json");
        assertEquals(8, li2o.site(0).properties().get("coordination_no"));
        assertEquals(List.of(0.0, 0.0, 0.0), li2o.site(0).properties().get("forces"));
        assertEquals("O2-", li2o.site(0).label());
        assertEquals(-2.0, li2o.site(0).majoritySpecies().oxidationState(), 0);
        Structure sio2 = TestData.structure("pymatgen/util_structures/SiO2.json");
        assertEquals(-0.0, (Double) sio2.site(0).properties().get("magmom"), 0);
        String again = StructureIO.write(li2o, StructureFormat.JSON);
        assertTrue(again.contains("\"coordination_no\": 8"), again);
        assertTrue(again.contains("\"oxidation_state\": -2.0"), again);
    }

    @Test
    void selectiveDynamicsBecomesBooleanFlags() {
        Structure s = read("{\"lattice\": {\"matrix\": [[3,0,0],[0,3,0],[0,0,3]]}, \"sites\": [{\"species\": "
                + "[{\"element\": \"Si\", \"occu\": 1}], \"abc\": [0,0,0], \"properties\": {\"selective_dynamics\": "
                + "[true, false, true], \"magmom\": null}}]}").get(0);
        assertArrayEquals(new boolean[] {true, false, true}, (boolean[]) s.site(0).properties().get(Site.SELECTIVE_DYNAMICS));
        assertFalse(s.site(0).properties().containsKey("magmom"));
    }
}
