package org.matinf.core.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matinf.core.symmetry.SpaceGroup;
import org.matinf.core.symmetry.SpaceGroups;

/** The eleven Laue classes: sizes, closure, equivalents, fundamental zone, names. */
class LaueGroupTest {

    @Test
    void ordersOfTheElevenClasses() {
        int[] orders = new int[LaueGroup.values().length];
        for (LaueGroup g : LaueGroup.values()) {
            orders[g.ordinal()] = g.order();
        }
        assertEquals(List.of(1, 2, 4, 4, 8, 3, 6, 6, 12, 12, 24), java.util.Arrays.stream(orders).boxed().toList());
    }

    @ParameterizedTest
    @EnumSource(LaueGroup.class)
    void closedUnderProductsAndInverses(LaueGroup g) {
        for (Orientation a : g.rotations()) {
            assertTrue(contains(g, a.inverse()), g + ": inverse of " + a.axisAngle());
            for (Orientation b : g.rotations()) {
                assertTrue(contains(g, a.multiply(b)), g + ": " + a.axisAngle() + " · " + b.axisAngle());
            }
        }
        assertTrue(g.rotations().get(0).angle() < 1e-12, "identity first");
    }

    private static boolean contains(LaueGroup g, Orientation o) {
        return g.rotations().stream().anyMatch(s -> s.equalsWithin(o, 1e-6));
    }

    @ParameterizedTest
    @EnumSource(LaueGroup.class)
    void equivalentEulerTriplesAreTheSameCrystal(LaueGroup g) {
        UniformOrientations random = new UniformOrientations(11 + g.ordinal());
        for (int trial = 0; trial < 20; trial++) {
            Orientation o = random.next();
            List<Orientation> distinct = new ArrayList<>();
            for (Orientation e : g.equivalents(o)) {
                double[] euler = e.bunge();
                Orientation back = Orientation.fromBunge(euler[0], euler[1], euler[2]);
                assertEquals(0, Misorientation.disorientationAngle(o, back, g), 1e-4, g + " " + o + " vs " + back);
                assertEquals(0, Misorientation.disorientation(o, back, g).angle(), 1e-4);
                if (distinct.stream().noneMatch(d -> d.equalsWithin(back, 1e-6))) {
                    distinct.add(back);
                }
                // the same crystal directions: g'·v = S·(g·v)
            }
            assertEquals(g.order(), distinct.size(), g + ": distinct equivalent Euler triples");
        }
    }

    @Test
    void equivalentOrientationIsSTimesG() {
        Orientation g = Orientation.fromBunge(12, 34, 56);
        Orientation s = LaueGroup.M_BAR_3_M.rotations().get(5);
        Orientation e = LaueGroup.M_BAR_3_M.equivalents(g).get(5);
        double[][] sm = s.crystalToSample();
        double[][] gm = g.matrix();
        double[][] em = e.matrix();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double v = 0;
                for (int k = 0; k < 3; k++) {
                    v += sm[i][k] * gm[k][j];
                }
                assertEquals(v, em[i][j], 1e-12);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LaueGroup.class)
    void fundamentalZoneHasTheSmallestAngleAndIsUnique(LaueGroup g) {
        UniformOrientations random = new UniformOrientations(3);
        for (int trial = 0; trial < 200; trial++) {
            Orientation o = random.next();
            Orientation fz = g.toFundamentalZone(o);
            assertTrue(g.inFundamentalZone(fz));
            for (Orientation e : g.equivalents(o)) {
                assertTrue(fz.angle() <= e.angle() + 1e-9);
                assertTrue(fz.equalsWithin(g.toFundamentalZone(e), 1e-9), "the same representative from every equivalent");
            }
            assertEquals(0, Misorientation.disorientationAngle(o, fz, g), 1e-4);
        }
        // deterministic tie: 90° about [001] in m-3m is the identity's equivalent and reduces to it
        assertTrue(LaueGroup.M_BAR_3_M.toFundamentalZone(Orientation.fromBunge(90, 0, 0)).angle() < 1e-9);
        // on the boundary (45° about [001]), both equivalents 45° and -45° give one answer
        Orientation plus = LaueGroup.M_BAR_3_M.toFundamentalZone(Orientation.fromBunge(45, 0, 0));
        Orientation minus = LaueGroup.M_BAR_3_M.toFundamentalZone(Orientation.fromBunge(-45, 0, 0));
        assertTrue(plus.equalsWithin(minus, 1e-9));
        assertEquals(45, plus.angle(), 1e-9);
    }

    @Test
    void namesParse() {
        assertSame(LaueGroup.M_BAR_3_M, LaueGroup.parse("m-3m"));
        assertSame(LaueGroup.M_BAR_3_M, LaueGroup.parse("cubic"));
        assertSame(LaueGroup.M_BAR_3_M, LaueGroup.parse("m3m"));
        assertSame(LaueGroup.M_BAR_3_M, LaueGroup.parse("Oh"));
        assertSame(LaueGroup.M_BAR_3_M, LaueGroup.parse("-43m"));
        assertSame(LaueGroup.M_BAR_3_M, LaueGroup.parse("Fm-3m"));
        assertSame(LaueGroup.M_BAR_3, LaueGroup.parse("m-3"));
        assertSame(LaueGroup.M_BAR_3, LaueGroup.parse("Pa-3"));
        assertSame(LaueGroup.SIX_OVER_MMM, LaueGroup.parse("hexagonal"));
        assertSame(LaueGroup.SIX_OVER_MMM, LaueGroup.parse("6/mmm"));
        assertSame(LaueGroup.SIX_OVER_MMM, LaueGroup.parse("P6_3/mmc"));
        assertSame(LaueGroup.SIX_OVER_MMM, LaueGroup.parse("P 63/m m c"));
        assertSame(LaueGroup.BAR_3_M, LaueGroup.parse("R-3m"));
        assertSame(LaueGroup.BAR_3_M, LaueGroup.parse("trigonal"));
        assertSame(LaueGroup.BAR_3, LaueGroup.parse("R-3"));
        assertSame(LaueGroup.FOUR_OVER_MMM, LaueGroup.parse("I4_1/amd"));
        assertSame(LaueGroup.FOUR_OVER_M, LaueGroup.parse("I4_1/a"));
        assertSame(LaueGroup.MMM, LaueGroup.parse("Pnma"));
        assertSame(LaueGroup.TWO_OVER_M, LaueGroup.parse("P2_1/c"));
        assertSame(LaueGroup.BAR_1, LaueGroup.parse("P-1"));
        assertSame(LaueGroup.SIX_OVER_M, LaueGroup.parse("C6h"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> LaueGroup.parse("m-4m"));
        assertTrue(ex.getMessage().contains("unknown Laue class 'm-4m'"), ex.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaueGroup.parse(" ")).getMessage().contains("no Laue class"));
    }

    @Test
    void fromSpaceGroupNumberAndOperations() {
        int[][] firstAndLast = {{1, 2}, {3, 15}, {16, 74}, {75, 88}, {89, 142}, {143, 148}, {149, 167}, {168, 176}, {177, 194},
            {195, 206}, {207, 230}};
        for (LaueGroup g : LaueGroup.values()) {
            for (int n : firstAndLast[g.ordinal()]) {
                assertSame(g, LaueGroup.ofSpaceGroup(n), "No. " + n);
                SpaceGroup sg = SpaceGroups.byNumber(n);
                assertSame(g, LaueGroup.of(sg));
                // the same group known only by its operations (as from a CIF without a number)
                assertSame(g, LaueGroup.of(new SpaceGroup(0, "", sg.operations())), "operations of No. " + n);
            }
        }
        for (SpaceGroup sg : SpaceGroups.all()) {
            assertSame(LaueGroup.of(sg), LaueGroup.of(new SpaceGroup(0, "", sg.operations())), sg.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> LaueGroup.ofSpaceGroup(231));
    }

    @ParameterizedTest
    @EnumSource(LaueGroup.class)
    void standardTriangleHoldsExactlyOneOfEachSetOfEquivalentDirections(LaueGroup g) {
        StandardTriangle t = g.standardTriangle();
        UniformOrientations random = new UniformOrientations(5);
        for (int trial = 0; trial < 300; trial++) {
            double[] d = random.next().toSample(new double[] {0, 0, 1});
            double[] r = t.reduce(d);
            assertTrue(t.contains(r));
            int inside = 0;
            for (Orientation s : g.rotations()) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    double[] e = s.toSample(d);
                    double[] image = {sign * e[0], sign * e[1], sign * e[2]};
                    inside += t.contains(image) ? 1 : 0;
                    double[] again = t.reduce(image);
                    for (int i = 0; i < 3; i++) {
                        assertEquals(r[i], again[i], 1e-9);
                    }
                }
            }
            assertEquals(1, inside, g + ": images of a general direction inside the triangle");
        }
        assertFalse(LaueGroup.M_BAR_3_M.standardTriangle().contains(new double[] {1, 1, 0}));
        assertEquals(54.7356, LaueGroup.M_BAR_3_M.standardTriangle().maxPolarAngle(45), 1e-4);
    }
}
