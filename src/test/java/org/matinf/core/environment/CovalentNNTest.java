package org.matinf.core.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** The covalent-radius bonding rule on cases worked by hand (library parity: DimensionalityParityTest). */
class CovalentNNTest {

    @Test
    void radiusTables() {
        assertEquals(0.73, CovalentRadii.CORDERO.radius(Element.of("C")), 0);
        assertEquals(1.66, CovalentRadii.CORDERO.radius(Element.of("Na")), 0);
        assertEquals(0.97, CovalentRadii.JMOL.radius(Element.of("Na")), 0);
        assertEquals(0.68, CovalentRadii.JMOL.radius(Element.of("C")), 0);
        assertTrue(CovalentRadii.CORDERO.has(Element.of("Cm")));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> CovalentRadii.CORDERO.radius(Element.of("Bk")));
        assertEquals("the Cordero radius table has no radius for Bk", ex.getMessage());
        assertTrue(NeighborStrategies.names().containsAll(List.of("MinimumDistance", "Covalent", "Jmol")), NeighborStrategies.names().toString());
        assertEquals(CovalentNN.JMOL, NeighborStrategies.parse("jmol"));
    }

    /** Rock salt, a = 5.64 Å: Na–Cl 2.82 Å ≤ 1.66 + 1.02 + 0.45 = 3.13 Å (Cordero), > 0.97 + 0.99 + 0.45 = 2.41 Å (Jmol). */
    @Test
    void rockSaltOctahedraWithCorderoRadiiOnly() {
        Structure s = TestData.structure("handmade/NaCl_B1_conv.vasp");
        for (int i = 0; i < s.numSites(); i++) {
            List<CoordinatedNeighbor> shell = CovalentNN.COVALENT.neighbors(s, i);
            assertEquals(6, shell.size(), "site " + i);
            // JmolNN's weight: the shortest cut-off of the site's element with any element / d
            String el = s.site(i).majoritySpecies().symbol();
            double shortest = el.equals("Na") ? 1.66 + 1.02 + 0.45 : 2 * 1.02 + 0.45;
            for (CoordinatedNeighbor n : shell) {
                assertEquals(s.lattice().a() / 2, n.distance(), 1e-9);
                assertEquals(shortest / n.distance(), n.weight(), 1e-12);
            }
            assertEquals(0, CovalentNN.JMOL.coordinationNumber(s, i));
        }
    }

    /** Bonds stop at r_a + r_b + tolerance, and never below min_bond_distance. */
    @Test
    void cutoffAndMinimumDistance() {
        Element c = Element.of("C");
        Lattice box = Lattice.cubic(20);
        double cut = 2 * 0.73 + 0.45;
        Structure at = new Structure(box, List.of(Site.of(c, 0, 0, 0), Site.of(c, (cut - 1e-9) / 20, 0, 0)));
        assertEquals(1, CovalentNN.COVALENT.coordinationNumber(at, 0));
        assertEquals(cut, CovalentNN.COVALENT.cutoff(at, 0, 1), 1e-15);
        Structure beyond = new Structure(box, List.of(Site.of(c, 0, 0, 0), Site.of(c, (cut + 1e-6) / 20, 0, 0)));
        assertEquals(0, CovalentNN.COVALENT.coordinationNumber(beyond, 0));
        Structure tooClose = new Structure(box, List.of(Site.of(c, 0, 0, 0), Site.of(c, 0.39 / 20, 0, 0)));
        assertEquals(0, CovalentNN.COVALENT.coordinationNumber(tooClose, 0));
        assertThrows(IllegalArgumentException.class, () -> new CovalentNN("x", CovalentRadii.JMOL, -0.1, 0.4));
    }
}
