package org.matinf.core.symmetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.NeighborList;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

class SpaceGroupsTest {
    @Test
    void allGroupsAreClosedUnderComposition() {
        assertEquals(230, SpaceGroups.all().size());
        int total = 0;
        for (SpaceGroup g : SpaceGroups.all()) {
            assertClosed(g);
            total += g.order();
        }
        assertEquals(192, SpaceGroups.byNumber(225).order());
        assertEquals(1, SpaceGroups.byNumber(1).order());
        assertEquals(96, SpaceGroups.byNumber(230).order());
        // sum of general-position multiplicities over the 230 standard settings, as in SpaceGroups.json
        assertEquals(4425, total);
    }

    private static void assertClosed(SpaceGroup g) {
        List<SymmetryOperation> ops = g.operations();
        assertTrue(ops.get(0).equalsModuloLattice(SymmetryOperation.identity()), g.toString());
        for (SymmetryOperation a : ops) {
            for (SymmetryOperation b : ops) {
                SymmetryOperation ab = a.compose(b);
                assertTrue(ops.stream().anyMatch(ab::equalsModuloLattice), g + " is not closed: " + a + " after " + b);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"'P 63/m m c';194;24", "'F m -3 m';225;192", "Fm-3m;225;192", "'F m 3 m';225;192",
        "'f M -3 M';225;192", "'F 4/m -3 2/m';225;192", "'P 21/n 21/m 21/a';62;8", "'P 63/m 2/m 2/c';194;24",
        "'P 1 21/n 1';14;4", "P21/n;14;4", "'P 1 1 21/a';14;4", "'P 21/b 1 1';14;4", "'P 2_1/c';14;4",
        "'P2(1)/c';14;4", "'I 41/a m d :2';141;32", "'I 41/a m d';141;32", "'I 41/a m d :1';141;32",
        "'R -3 m :H';166;36", "'R -3 m :R';166;12", "'R -3 m R';166;12", "'R -3 m';166;36", "'F d -3 m :1';227;192",
        "'F d 3 m';227;192", "'C m c a';64;16", "Cmce;64;16", "'P b n m';62;8", "'P m c n';62;8", "'A 1 2/n 1';15;8",
        "'I 1 2/a 1';15;8", "'C 1 2/c 1';15;8", "'P -1';2;2", "'P 1';1;1", "'I a -3 d';230;96", "'P m -3 m';221;48",
        "'P 4/m 2/m 2/m';123;16", "'P -3 2/m 1';164;12", "'R 3 c :R';161;6", "'P n n n :1';48;8"})
    void symbolsAsCifFilesWriteThem(String symbol, int number, int order) {
        SpaceGroup g = SpaceGroups.bySymbol(symbol);
        assertEquals(number, g.number(), symbol);
        assertEquals(order, g.order(), symbol);
        assertClosed(g);
    }

    @Test
    void unknownSymbolsAreNotGuessed() {
        assertTrue(SpaceGroups.find("P 7/m").isEmpty());
        assertTrue(SpaceGroups.find("Q 1").isEmpty());
        assertTrue(SpaceGroups.find("P 63/m m c :R").isEmpty());
        assertTrue(SpaceGroups.find("").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SpaceGroups.bySymbol("garbage"));
        assertThrows(IllegalArgumentException.class, () -> SpaceGroups.byNumber(231));
    }

    /** Operations of non-standard settings as the International Tables (and pymatgen's table) list them. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"P 1 21/n 1;x,y,z|-x+1/2,y+1/2,-z+1/2|-x,-y,-z|x+1/2,-y+1/2,z+1/2",
        "P 1 1 21/a;x,y,z|-x+1/2,-y,z+1/2|-x,-y,-z|x+1/2,y,-z+1/2",
        "P 21/c 1 1;x,y,z|x+1/2,-y,-z+1/2|-x,-y,-z|-x+1/2,y,z+1/2",
        "R -3 m :R;x,y,z|z,x,y|y,z,x|-y,-x,-z|-x,-z,-y|-z,-y,-x|-x,-y,-z|-z,-x,-y|-y,-z,-x|y,x,z|x,z,y|z,y,x",
        "P b n m;x,y,z|x+1/2,-y+1/2,-z|-x,-y,z+1/2|-x+1/2,y+1/2,-z+1/2|-x,-y,-z|-x+1/2,y+1/2,z|x,y,-z+1/2"
            + "|x+1/2,-y+1/2,z+1/2"})
    void settingsHaveTheTabulatedOperations(String symbol, String xyz) {
        SpaceGroup g = SpaceGroups.bySymbol(symbol);
        String[] want = xyz.split("\\|");
        assertEquals(want.length, g.order(), symbol);
        for (String w : want) {
            SymmetryOperation op = SymmetryOperation.parse(w);
            assertTrue(g.operations().stream().anyMatch(op::equalsModuloLattice), symbol + " lacks " + w);
        }
    }

    @Test
    void originChoiceOneIsTheShiftedStandard() {
        SpaceGroup one = SpaceGroups.bySymbol("F d -3 m :1");
        SpaceGroup two = SpaceGroups.bySymbol("F d -3 m :2");
        assertEquals(two.operations(), SpaceGroups.byNumber(227).operations());
        // origin choice 1 sits on -43m: no inversion through the origin; choice 2 sits on an inversion centre
        SymmetryOperation inversion = SymmetryOperation.parse("-x,-y,-z");
        assertFalse(one.operations().stream().anyMatch(inversion::equalsModuloLattice));
        assertTrue(two.operations().stream().anyMatch(inversion::equalsModuloLattice));
    }

    @Test
    void rockSaltFromTwoSites() {
        Lattice l = Lattice.cubic(5.64);
        List<Site> asym = List.of(Site.of(Element.of("Na"), 0, 0, 0), Site.of(Element.of("Cl"), 0.5, 0.5, 0.5));
        List<Site> sites = SpaceGroups.bySymbol("F m -3 m").expand(l, asym, 1e-3);
        assertEquals(8, sites.size());
        Structure s = new Structure(l, sites);
        assertEquals("Na4 Cl4", s.formula());
        for (Site site : sites) {
            for (double f : site.frac()) {
                assertTrue(f >= 0 && f < 1 && (f == 0 || f == 0.5), site.toString());
            }
        }
    }

    @Test
    void siliconInBothOriginChoices() {
        Lattice l = Lattice.cubic(5.431);
        Structure one = new Structure(l, SpaceGroups.bySymbol("F d -3 m :1").expand(l,
                List.of(Site.of(Element.of("Si"), 0, 0, 0)), 1e-3));
        Structure two = new Structure(l, SpaceGroups.bySymbol("F d -3 m :2").expand(l,
                List.of(Site.of(Element.of("Si"), 0.125, 0.125, 0.125)), 1e-3));
        assertEquals(8, one.numSites());
        assertEquals(8, two.numSites());
        assertArrayEquals(distances(two, 4.0), distances(one, 4.0), 1e-9);
        assertEquals(5.431 * Math.sqrt(3) / 4, distances(one, 4.0)[0], 1e-9);
        // the wrong origin for the wrong setting gives another (here: not diamond) arrangement
        Structure wrong = new Structure(l, SpaceGroups.bySymbol("F d -3 m :2").expand(l,
                List.of(Site.of(Element.of("Si"), 0, 0, 0)), 1e-3));
        assertEquals(16, wrong.numSites());
    }

    @Test
    void rhombohedralAndHexagonalAxesGiveTheSameCrystal() {
        double a = 4.546;
        double c = 11.862;
        double z = 0.2341;
        Lattice hex = Lattice.fromParameters(a, a, c, 90, 90, 120);
        Structure h = new Structure(hex, SpaceGroups.bySymbol("R -3 m :H").expand(hex,
                List.of(Site.of(Element.of("Bi"), 0, 0, z)), 1e-3));
        // rhombohedral vectors (2a+b+c)/3, (-a+b+c)/3, (-a-2b+c)/3 as rows
        Lattice rho = hex.transformed(new double[][] {{2.0 / 3, 1.0 / 3, 1.0 / 3}, {-1.0 / 3, 1.0 / 3, 1.0 / 3},
            {-1.0 / 3, -2.0 / 3, 1.0 / 3}});
        Structure r = new Structure(rho, SpaceGroups.bySymbol("R -3 m :R").expand(rho,
                List.of(Site.of(Element.of("Bi"), z, z, z)), 1e-3));
        assertEquals(6, h.numSites());
        assertEquals(2, r.numSites());
        assertEquals(h.volume() / 3, r.volume(), 1e-9);
        assertEquals(h.density(), r.density(), 1e-9);
        assertArrayEquals(distances(h, 3.6), distances(r, 3.6), 1e-9);
    }

    @Test
    void mixedSitesMergeAndSpecialPositionsCollapse() {
        Lattice l = Lattice.fromParameters(5.377, 5.416, 7.626, 90, 89.97, 90);
        Site al = new Site(java.util.Map.of(org.matinf.core.element.Species.of(Element.of("Al")), 0.941),
                new double[] {0, 0.5, 0}, "Al1", 0.29, Double.NaN, null);
        Site nb = new Site(java.util.Map.of(org.matinf.core.element.Species.of(Element.of("Nb")), 0.059),
                new double[] {0, 0.5, 0}, "Nb1", 0.29, Double.NaN, null);
        List<Site> sites = SpaceGroups.bySymbol("P 1 21/n 1").expand(l, List.of(al, nb), 1e-3);
        assertEquals(2, sites.size(), "2b has multiplicity 2 in P21/n");
        for (Site s : sites) {
            assertEquals(1.0, s.totalOccupancy(), 1e-12);
            assertEquals("Al1", s.label());
            assertEquals(0.29, s.biso());
        }
    }

    private static double[] distances(Structure s, double r) {
        NeighborList nl = s.neighbors(r);
        List<Double> d = new ArrayList<>();
        for (int k = 0; k < nl.size(); k++) {
            if (nl.center(k) == 0) {
                d.add(nl.distance(k));
            }
        }
        return d.stream().sorted().mapToDouble(Double::doubleValue).toArray();
    }
}
