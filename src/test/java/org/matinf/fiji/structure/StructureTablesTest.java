package org.matinf.fiji.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.TestStructures;
import org.matinf.testutil.TestData;

class StructureTablesTest {

    /** NaCl as in COD 1000041 (a = 5.62 Å), built in code; reference numbers from pymatgen. */
    @Test
    void infoRowSavedAsCsvMatchesPymatgen(@TempDir Path dir) throws IOException {
        Map<String, String> ref = TestData.structureReference("cgcnn_cod_samples/COD_1000041.cif");
        ResultsTable rt = new ResultsTable();
        StructureTables.addInfoRow(rt, "NaCl.cif", TestStructures.rockSalt(5.62));
        StructureTables.addInfoRow(rt, "NaCl_2.cif", TestStructures.rockSalt(5.62).supercell(2, 1, 1));
        Path csv = dir.resolve("info.csv");
        rt.saveAs(csv.toString());

        List<Map<String, String>> saved = TestData.csv(csv);
        assertEquals(List.of(StructureTables.INFO_COLUMNS), TestData.columns(saved));
        Map<String, String> row = saved.get(0);
        assertEquals("NaCl.cif", row.get("file"));
        assertEquals(ref.get("reduced_formula"), row.get("formula"));
        assertEquals(ref.get("nsites"), row.get("nsites"));
        for (String col : List.of("a", "b", "c", "alpha", "beta", "gamma", "volume", "density")) {
            assertEquals(Double.parseDouble(ref.get(col)), Double.parseDouble(row.get(col)), 1e-6, col);
        }
        Map<String, String> doubled = saved.get(1);
        assertEquals("16", doubled.get("nsites"));
        assertEquals(2 * 5.62, Double.parseDouble(doubled.get("a")), 1e-6);
        assertEquals(2 * Double.parseDouble(ref.get("volume")), Double.parseDouble(doubled.get("volume")), 1e-5);
        assertEquals(Double.parseDouble(ref.get("density")), Double.parseDouble(doubled.get("density")), 1e-6);
    }

    @Test
    void moleculeHasNoCell() {
        Structure s = TestStructures.rockSalt(5.0);
        Structure molecule = new Structure(s.lattice(), s.sites(), false, "cluster");
        ResultsTable rt = new ResultsTable();
        StructureTables.addInfoRow(rt, "cluster.xyz", molecule);
        assertEquals("NaCl", rt.getStringValue("formula", 0));
        assertEquals(8, rt.getValue("nsites", 0));
        assertTrue(Double.isNaN(rt.getValue("volume", 0)));
        assertTrue(Double.isNaN(rt.getValue("density", 0)));
    }

    @Test
    void sitesTableHasFractionalAndCartesianCoordinates() {
        ResultsTable rt = StructureTables.sites(TestStructures.rockSalt(5.64));
        assertEquals(8, rt.size());
        assertEquals(List.of(StructureTables.SITE_COLUMNS), List.of(rt.getHeadings()));
        assertEquals("Na", rt.getStringValue("species", 1));
        assertEquals("Cl", rt.getStringValue("species", 4));
        // site 1: Na at (0, 1/2, 1/2); site 4: Cl at (1/2, 1/2, 1/2)
        assertEquals(0.5, rt.getValue("y", 1), 0);
        assertEquals(2.82, rt.getValue("cart_z", 1), 1e-12);
        assertEquals(2.82, rt.getValue("cart_x", 4), 1e-12);
        assertEquals(1.0, rt.getValue("occupancy", 4), 0);
        assertEquals(7, rt.getValue("index", 7), 0);
        assertTrue(Double.isNaN(rt.getValue("Biso", 0)));
    }

    @Test
    void summaryNamesFormulaCellAndDensity() {
        String s = StructureTables.summary("NaCl.vasp", TestStructures.rockSalt(5.64));
        assertTrue(s.startsWith("NaCl.vasp: NaCl (Na4 Cl4), 8 sites"), s);
        assertTrue(s.contains("a = 5.64000"), s);
        assertTrue(s.contains("volume = 179.4061"), s);
        assertTrue(s.contains("density = 2.16373"), s);
    }
}
