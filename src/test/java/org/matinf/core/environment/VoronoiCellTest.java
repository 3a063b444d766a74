package org.matinf.core.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

class VoronoiCellTest {
    private static Structure cubic(double a, double[]... fracs) {
        return new Structure(Lattice.cubic(a), java.util.Arrays.stream(fracs).map(f -> Site.of(Element.of("Cu"), f[0], f[1], f[2])).toList());
    }

    @Test
    void fccCellIsARhombicDodecahedron() {
        double a = 3.6;
        Structure fcc = cubic(a, new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0}, new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5});
        VoronoiCell cell = VoronoiCell.of(fcc, 0, 13);
        assertTrue(cell.closed());
        assertEquals(12, cell.faces().size());
        assertEquals(a * a * a / 4, cell.volume(), 1e-9);
        for (VoronoiFace f : cell.faces()) {
            assertEquals(a / Math.sqrt(2), f.distance(), 1e-9);
            assertEquals(4 * Math.PI / 12, f.solidAngle(), 1e-9);
            // rhombus with diagonals a/√2 and a/2
            assertEquals(a / Math.sqrt(2) * a / 2 / 2, f.area(), 1e-9);
            assertEquals(4, f.vertices().size());
        }
    }

    @Test
    void bccCellIsATruncatedOctahedronWithFourteenFaces() {
        double a = 2.87;
        Structure bcc = cubic(a, new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5});
        VoronoiCell cell = VoronoiCell.of(bcc, 1, 13);
        assertEquals(14, cell.faces().size());
        assertEquals(a * a * a / 2, cell.volume(), 1e-9);
        long hexagons = cell.faces().stream().filter(f -> f.vertices().size() == 6).count();
        assertEquals(8, hexagons);
        assertEquals(4 * Math.PI, cell.faces().stream().mapToDouble(VoronoiFace::solidAngle).sum(), 1e-9);
        // the 8 nearest neighbours have the largest faces
        assertEquals(a * Math.sqrt(3) / 2, cell.faces().get(0).distance(), 1e-9);
    }

    @Test
    void simpleCubicCellHasOnlyTheSixTouchingFaces() {
        // the 12 edge- and 8 corner-sharing neighbours only touch the cube: no face for them
        VoronoiCell cell = VoronoiCell.of(cubic(3.0, new double[] {0.1, 0.2, 0.3}), 0, 13);
        assertEquals(6, cell.faces().size());
        assertEquals(27.0, cell.volume(), 1e-9);
    }

    @Test
    void cellsFillTheUnitCellOfEveryLibraryStructure() {
        for (String file : TestData.files("cif", "vasp", "json")) {
            Structure s = TestData.structure(file);
            List<VoronoiCell> cells = VoronoiCell.all(s, 13);
            double volume = cells.stream().mapToDouble(VoronoiCell::volume).sum();
            assertEquals(s.volume(), volume, 1e-6 * s.volume(), file);
            for (VoronoiCell c : cells) {
                assertTrue(c.closed(), file);
                assertEquals(4 * Math.PI, c.faces().stream().mapToDouble(VoronoiFace::solidAngle).sum(), 1e-6, file);
            }
        }
    }

    @Test
    void oneSiteAndAllSitesAgree() {
        Structure lfp = TestData.structure("pymatgen/LiFePO4_P1.cif");
        List<VoronoiCell> all = VoronoiCell.all(lfp, 7);
        for (int i : new int[] {0, 5, 17, 27}) {
            VoronoiCell one = VoronoiCell.of(lfp, i, 7);
            assertEquals(all.get(i).volume(), one.volume(), 1e-12);
            assertEquals(all.get(i).faces().size(), one.faces().size());
        }
    }

    @Test
    void aMoleculeLeavesOuterCellsOpen() {
        Structure water = new Structure(Lattice.cubic(10), List.of(Site.of(Element.of("O"), 0, 0, 0),
                Site.of(Element.of("H"), 0.0957, 0, 0), Site.of(Element.of("H"), -0.024, 0.0927, 0)), false, "water");
        VoronoiCell cell = VoronoiCell.of(water, 0, 13);
        assertFalse(cell.closed());
        assertEquals(2, cell.faces().size());
        assertEquals(2, VoronoiNN.DEFAULT.neighbors(water, 0).size());
    }

    @Test
    void badArgumentsAreRefused() {
        Structure s = cubic(3, new double[] {0, 0, 0});
        assertThrows(IndexOutOfBoundsException.class, () -> VoronoiCell.of(s, 1, 13));
        assertThrows(IllegalArgumentException.class, () -> VoronoiCell.of(s, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new VoronoiNN(1, 13));
        assertThrows(IllegalArgumentException.class, () -> new CrystalNN(1, 0.5, 3, true, 7));
    }

    @Test
    void disorderedSitesGetAnAnswer() {
        Site mixed = new Site(Map.of(Species.of(Element.of("Fe")), 0.5, Species.of(Element.of("Ni")), 0.5), new double[] {0, 0, 0}, "M",
                0, 0, Map.of());
        Structure s = new Structure(Lattice.cubic(3.52), List.of(mixed, mixed.withFrac(new double[] {0.5, 0.5, 0}),
                mixed.withFrac(new double[] {0.5, 0, 0.5}), mixed.withFrac(new double[] {0, 0.5, 0.5})));
        assertEquals(12, CrystalNN.DEFAULT.coordinationNumber(s, 0));
        assertEquals(12, VoronoiNN.DEFAULT.coordinationNumber(s, 2));
    }
}
