package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Structure;

/** Extended and plain XYZ, molecules in boxes, several frames. */
class XyzTest {
    private static List<Structure> read(String text) {
        return StructureIO.readAll(text, "test.xyz", StructureFormat.XYZ);
    }

    @Test
    void extendedXyzColumnsInAnyOrder() {
        Structure s = read("2\nenergy=-3.5 Properties=pos:R:3:forces:R:3:species:S:1 "
                + "Lattice=\"4 0 0 0 5 0 0 0 6\" pbc=\"T T T\"\n"
                + "1 2.5 3 0.1 0.2 0.3 Na\n0 0 0 0 0 0 Cl\n").get(0);
        assertTrue(s.isPeriodic());
        assertArrayEquals(new double[] {4, 5, 6}, s.lattice().abc(), 0);
        assertArrayEquals(new double[] {0.25, 0.5, 0.5}, s.site(0).frac(), 1e-15);
        assertEquals("Na1 Cl1", s.formula());
    }

    @Test
    void atomicNumberColumnAndLowerCaseKeys() {
        Structure s = read("1\nlattice='3 0 0 0 3 0 0 0 3' properties=Z:I:1:pos:R:3\n26 1.5 1.5 1.5\n").get(0);
        assertEquals("Fe1", s.formula());
        assertTrue(s.isPeriodic());
    }

    @Test
    void latticeWithoutPeriodicityIsAMoleculeInThatBox() {
        Structure s = read("1\nLattice=\"10 0 0 0 10 0 0 0 10\" pbc=\"F F F\"\nAr 5 5 5\n").get(0);
        assertFalse(s.isPeriodic());
        assertEquals(1000, s.volume(), 1e-9);
    }

    @Test
    void plainXyzIsAMoleculeInAPaddedBox() {
        Structure s = read("3\n  water \nO 0.0 0.0 0.1173\nh1 0.0 0.7572 -0.4692\n1 0.0 -0.7572 -0.4692\n").get(0);
        assertFalse(s.isPeriodic());
        assertEquals("water", s.title());
        assertEquals("H2 O1", s.formula());
        // edges: extent + 2 x 5 Å; the lowest atom 5 Å inside every face
        assertArrayEquals(new double[] {10, 1.5144 + 10, 0.5865 + 10}, s.lattice().abc(), 1e-12);
        assertArrayEquals(new double[] {5, 5.7572, 5.5865}, s.cartesian(0), 1e-12);
        assertEquals(Math.hypot(0.7572, 0.5865), s.distance(0, 1), 1e-12);
    }

    @Test
    void severalFramesGiveSeveralStructures() {
        List<Structure> frames = read("1\nfirst\nHe 0 0 0\n\n2\nsecond\nHe 0 0 0\nHe 0 0 3\n\n");
        assertEquals(2, frames.size());
        assertEquals("first", frames.get(0).title());
        assertEquals(2, frames.get(1).numSites());
        assertEquals(3.0, frames.get(1).distance(0, 1), 1e-12);
    }

    @Test
    void writerUsesExtendedXyzForCrystalsAndPlainXyzForMolecules() {
        String crystal = StructureIO.write(Samples.atoms("Cu"), StructureFormat.XYZ);
        assertTrue(crystal.split("\n")[1].startsWith("Lattice=\"4.000000000000 0.000000000000 0.000000000000 "), crystal);
        assertTrue(crystal.split("\n")[1].contains("Properties=species:S:1:pos:R:3 pbc=\"T T T\""), crystal);
        String molecule = StructureIO.write(Samples.water(), StructureFormat.XYZ);
        assertEquals("water", molecule.split("\n")[1]);
        assertTrue(molecule.split("\n")[2].matches("O\\s+5\\.0+\\s+5\\.7572\\d*\\s+5\\.5865\\d*"), molecule);
    }
}
