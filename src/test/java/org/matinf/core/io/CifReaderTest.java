package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;

class CifReaderTest {
    private static final String CUBIC = "_cell_length_a 5.64\n_cell_length_b 5.64\n_cell_length_c 5.64\n"
            + "_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n";

    private static List<Structure> readAll(String cif) {
        return StructureIO.readAll(cif, "t.cif", StructureFormat.CIF);
    }

    private static Structure read(String cif) {
        return readAll(cif).get(0);
    }

    @Test
    void spaceGroupSymbolWithoutOperations() {
        Structure s = read("data_NaCl\n" + CUBIC + "_symmetry_space_group_name_H-M 'F m -3 m'\nloop_\n_atom_site_label\n"
                + "_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nNa1 0 0 0\nCl1 0.5 0.5 0.5\n");
        assertEquals("Na4 Cl4", s.formula());
        assertEquals("NaCl", s.title());
        assertEquals("Na1", s.site(0).label());
        assertEquals("Cl1", s.site(7).label());
    }

    @Test
    void numberWhenThereIsNoSymbolAndNewStyleOperations() {
        String sites = "loop_\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
                + "Si 0.125 0.125 0.125\n";
        assertEquals(8, read("data_x\n" + CUBIC + "_space_group_IT_number 227\n" + sites).numSites(),
                "the standard setting has origin choice 2, where 8a is at 1/8,1/8,1/8");
        assertEquals(8, read("data_x\n" + CUBIC + "_symmetry_Int_Tables_number 227\n"
                + "_symmetry_space_group_name_H-M 'F d -3 m :1'\n" + sites.replace("0.125", "0")).numSites());
    }

    @Test
    void operationsWithSiteIdColumns() {
        Structure s = read("data_x\n" + CUBIC + "loop_\n_space_group_symop_id\n_space_group_symop_operation_xyz\n"
                + "1 'x, y, z'\n2 '-x, -y, -z'\nloop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\nFe1 0.1 0.2 0.3\nO1 0.5 0.5 0.5\n");
        assertEquals("Fe2 O1", s.formula());
        assertArrayEquals(new double[] {0.9, 0.8, 0.7}, s.site(1).frac(), 1e-12);
    }

    @Test
    void typeSymbolsLabelsAndOxidationStates() {
        Structure s = read("data_x\n" + CUBIC + "loop_\n_atom_type_symbol\n_atom_type_oxidation_number\nFe2+ 2\nFe3+ 3\n"
                + "O2- -2\nloop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\nFe1 Fe2+ 0 0 0\nFe2 Fe3+ 0.5 0 0\nO1 O2- 0 0.5 0\nOw1 Ow 0 0 0.5\nNa1 Na 0.5 0.5 0.5\n");
        // as in pymatgen: "Ow" is O and takes the state of "O"; an element the table lacks gets 0
        assertEquals(List.of("Na0+", "Fe2+", "Fe3+", "O2-"), s.species().stream().map(Object::toString)
                .collect(java.util.stream.Collectors.toList()));
        assertEquals(5, s.numSites());
        Structure labels = read("data_x\n" + CUBIC + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\nCA 0 0 0\nO1a 0.5 0 0\nFe2 0 0.5 0\nWat 0.5 0.5 0.5\n");
        assertEquals("Ca1 Fe1 O2", labels.formula());
    }

    @Test
    void partialAndMixedOccupancyAndDisplacements() {
        Structure s = read("data_x\n" + CUBIC + "loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n"
                + "_atom_site_fract_y\n_atom_site_fract_z\n_atom_site_occupancy\n_atom_site_U_iso_or_equiv\n"
                + "Sr1 Sr 0 0 0 0.7 0.01\nY1 Y 0 0 0 0.3 0.01\nO1 O 0.5 0.5 0.5 0.5(1) ?\nX0 La 0.5 0 0 0 ?\n");
        assertEquals(2, s.numSites(), "mixed Sr/Y site, half-occupied O; zero occupancy dropped");
        Site mixed = s.site(0);
        assertEquals("Sr:0.700, Y:0.300", mixed.speciesString());
        assertEquals("Sr1", mixed.label());
        assertEquals(0.01 * 8 * Math.PI * Math.PI, mixed.biso(), 1e-12);
        assertEquals(0.5, s.site(1).totalOccupancy());
        assertTrue(Double.isNaN(s.site(1).biso()));
        assertEquals("Sr0.7 Y0.3 O0.5", s.formula());
        Structure b = read("data_x\n" + CUBIC + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\n_atom_site_B_iso_or_equiv\nCu1 0 0 0 0.55(2)\n");
        assertEquals(0.55, b.site(0).biso());
    }

    @Test
    void cartesianCoordinates() {
        Structure s = read("data_x\n_cell_length_a 4\n_cell_length_b 5\n_cell_length_c 6\n_cell_angle_gamma 120\n"
                + "loop_\n_atom_site_label\n_atom_site_Cartn_x\n_atom_site_Cartn_y\n_atom_site_Cartn_z\n"
                + "C1 2 0 3\nC2 -1.25 2.1650635094610966 0\n");
        assertArrayEquals(new double[] {0.5, 0, 0.5}, s.site(0).frac(), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, 0}, s.site(1).frac(), 1e-12);
    }

    @Test
    void severalBlocksAndBlocksWithoutAtoms() {
        String block = "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nK1 0 0 0\n";
        List<Structure> all = readAll("data_global\n_journal_year 2020\ndata_a\n" + CUBIC + block + "data_b\n" + CUBIC
                + block.replace("K1", "Rb1"));
        assertEquals(2, all.size());
        assertEquals("a", all.get(0).title());
        assertEquals("Rb", all.get(1).reducedFormula());
    }

    @Test
    void rhombohedralCellWithoutSetting() {
        String sites = "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
                + "Bi1 0.2341 0.2341 0.2341\n";
        Structure s = read("data_x\n_cell_length_a 4.7236\n_cell_length_b 4.7236\n_cell_length_c 4.7236\n"
                + "_cell_angle_alpha 57.23\n_cell_angle_beta 57.23\n_cell_angle_gamma 57.23\n"
                + "_symmetry_space_group_name_H-M 'R -3 m'\n" + sites);
        assertEquals(2, s.numSites());
    }

    @Test
    void badInputIsAStructureExceptionWithTheLine() {
        String loop = "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n";
        assertError("data_x\n" + CUBIC + loop + "Xq1 0 0 0\n", 13, "unknown element in atom site 'Xq1'");
        assertError("data_x\n" + loop + "Fe1 0 0 0\n", 1, "no cell: _cell_length_a is missing");
        assertError("data_x\n_cell_length_a 1\n_cell_length_b 1\n_cell_length_c 1\n_cell_angle_alpha 120\n"
                + "_cell_angle_beta 120\n_cell_angle_gamma 120\n" + loop + "Fe1 0 0 0\n", 2, "is not a valid cell");
        assertError("data_x\n" + CUBIC + loop + "Fe1 NaN 0 0\n", 13, "_atom_site_fract_x is 'NaN', not a number");
        assertError("data_x\n" + CUBIC + loop + "Fe1 0 0\nO1 0 0 0\n", 14, "has 7 values for 4 columns");
        assertError("data_x\n" + CUBIC + "_symmetry_equiv_pos_as_xyz 'x,y'\n" + loop + "Fe1 0 0 0\n", 8,
                "must have three parts");
        assertError("data_x\n" + CUBIC + "_symmetry_space_group_name_H-M 'P 7'\n" + loop + "Fe1 0 0 0\n", 8,
                "unknown space group 'P 7'");
        assertError("data_x\n" + CUBIC + loop + "Fe1 0 0 0\nFe2 0 0 0\n", 13, "sum to 2.0000");
        assertError("data_x\n" + CUBIC + loop.replace("_atom_site_label\n", "_atom_site_label\n_atom_site_occupancy\n")
                + "Fe1 1.5 0 0 0\n", 14, "occupancy 1.5");
        StructureException none = assertThrows(StructureException.class, () -> read("data_x\n" + CUBIC));
        assertTrue(none.getMessage().contains("no data block has atom sites"), none.getMessage());
    }

    private static void assertError(String cif, int line, String text) {
        StructureException ex = assertThrows(StructureException.class, () -> read(cif));
        assertTrue(ex.getMessage().contains(text), ex.getMessage());
        assertEquals(line, ex.line(), ex.getMessage());
        assertEquals("t.cif", ex.source());
    }
}
