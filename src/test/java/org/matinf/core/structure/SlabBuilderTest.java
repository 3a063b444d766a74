package org.matinf.core.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.matinf.core.element.Element;
import org.matinf.testutil.TestData;

/** Invariants of slabs for many structures and planes, plus hand-worked hexagonal cases. */
class SlabBuilderTest {
    private static final double EPS = 1e-8;
    private static final double TIE = 1e-7;
    private static final int BOX = 6;

    static Stream<Arguments> cases() {
        String[] files = {"elements_cod/Cu.cif", "handmade/NaCl_B1_conv.vasp", "elements_cod/Si.cif",
            "handmade/ZnO_wurtzite.vasp", "handmade/MoS2_2H.vasp", "handmade/TiO2_rutile.vasp",
            "handmade/CaTiO3_Pbnm.vasp", "pymatgen/LiFePO4.vasp", "pymatgen/Bi_mp-23152_prim.cif",
            "pymatgen/Al2O3_corundum_hex.vasp"};
        int[][] planes = {{0, 0, 1}, {1, 0, 0}, {1, 1, 0}, {1, 1, 1}, {1, -1, 0}, {-1, 1, 2}, {2, 1, 0},
            {1, 0, -1}, {2, -1, 3}, {0, -1, 0}, {3, 2, 1}, {-1, -1, -1}};
        double[][] sizes = {{10, 15}, {7.5, 12}, {4, 0}};
        List<Arguments> out = new ArrayList<>();
        int i = 0;
        for (String f : files) {
            for (int[] p : planes) {
                double[] size = sizes[i++ % sizes.length];
                out.add(Arguments.of(f, p, size[0], size[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} slab {2} vacuum {3}")
    @MethodSource("cases")
    void slabInvariants(String file, int[] hkl, double minSlab, double minVacuum) {
        Structure bulk = TestData.structure(file);
        Slab slab = new SlabBuilder(bulk, hkl[0], hkl[1], hkl[2]).minSlabThickness(minSlab).minVacuum(minVacuum).build();
        int[] m = SurfaceBasis.reducedMiller(hkl);
        checkOrientedCell(bulk.lattice(), m, slab.transformation());

        double d = bulk.lattice().dSpacing(m[0], m[1], m[2]);
        assertEquals(d, slab.cellHeight(), 1e-9, "cell height = d(hkl)");
        assertEquals((int) Math.ceil(minSlab / d), slab.slabCells());
        assertEquals((int) Math.ceil(minVacuum / d), slab.vacuumCells());
        assertTrue(slab.slabThickness() >= minSlab, "slab thickness");
        assertTrue(slab.vacuumGap() >= minVacuum - EPS, "vacuum gap " + slab.vacuumGap());
        assertTrue(slab.vacuumGap() >= slab.vacuumThickness() - EPS, "gap includes the vacuum cells");

        Structure s = slab.structure();
        assertEquals(bulk.numSites(), slab.orientedCell().numSites());
        assertEquals(slab.slabCells() * bulk.numSites(), s.numSites(), "atoms = cells x oriented cell");
        for (Element e : bulk.composition().elements()) {
            assertEquals(bulk.composition().atomicFraction(e), s.composition().atomicFraction(e), 1e-12, e.toString());
        }

        double[] g = Vec3.unit(bulk.lattice().reciprocalVector(m[0], m[1], m[2]));
        assertArrayEquals(g, slab.normal(), 1e-9, "normal along G(hkl)");
        Lattice lat = s.lattice();
        assertEquals(90, lat.alpha(), 1e-9);
        assertEquals(90, lat.beta(), 1e-9);
        assertArrayEquals(new double[] {0, 0, (slab.slabCells() + slab.vacuumCells()) * d}, lat.vector(2), 1e-9);
        double[][] r = slab.rotation();
        assertEquals(1.0, Mat3.determinant(r), 1e-12, "proper rotation");
        assertArrayEquals(Mat3.identity()[0], Mat3.times(Mat3.multiply(r, Mat3.transpose(r)), Mat3.identity()[0]), 1e-12);
        double[][] ouc = slab.orientedCell().lattice().matrix();
        assertArrayEquals(Mat3.times(r, ouc[0]), lat.vector(0), 1e-9, "slab a = rotated oriented-cell a");
        assertArrayEquals(Mat3.times(r, ouc[1]), lat.vector(1), 1e-9, "slab b = rotated oriented-cell b");

        double lo = 1;
        double hi = 0;
        for (Site site : s.sites()) {
            for (int k = 0; k < 3; k++) {
                assertTrue(site.frac(k) >= 0 && site.frac(k) < 1, "wrapped " + site);
            }
            lo = Math.min(lo, site.frac(2));
            hi = Math.max(hi, site.frac(2));
        }
        assertEquals(0.5, (lo + hi) / 2, 1e-9, "centred");
        assertEquals((hi - lo) * lat.c(), slab.atomLayerThickness(), 1e-9);
        assertEquals(slab.slabThickness() - slab.atomLayerThickness(), slab.vacuumGap() - slab.vacuumThickness(), 1e-9);
        checkCutFromBulk(bulk, slab);
    }

    /** Integer cell: det ±1, a and b in the plane and shortest, c of index 1 and nearest the normal. */
    private static void checkOrientedCell(Lattice lattice, int[] m, int[][] t) {
        double[][] td = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                td[i][j] = t[i][j];
            }
        }
        assertEquals(1.0, Mat3.determinant(td), 1e-9, "det (bulk is right-handed)");
        assertEquals(0, dot(m, t[0]));
        assertEquals(0, dot(m, t[1]));
        assertEquals(1, dot(m, t[2]));
        double[] a = lattice.toCartesian(td[0]);
        double[] b = lattice.toCartesian(td[1]);
        double[] n = Vec3.unit(lattice.reciprocalVector(m[0], m[1], m[2]));
        // near-ties (POSCARs round hexagonal cells to 8 decimals) count as ties: relative 1e-7
        assertTrue(Vec3.norm(a) <= Vec3.norm(b) * (1 + TIE), "|a| <= |b|");
        assertTrue(Math.abs(Vec3.dot(a, b)) <= Vec3.dot(a, a) * (0.5 + TIE), "Gauss-reduced");
        double shortest = Double.POSITIVE_INFINITY;
        double secondShortest = Double.POSITIVE_INFINITY;
        double leastTilt = Double.POSITIVE_INFINITY;
        for (int u = -BOX; u <= BOX; u++) {
            for (int v = -BOX; v <= BOX; v++) {
                for (int w = -BOX; w <= BOX; w++) {
                    int[] uvw = {u, v, w};
                    double[] x = lattice.toCartesian(new double[] {u, v, w});
                    if (dot(m, uvw) == 0 && (u != 0 || v != 0 || w != 0)) {
                        shortest = Math.min(shortest, Vec3.norm(x));
                        if (Vec3.norm(Vec3.cross(x, a)) > 1e-6) {
                            secondShortest = Math.min(secondShortest, Vec3.norm(x));
                        }
                    } else if (dot(m, uvw) == 1) {
                        leastTilt = Math.min(leastTilt, Vec3.norm(Vec3.sub(x, Vec3.scale(n, Vec3.dot(x, n)))));
                    }
                }
            }
        }
        assertEquals(shortest, Vec3.norm(a), TIE * shortest, "a is the shortest in-plane vector");
        assertEquals(secondShortest, Vec3.norm(b), TIE * secondShortest, "b is the shortest one not parallel to a");
        double[] c = lattice.toCartesian(td[2]);
        assertEquals(leastTilt, Vec3.norm(Vec3.sub(c, Vec3.scale(n, Vec3.dot(c, n)))), TIE * shortest + 1e-12,
                "c nearest the normal");
    }

    /** Every slab atom sits on a bulk site of the same species after one common translation. */
    private static void checkCutFromBulk(Structure bulk, Slab slab) {
        Structure s = slab.structure();
        double[][] back = Mat3.transpose(slab.rotation());
        double[] first = Mat3.times(back, s.cartesian(0));
        for (int j = 0; j < bulk.numSites(); j++) {
            if (!bulk.site(j).species().equals(s.site(0).species())) {
                continue;
            }
            double[] shift = Vec3.sub(bulk.cartesian(j), first);
            boolean all = true;
            for (int i = 0; i < s.numSites() && all; i++) {
                all = onBulkSite(bulk, Vec3.add(Mat3.times(back, s.cartesian(i)), shift), s.site(i));
            }
            if (all) {
                for (int i = 0; i < s.numSites(); i++) {
                    for (int k = i + 1; k < s.numSites(); k++) {
                        assertTrue(s.distance(i, k) > 0.5, "atoms " + i + " and " + k + " coincide");
                    }
                }
                return;
            }
        }
        fail("The slab is not a translated piece of the bulk");
    }

    private static boolean onBulkSite(Structure bulk, double[] cart, Site site) {
        double[] f = bulk.lattice().toFractional(cart);
        for (Site b : bulk.sites()) {
            double[] diff = Vec3.sub(f, b.frac());
            double[] frac = {diff[0] - Math.rint(diff[0]), diff[1] - Math.rint(diff[1]), diff[2] - Math.rint(diff[2])};
            if (b.species().equals(site.species()) && Vec3.norm(bulk.lattice().toCartesian(frac)) < 1e-6) {
                return true;
            }
        }
        return false;
    }

    private static int dot(int[] m, int[] v) {
        return m[0] * v[0] + m[1] * v[1] + m[2] * v[2];
    }

    @Test
    void hexagonalBasalPlaneKeepsTheBulkCell() {
        Structure zno = TestData.structure("handmade/ZnO_wurtzite.vasp");
        Slab slab = new SlabBuilder(zno, 0, 0, 1).minSlabThickness(10).minVacuum(15).build();
        assertArrayEquals(new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, slab.transformation());
        // c = 5.2066: ceil(10 / c) = 2 cells of 4 atoms, ceil(15 / c) = 3 cells of vacuum
        assertEquals(8, slab.structure().numSites());
        assertEquals(3.2498, slab.structure().lattice().a(), 1e-6);
        assertEquals(3.2498, slab.structure().lattice().b(), 1e-6);
        assertEquals(120.0, slab.structure().lattice().gamma(), 1e-6);
        assertEquals(5 * 5.2066, slab.structure().lattice().c(), 1e-6);
        assertEquals(2 * 5.2066, slab.slabThickness(), 1e-6);
    }

    @Test
    void hexagonalPrismPlane() {
        Structure zno = TestData.structure("handmade/ZnO_wurtzite.vasp");
        Slab slab = new SlabBuilder(zno, 1, 0, 0).minSlabThickness(10).minVacuum(15).build();
        // in-plane: b (3.2498) and c (5.2066); out of plane: a, tilted as little as a + b (ties go to a)
        assertArrayEquals(new int[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}, slab.transformation());
        double d = 3.2498 * Math.sqrt(3) / 2;
        assertEquals(d, slab.cellHeight(), 1e-6);
        assertEquals(4, slab.slabCells());
        assertEquals(6, slab.vacuumCells());
        assertEquals(16, slab.structure().numSites());
        assertEquals(5.2066, slab.structure().lattice().b(), 1e-6);
        assertEquals(90.0, slab.structure().lattice().gamma(), 1e-6);
        assertEquals(10 * d, slab.structure().lattice().c(), 1e-6);
    }

    @Test
    void oppositeFacesAndMultiplesOfIndices() {
        Structure cu = TestData.structure("elements_cod/Cu.cif");
        Slab up = new SlabBuilder(cu, 1, 1, 1).build();
        Slab down = new SlabBuilder(cu, -1, -1, -1).build();
        Slab twice = new SlabBuilder(cu, 2, 2, 2).build();
        assertArrayEquals(new int[] {1, 1, 1}, twice.miller());
        assertArrayEquals(up.transformation(), twice.transformation());
        assertArrayEquals(Vec3.scale(up.normal(), -1), down.normal(), 1e-12);
        assertEquals(up.structure().numSites(), down.structure().numSites());
        assertEquals(up.atomLayerThickness(), down.atomLayerThickness(), 1e-9);
        assertEquals(up.structure().lattice().c(), down.structure().lattice().c(), 1e-9);
    }

    @Test
    void explicitShiftAndPlaneTolerance() {
        Structure si = TestData.structure("elements_cod/Si.cif");
        double h = 5.4307 / Math.sqrt(3);
        // Si (1 1 1): bilayers; the widest gap (3/4 of d) lies between bilayers, cut at 0.375
        Slab auto = new SlabBuilder(si, 1, 1, 1).build();
        assertEquals(0.375, auto.shift(), 1e-9);
        assertEquals(4 * h - 0.75 * h, auto.atomLayerThickness(), 1e-9);
        // cutting inside a bilayer leaves single-bonded atoms on both faces and a thinner slab
        Slab inside = new SlabBuilder(si, 1, 1, 1).shift(0.875).build();
        assertEquals(4 * h - 0.25 * h, inside.atomLayerThickness(), 1e-9);
        // with a 1 Å plane tolerance each bilayer (0.78 Å thick) counts as one plane
        Slab merged = new SlabBuilder(si, 1, 1, 1).planeTolerance(1.0).build();
        assertEquals(0.375, merged.shift(), 1e-9);
        assertEquals(-0.625 + 1, new SlabBuilder(si, 1, 1, 1).shift(-0.625).build().shift(), 1e-12);
    }

    @Test
    void leftHandedBulkGivesRightHandedSlab() {
        Structure cu = TestData.structure("elements_cod/Cu.cif");
        double a = cu.lattice().a();
        Structure left = new Structure(new Lattice(new double[][] {{0, a, 0}, {a, 0, 0}, {0, 0, a}}), cu.sites());
        assertTrue(!left.lattice().isRightHanded());
        Slab slab = new SlabBuilder(left, 1, 1, 0).build();
        double[][] t = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                t[i][j] = slab.transformation()[i][j];
            }
        }
        assertEquals(-1.0, Mat3.determinant(t), 1e-12);
        assertTrue(slab.orientedCell().lattice().isRightHanded());
        assertTrue(slab.structure().lattice().isRightHanded());
        assertArrayEquals(new double[] {Math.sqrt(0.5), Math.sqrt(0.5), 0}, slab.normal(), 1e-12);
        assertEquals(16, slab.structure().numSites());
        assertEquals(8.946569554013427, slab.atomLayerThickness(), 1e-4, "as pymatgen's Cu (1 1 0)");
    }

    @Test
    void rejectsBadInput() {
        Structure cu = TestData.structure("elements_cod/Cu.cif");
        assertThrows(IllegalArgumentException.class, () -> new SlabBuilder(cu, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SlabBuilder(cu, 1, 0, 0).minSlabThickness(0));
        assertThrows(IllegalArgumentException.class, () -> new SlabBuilder(cu, 1, 0, 0).minSlabThickness(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new SlabBuilder(cu, 1, 0, 0).minVacuum(-1));
        assertThrows(IllegalArgumentException.class, () -> new SlabBuilder(cu, 1, 0, 0).shift(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new SlabBuilder(cu, 1, 0, 0).planeTolerance(-0.1));
        assertThrows(IllegalArgumentException.class,
                () -> new SlabBuilder(new Structure(cu.lattice(), cu.sites(), false, "molecule"), 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SlabBuilder(cu, 1, 0, 0).minSlabThickness(1e9).build());
        assertThrows(IllegalArgumentException.class, () -> SurfaceBasis.reducedMiller(new int[] {1, 0}));
    }
}
