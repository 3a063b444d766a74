package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;
import org.matinf.testutil.TestData;

/** POSCAR layouts (VASP 4, 5, 6), scale factors, selective dynamics and the writer's rules. */
class PoscarTest {
    private static final String CELL = "  1 0 0\n  0 1 0\n  0 0 1\n";

    private static Structure read(String text) {
        return StructureIO.read(text, "POSCAR", StructureFormat.POSCAR);
    }

    private static StructureException fails(String text) {
        return assertThrows(StructureException.class, () -> read(text));
    }

    @Test
    void vasp4TakesSpeciesFromTheTitle() {
        String vasp5 = TestData.libraryText("handmade/NaCl_B1_conv.vasp");
        String[] lines = vasp5.split("\n", -1);
        lines[0] = "Na Cl  rock salt";
        lines[5] = null;
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (l != null) {
                sb.append(l).append('\n');
            }
        }
        Structure v4 = read(sb.toString());
        Structure v5 = read(vasp5);
        Samples.assertSame(v5, v4, 0, false, false);
        assertEquals("Na4 Cl4", v4.formula());
        assertEquals("Na Cl  rock salt", v4.title());
    }

    @Test
    void vasp4TitleWithCountsMustAgree() {
        Structure s = read("Li1 O2\n4.0\n" + CELL + "1 2\nDirect\n0 0 0\n.5 .5 .5\n.2 .2 .2\n");
        assertEquals("Li1 O2", s.formula());
        StructureException ex = fails("Li2 O1\n4.0\n" + CELL + "1 2\nDirect\n0 0 0\n.5 .5 .5\n.2 .2 .2\n");
        assertTrue(ex.getMessage().contains("add a species line"), ex.getMessage());
    }

    @Test
    void vasp4WithoutSymbolsInTheTitleIsRefused() {
        StructureException ex = fails("rock salt\n4.0\n" + CELL + "1 1\nDirect\n0 0 0\n.5 .5 .5\n");
        assertEquals(6, ex.line());
        assertTrue(ex.getMessage().contains("species line"), ex.getMessage());
    }

    @Test
    void vasp6PotcarSuffixesAreDropped() {
        Structure s = read("x\n3.0\n" + CELL + "Fe_pv O_s/5a0c1f\n1 1\nDirect\n0 0 0\n.5 .5 .5\n");
        assertEquals("Fe1 O1", s.formula());
    }

    @Test
    void positiveScaleMultipliesLatticeAndCartesianPositions() {
        Structure s = read("x\n2.0\n" + CELL + "Si\n1\nCartesian\n0.25 0.5 0.75\n");
        assertEquals(8.0, s.volume(), 1e-12);
        assertArrayEquals(new double[] {0.25, 0.5, 0.75}, s.site(0).frac(), 1e-15);
    }

    @Test
    void negativeScaleIsTheCellVolume() {
        Structure s = read("x\n-125.0\n" + "2 0 0\n0 2 0\n0 0 2\n" + "Si\n1\nCartesian\n1 1 1\n");
        assertEquals(5.0, s.lattice().a(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, s.site(0).frac(), 1e-15);
    }

    @Test
    void threeScaleFactorsActPerAxis() {
        Structure s = read("x\n2 3 4\n" + CELL + "Si\n1\nk\n1 1.5 1\n");
        assertArrayEquals(new double[] {2, 3, 4}, s.lattice().abc(), 1e-15);
        assertArrayEquals(new double[] {1, 1.5, 1}, s.site(0).frac(), 1e-15);
        assertThrows(StructureException.class, () -> read("x\n2 -3 4\n" + CELL + "Si\n1\nD\n0 0 0\n"));
    }

    @Test
    void selectiveDynamicsAndTrailingBlocksAreRead() {
        String text = "x ! comment\n4.0\n" + CELL + "Si O\n1 1\nselective dynamics\ndirect\n"
                + "0 0 0 T F T Si\n0.5 0.5 0.5 F F F ! fixed\n\n0.1 0.2 0.3\n0.0 0.0 0.0\n\n1\n";
        Structure s = read(text);
        assertArrayEquals(new boolean[] {true, false, true}, (boolean[]) s.site(0).properties().get(Site.SELECTIVE_DYNAMICS));
        assertArrayEquals(new boolean[] {false, false, false}, SelectiveDynamics.of(s.site(1)));
        assertEquals("x ! comment", s.title());
    }

    @Test
    void writerGroupsConsecutiveRunsAndKeepsSiteOrder() {
        String text = StructureIO.write(Samples.ordered(), StructureFormat.POSCAR);
        String[] lines = text.split("\n");
        assertEquals("Fe  O  Fe", lines[5].strip());
        assertEquals("1  2   1", lines[6].strip());
        assertEquals("Selective dynamics", lines[7]);
        assertEquals("Direct", lines[8]);
        assertTrue(lines[9].endsWith("T F T Fe"), lines[9]);
        Structure plain = Samples.atoms("Cu", "Cu", "Au");
        String noFlags = StructureIO.write(plain, StructureFormat.POSCAR);
        assertEquals(List.of("Cu Au", "2 1", "Direct"), List.of(noFlags.split("\n")[5].strip().replaceAll("\\s+", " "),
                noFlags.split("\n")[6].strip().replaceAll("\\s+", " "), noFlags.split("\n")[7]));
        assertEquals("Cu2 Au1", noFlags.split("\n")[0]);
        assertNull(SelectiveDynamics.of(read(noFlags).site(0)));
    }

    @Test
    void disorderedSitesCannotBeWritten() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> StructureIO.write(Samples.disordered(), StructureFormat.POSCAR));
        assertTrue(ex.getMessage().contains("site 0") && ex.getMessage().contains("Ba2+:0.500"), ex.getMessage());
    }
}
