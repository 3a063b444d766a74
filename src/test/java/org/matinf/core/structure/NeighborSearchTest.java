package org.matinf.core.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matinf.core.element.Element;
import org.matinf.testutil.TestData;

class NeighborSearchTest {

    /** A random structure in a random (possibly very skewed) cell. */
    private static Structure random(Random rnd, int n) {
        Lattice l = Lattice.fromParameters(2 + 8 * rnd.nextDouble(), 2 + 8 * rnd.nextDouble(), 2 + 8 * rnd.nextDouble(),
                50 + 80 * rnd.nextDouble(), 50 + 80 * rnd.nextDouble(), 50 + 80 * rnd.nextDouble());
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // coordinates outside [0,1) too, to exercise the image bookkeeping
            sites.add(Site.of(Element.of("Si"), 3 * rnd.nextDouble() - 1, 3 * rnd.nextDouble() - 1, 3 * rnd.nextDouble() - 1));
        }
        return new Structure(l, sites);
    }

    /** Brute force over a generous block of images: the definition the fast search must meet. */
    private static List<String> bruteForce(Structure s, double r, int i) {
        List<String> out = new ArrayList<>();
        double[] fi = s.site(i).frac();
        int reach = 12;
        for (int j = 0; j < s.numSites(); j++) {
            double[] fj = s.site(j).frac();
            for (int a = -reach; a <= reach; a++) {
                for (int b = -reach; b <= reach; b++) {
                    for (int c = -reach; c <= reach; c++) {
                        double[] d = s.lattice().toCartesian(new double[] {fj[0] + a - fi[0], fj[1] + b - fi[1], fj[2] + c - fi[2]});
                        double dist = Vec3.norm(d);
                        if (dist <= r && dist > NeighborSearch.SELF_TOLERANCE) {
                            out.add(j + ":" + a + "," + b + "," + c);
                        }
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void findsExactlyTheBruteForcePairsInSkewedCells() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 12; trial++) {
            Structure s = random(rnd, 1 + rnd.nextInt(6));
            double r = 1 + 6 * rnd.nextDouble();
            NeighborList nl = s.neighbors(r);
            for (int i = 0; i < s.numSites(); i++) {
                List<String> fast = new ArrayList<>();
                double last = 0;
                for (NeighborList.Neighbor nb : nl.of(i)) {
                    int[] im = nb.image();
                    fast.add(nb.index() + ":" + im[0] + "," + im[1] + "," + im[2]);
                    assertTrue(nb.distance() >= last, "sorted by distance");
                    last = nb.distance();
                    double[] fj = s.site(nb.index()).frac();
                    double[] fi = s.site(i).frac();
                    double[] d = s.lattice().toCartesian(new double[] {fj[0] + im[0] - fi[0], fj[1] + im[1] - fi[1], fj[2] + im[2] - fi[2]});
                    assertEquals(Vec3.norm(d), nb.distance(), 1e-9);
                }
                fast.sort(null);
                assertEquals(bruteForce(s, r, i), fast, "trial " + trial + " site " + i + " r=" + r + " " + s.lattice());
            }
        }
    }

    @Test
    void moleculesHaveNoImages() {
        Lattice box = Lattice.cubic(3);
        List<Site> sites = List.of(Site.of(Element.of("O"), 0, 0, 0), Site.of(Element.of("H"), 0.3, 0, 0),
                Site.of(Element.of("H"), 0.9, 0, 0));
        Structure mol = new Structure(box, sites, false, "water-ish");
        NeighborList nl = mol.neighbors(1.0);
        assertEquals(1, nl.count(0));
        assertEquals(0.9, nl.of(0).get(0).distance(), 1e-12);
        // periodic, the atom at x = 0.9 would be 0.3 Å from the origin
        assertEquals(2, new Structure(box, sites).neighbors(1.0).count(0));
    }

    @Test
    void rejectsNonPositiveRadius() {
        Structure s = new Structure(Lattice.cubic(3), List.of(Site.of(Element.of("Cu"), 0, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> s.neighbors(0));
        assertThrows(IllegalArgumentException.class, () -> s.neighbors(Double.NaN));
    }

    @Test
    void scalesToThousandsOfAtoms() {
        // 4000-atom fcc supercell: every atom has 12 nearest neighbours at a/sqrt(2)
        double a = 3.615;
        Structure cu = new Structure(Lattice.cubic(a), List.of(Site.of(Element.of("Cu"), 0, 0, 0),
                Site.of(Element.of("Cu"), 0.5, 0.5, 0), Site.of(Element.of("Cu"), 0.5, 0, 0.5), Site.of(Element.of("Cu"), 0, 0.5, 0.5)));
        Structure big = cu.supercell(10, 10, 10);
        assertEquals(4000, big.numSites());
        long t0 = System.nanoTime();
        NeighborList nl = big.neighbors(3.0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(4000 * 12, nl.size());
        for (int i = 0; i < big.numSites(); i += 97) {
            assertEquals(12, nl.count(i));
            assertEquals(a / Math.sqrt(2), nl.of(i).get(0).distance(), 1e-9);
        }
        assertTrue(seconds < 5, "4000-atom search took " + seconds + " s");
    }

    static Stream<JsonNode> referenceCases() {
        return TestData.jsonCases("neighbors.json", "neighbors");
    }

    /** The library structure a case of neighbors.json names. */
    private static Structure structureOf(JsonNode c) {
        return TestData.structure(c.get("file").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void matchesPymatgenGetAllNeighbors(JsonNode c) {
        Structure s = structureOf(c);
        JsonNode sc = TestData.py(c.get("supercell"));
        if (!sc.isNull()) {
            s = s.supercell(sc.get(0).asInt(), sc.get(1).asInt(), sc.get(2).asInt());
        }
        assertEquals(c.get("nsites").asInt(), s.numSites());
        for (JsonNode rc : TestData.py(c.get("radii"))) {
            double r = rc.get("r").asDouble();
            NeighborList nl = s.neighbors(r);
            assertEquals(rc.get("total_pairs_get_all_neighbors").asInt(), nl.size(), c.get("label") + " r=" + r);
            for (JsonNode site : rc.get("sites")) {
                int i = site.get("index").asInt();
                double[] expected = TestData.vector(site.get("distances"));
                double[] actual = nl.of(i).stream().mapToDouble(NeighborList.Neighbor::distance).toArray();
                Arrays.sort(expected);
                assertEquals(expected.length, actual.length, c.get("label") + " r=" + r + " site " + i);
                for (int k = 0; k < actual.length; k++) {
                    assertEquals(expected[k], actual[k], 2e-6, c.get("label") + " r=" + r + " site " + i);
                }
            }
        }
    }

    static Stream<JsonNode> supercellCases() {
        return TestData.jsonCases("neighbors.json", "supercells");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supercellCases")
    void supercellsMatchPymatgen(JsonNode c) {
        Structure s = structureOf(c);
        JsonNode mj = TestData.py(c.get("matrix"));
        int[][] m = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = mj.get(i).get(j).asInt();
            }
        }
        Structure sc = s.supercell(m);
        String label = c.get("file").asText() + " " + mj;
        assertEquals(c.get("nsites").asInt(), sc.numSites(), label);
        assertEquals(c.get("formula").asText(), sc.formula(), label);
        assertEquals(c.get("reduced_formula").asText(), sc.reducedFormula(), label);
        JsonNode lat = TestData.py(c.get("lattice"));
        double[][] expected = TestData.matrix(lat.get("matrix"));
        double[][] actual = sc.lattice().matrix();
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-9, label);
        }
        assertEquals(lat.get("volume").asDouble(), sc.volume(), 1e-8, label);
        // no two sites of the supercell coincide
        NeighborList nl = sc.neighbors(0.5);
        assertEquals(0, nl.size(), label);
    }
}
