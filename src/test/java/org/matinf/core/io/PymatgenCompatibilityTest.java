package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * pymatgen 2022.11.7 reads what MatInf writes. The files matinf_written.* in the test resources are
 * MatInf's output for {@link Samples}; make_pymatgen_readback.py read them with pymatgen
 * ({@code Structure.from_dict}, {@code Poscar.from_file}, {@code Molecule.from_file}) and stored
 * what pymatgen saw in pymatgen_readback.json. Here the writers must still produce those exact
 * files, and pymatgen's view must equal MatInf's structure.
 */
class PymatgenCompatibilityTest {
    private static final JsonNode READBACK = TestData.json(resource("pymatgen_readback.json"));

    /** A test resource beside this class. */
    private static String resource(String name) {
        return TestData.resource(PymatgenCompatibilityTest.class, name);
    }

    @Test
    void jsonIsReadByStructureFromDict() {
        Structure s = Samples.disordered();
        assertWriterUnchanged(s, StructureFormat.JSON, "matinf_written.json");
        JsonNode p = READBACK.get("matinf_written.json");
        assertPeriodicAgrees(s, p);
        assertEquals("Ba0.5 Sr0.5 Ti1 O2.9", p.get("formula").asText());
        JsonNode ti = p.get("sites").get(1).get("properties");
        assertEquals(0.6, ti.get("magmom").asDouble(), 0);
        assertEquals("[false,false,true]", ti.get("selective_dynamics").toString());
        assertEquals("Ba2+:0.500, Sr2+:0.500", p.get("sites").get(0).get("species_string").asText());
        assertEquals(0.9, p.get("sites").get(2).get("occu_sum").asDouble(), 1e-15);
    }

    @Test
    void poscarIsReadByPoscarFromFile() {
        Structure s = Samples.ordered();
        assertWriterUnchanged(s, StructureFormat.POSCAR, "matinf_written.vasp");
        JsonNode p = READBACK.get("matinf_written.vasp");
        // the file gives every site flags (T T T where the structure had none), as MatInf reads it back
        assertPeriodicAgrees(StructureIO.read(resource("matinf_written.vasp"), "POSCAR", StructureFormat.POSCAR), p);
        assertEquals("Fe2 O2", p.get("formula").asText());
        String[] flags = {"[true,false,true]", "[true,true,true]", "[true,true,true]", "[true,true,true]"};
        for (int i = 0; i < 4; i++) {
            assertEquals(flags[i], p.get("sites").get(i).get("properties").get("selective_dynamics").toString());
        }
    }

    @Test
    void plainXyzIsReadByMoleculeFromFile() {
        Structure water = Samples.water();
        assertWriterUnchanged(water, StructureFormat.XYZ, "matinf_written_water.xyz");
        JsonNode p = READBACK.get("matinf_written_water.xyz");
        assertEquals("H2 O1", p.get("formula").asText());
        for (int i = 0; i < water.numSites(); i++) {
            JsonNode xyz = p.get("sites").get(i).get("xyz");
            assertArrayEquals(new double[] {xyz.get(0).asDouble(), xyz.get(1).asDouble(), xyz.get(2).asDouble()},
                    water.cartesian(i), 1e-12);
        }
    }

    /** pymatgen's readback is only evidence for the current writer if it still writes the same file. */
    private static void assertWriterUnchanged(Structure s, StructureFormat format, String resource) {
        assertEquals(resource(resource), StructureIO.write(s, format),
                "writer output changed: rewrite " + resource + " and rerun make_pymatgen_readback.py");
    }

    private static void assertPeriodicAgrees(Structure s, JsonNode p) {
        assertEquals(s.formula(), p.get("formula").asText());
        assertEquals(s.reducedFormula(), p.get("reduced_formula").asText());
        assertEquals(s.numSites(), p.get("nsites").asInt());
        for (int i = 0; i < 3; i++) {
            assertEquals(p.get("abc").get(i).asDouble(), s.lattice().abc()[i], 1e-12);
            assertEquals(p.get("angles").get(i).asDouble(), s.lattice().angles()[i], 1e-9);
            for (int k = 0; k < 3; k++) {
                assertEquals(p.get("matrix").get(i).get(k).asDouble(), s.lattice().matrix()[i][k], 1e-12);
            }
        }
        assertEquals(p.get("volume").asDouble(), s.volume(), 1e-9);
        assertEquals(p.get("density").asDouble(), s.density(), 1e-6);
        for (int i = 0; i < s.numSites(); i++) {
            JsonNode site = p.get("sites").get(i);
            Site mine = s.site(i);
            assertEquals(site.get("species_string").asText(), mine.speciesString(), "site " + i);
            assertEquals(site.get("occu_sum").asDouble(), mine.totalOccupancy(), 1e-15);
            for (int k = 0; k < 3; k++) {
                assertEquals(site.get("frac").get(k).asDouble(), mine.frac(k), 1e-12);
            }
            JsonNode sd = site.get("properties").get(Site.SELECTIVE_DYNAMICS);
            boolean[] flags = SelectiveDynamics.of(mine);
            if (sd == null || sd.isNull()) {
                assertNull(flags, "site " + i);
            } else {
                assertArrayEquals(new boolean[] {sd.get(0).asBoolean(), sd.get(1).asBoolean(), sd.get(2).asBoolean()},
                        flags);
            }
        }
    }
}
