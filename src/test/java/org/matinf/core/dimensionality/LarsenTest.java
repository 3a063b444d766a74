package org.matinf.core.dimensionality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.core.environment.MinimumDistanceNN;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/** Larsen's components on hand-built cells whose answer is known by construction. */
class LarsenTest {
    private static final Element C = Element.of("C");

    private static Structure cell(double[][] lattice, double[]... frac) {
        return new Structure(new Lattice(lattice), java.util.Arrays.stream(frac).map(f -> Site.of(C, f[0], f[1], f[2])).toList());
    }

    private static List<BondedComponent> components(Structure s) {
        return Larsen.components(BondGraph.of(s, MinimumDistanceNN.DEFAULT));
    }

    /** One atom per cell, bonded only to its own images along a skew direction [1 1 0]. */
    @Test
    void chainThroughOwnImagesAlongAFaceDiagonal() {
        double[][] l = {{3, 0, 0}, {-2, 2, 0}, {0, 0, 10}}; // a + b = (1, 2, 0), 2.236 Å: the shortest translation
        Structure s = cell(l, new double[] {0, 0, 0});
        BondGraph g = BondGraph.of(s, MinimumDistanceNN.DEFAULT);
        assertEquals(1, g.numBonds(), "one bond, to the image at +(a + b) (and so to −(a + b))");
        assertEquals(2, g.degree(0));
        List<BondedComponent> c = components(s);
        assertEquals(1, c.size());
        assertEquals(1, c.get(0).dimensionality());
        assertArrayEquals(new int[] {1, 1, 0}, c.get(0).orientation());
        assertEquals("[1 1 0]", c.get(0).orientationText());
    }

    /** A square net of one atom per cell in the (0 1 0) plane, stacked far apart along b. */
    @Test
    void squareNetIsALayerWithItsMillerIndices() {
        Structure s = cell(new double[][] {{1.5, 0, 0}, {0, 8, 0}, {0, 0, 1.5}}, new double[] {0.2, 0.3, 0.4});
        BondedComponent c = components(s).get(0);
        assertEquals(2, c.dimensionality());
        assertArrayEquals(new int[] {0, 1, 0}, c.orientation());
        assertEquals("(0 1 0)", c.orientationText());
        assertEquals("2D C (0 1 0)", c.describe());
    }

    /** A dimer whose bond crosses the cell boundary is still 0-D; a cubic net is 3-D with no orientation. */
    @Test
    void moleculeAcrossTheBoundaryAndAFramework() {
        Structure dimer = cell(new double[][] {{8, 0, 0}, {0, 8, 0}, {0, 0, 8}}, new double[] {0.95, 0.5, 0.5},
                new double[] {0.1, 0.5, 0.5});
        List<BondedComponent> c = components(dimer);
        assertEquals(1, c.size());
        assertEquals(0, c.get(0).dimensionality());
        assertEquals(List.of(0, 1), c.get(0).sites());
        assertNull(c.get(0).orientation());
        assertEquals("C", c.get(0).formula());
        BondedComponent cube = components(cell(new double[][] {{1.5, 0, 0}, {0, 1.5, 0}, {0, 0, 1.5}}, new double[] {0, 0, 0})).get(0);
        assertEquals(3, cube.dimensionality());
        assertEquals("", cube.orientationText());
    }

    /**
     * A zigzag chain along c with two atoms per period: each atom bonds only to the other one (in
     * the cell and one cell up), never to its own images, and the two still form one 1-D component.
     */
    @Test
    void chainWhosePeriodSpansTwoAtoms() {
        Structure s = cell(new double[][] {{8, 0, 0}, {0, 8, 0}, {0, 0, 3}}, new double[] {0, 0, 0}, new double[] {0.1, 0.1, 0.5});
        List<BondedComponent> c = components(s);
        assertEquals(1, c.size());
        assertEquals(1, c.get(0).dimensionality());
        assertArrayEquals(new int[] {0, 0, 1}, c.get(0).orientation());
    }

    @Test
    void canonicalSignOfIndices() {
        assertArrayEquals(new int[] {1, -1, 0}, PeriodicTranslations.canonical(new long[] {-3, 3, 0}));
        assertArrayEquals(new int[] {2, -1, 0}, PeriodicTranslations.canonical(new long[] {-2, 1, 0}));
        assertArrayEquals(new int[] {1, -1, 1}, PeriodicTranslations.canonical(new long[] {-2, 2, -2}));
        assertArrayEquals(new int[] {0, 0, 1}, PeriodicTranslations.canonical(new long[] {0, 0, -4}));
    }
}
