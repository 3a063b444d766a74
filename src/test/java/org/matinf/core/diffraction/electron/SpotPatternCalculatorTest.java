package org.matinf.core.diffraction.electron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** The physics of the Ewald (default) mode of {@link SpotPatternCalculator}. */
class SpotPatternCalculatorTest {
    private static final SpotPatternCalculator STANDARD = SpotPatternCalculator.standard();

    private static Map<String, DiffractionSpot> byHkl(List<DiffractionSpot> spots) {
        Map<String, DiffractionSpot> m = new HashMap<>();
        for (DiffractionSpot s : spots) {
            m.put(s.h() + " " + s.k() + " " + s.l(), s);
        }
        return m;
    }

    @Test
    void aluminium001IsTheSquareNetOf200And220() {
        Structure al = TestData.structure("elements_cod/Al.cif");
        double a = al.lattice().a();
        List<DiffractionSpot> spots = STANDARD.calculate(al, new ZoneAxis(0, 0, 1));
        Map<String, DiffractionSpot> m = byHkl(spots);
        for (DiffractionSpot s : spots) {
            assertEquals(0, s.l(), "only the zero-order Laue zone is excited at 200 kV: " + s);
            assertTrue(s.h() % 2 == 0 && s.k() % 2 == 0, "fcc: no reflection with odd indices in [001]: " + s);
        }
        for (String absent : new String[] {"1 0 0", "0 1 0", "1 1 0", "1 -1 0", "3 1 0"}) {
            assertFalse(m.containsKey(absent), "kinematically forbidden (" + absent + ")");
        }
        DiffractionSpot s200 = m.get("2 0 0");
        DiffractionSpot s020 = m.get("0 2 0");
        DiffractionSpot s220 = m.get("2 2 0");
        // x along (1 0 0), y along (0 1 0): the [001] frame of a cubic crystal is the identity.
        assertEquals(2 / a, s200.gx(), 1e-12);
        assertEquals(0, s200.gy(), 1e-12);
        assertEquals(0, s020.gx(), 1e-12);
        assertEquals(2 / a, s020.gy(), 1e-12);
        assertEquals(2 / a, s220.gx(), 1e-12);
        assertEquals(2 / a, s220.gy(), 1e-12);
        assertEquals(a / 2, s200.d(), 1e-12);
        assertEquals(1.0, s200.relativeIntensity(), 1e-12, "{200} is the strongest spot");
        for (String e : new String[] {"0 2 0", "-2 0 0", "0 -2 0"}) {
            assertEquals(s200.intensity(), m.get(e).intensity(), 1e-9 * s200.intensity(), "four-fold axis: " + e);
        }
        assertTrue(s220.relativeIntensity() < 1 && s220.relativeIntensity() > 0.05, "{220}: " + s220);
        // Every spot of the Ewald mode carries |F|² times the (Gaussian) relrod factor at its own s.
        ReflectionSet set = STANDARD.reflections(al);
        for (DiffractionSpot s : spots) {
            double f2 = set.intensity(set.indexOf(s.h(), s.k(), s.l()));
            assertEquals(f2 * RelrodShape.GAUSSIAN.factor(s.excitationError(), 100), s.intensity(), 1e-12 * f2);
        }
    }

    @Test
    void silicon110ShowsThe111And220And004ButNot002() {
        Structure si = TestData.structure("elements_cod/Si.cif");
        List<DiffractionSpot> spots = STANDARD.calculate(si, new ZoneAxis(1, 1, 0));
        Map<String, DiffractionSpot> m = byHkl(spots);
        for (String present : new String[] {"1 -1 1", "-1 1 1", "1 -1 -1", "-1 1 -1", "2 -2 0", "-2 2 0", "0 0 4", "0 0 -4",
            "1 -1 3", "2 -2 4"}) {
            assertTrue(m.containsKey(present), "(" + present + ") in Si [110]");
        }
        for (String absent : new String[] {"0 0 2", "0 0 -2", "1 -1 0", "2 -2 2", "0 0 6"}) {
            assertFalse(m.containsKey(absent), "(" + absent + ") is kinematically forbidden in diamond");
        }
        for (DiffractionSpot s : spots) {
            assertEquals(0, s.h() + s.k(), "zero-order Laue zone of [110]: " + s);
        }
        DiffractionSpot s111 = m.get("1 -1 1");
        DiffractionSpot s004 = m.get("0 0 4");
        double angle = Math.toDegrees(Math.atan2(Math.abs(s111.gx() * s004.gy() - s111.gy() * s004.gx()),
                s111.gx() * s004.gx() + s111.gy() * s004.gy()));
        assertEquals(Math.toDegrees(Math.acos(1 / Math.sqrt(3))), angle, 1e-9, "angle (1-11)^(004)");
        assertEquals(1.0, s111.relativeIntensity(), 1e-12, "{111} is the strongest spot of Si [110]");
        // The exact plate (sinc²) of 10 nm has its first zero at |s| = 1/t = 0.01 1/Å, where (2 -2 4) lies at 200 kV.
        DiffractionSpot s224 = m.get("2 -2 4");
        assertEquals(-0.0102, s224.excitationError(), 1e-4);
        SpotPatternCalculator plate = SpotPatternCalculator.builder().relrod(RelrodShape.SINC).build();
        assertFalse(byHkl(plate.calculate(si, new ZoneAxis(1, 1, 0))).containsKey("2 -2 4"));
    }

    @Test
    void excitationErrorFollowsTheEwaldSphere() {
        Structure al = TestData.structure("elements_cod/Al.cif");
        ReflectionSet set = STANDARD.reflections(al);
        double lambda = STANDARD.wavelength();
        double k = 1 / lambda;
        // Exact zone axis: s = sqrt(k² - g²) - k, about -λg²/2.
        List<DiffractionSpot> zone = STANDARD.calculate(set, new ZoneAxis(0, 0, 1));
        for (DiffractionSpot s : zone) {
            assertEquals(Math.sqrt(k * k - s.g() * s.g()) - k, s.excitationError(), 1e-14);
            assertEquals(-lambda * s.g() * s.g() / 2, s.excitationError(), 1e-3 * lambda * s.g() * s.g());
        }
        // Tilting the crystal by the Bragg angle of (2 0 0) about y puts (2 0 0) on the sphere.
        double g200 = 2 / al.lattice().a();
        double bragg = Math.asin(lambda * g200 / 2);
        Orientation exact = tilted(SpotPatternCalculator.orientation(al.lattice(), new ZoneAxis(0, 0, 1)), 0, Math.toDegrees(bragg));
        DiffractionSpot s200 = byHkl(STANDARD.calculate(set, exact)).get("2 0 0");
        assertEquals(0, s200.excitationError(), 1e-12, "(2 0 0) at its Bragg angle");
        assertEquals(set.intensity(set.indexOf(2, 0, 0)), s200.intensity(), 1e-9, "shape factor 1 at s = 0");
        // Tilting 5° away from the zone axis leaves only the spots near the tilt axis.
        List<DiffractionSpot> off = STANDARD.calculate(set, tilted(SpotPatternCalculator.orientation(al.lattice(), new ZoneAxis(0, 0, 1)), 5, 0));
        assertTrue(off.size() < zone.size() / 2, off.size() + " spots 5° off [001], " + zone.size() + " on it");
        for (DiffractionSpot s : off) {
            assertTrue(Math.abs(s.excitationError()) <= STANDARD.maxExcitationError(), "s beyond the cut-off: " + s);
        }
        assertFalse(byHkl(off).containsKey("0 2 0"), "(0 2 0), perpendicular to the tilt axis, leaves the sphere");
        assertTrue(byHkl(off).containsKey("2 0 0"), "(2 0 0), on the tilt axis, stays");
    }

    @Test
    void thickerSpecimensHaveNarrowerRelrodsAndFewerSpots() {
        Structure al = TestData.structure("elements_cod/Al.cif");
        double[] thickness = {2, 10, 50, 250};
        ReflectionSet set = STANDARD.reflections(al);
        Random random = new Random(3);
        int[][] total = new int[2][thickness.length];
        for (int trial = 0; trial < 50; trial++) {
            Orientation o = Orientation.fromBunge(360 * random.nextDouble(), 180 * random.nextDouble(), 360 * random.nextDouble());
            for (RelrodShape shape : RelrodShape.values()) {
                for (int i = 0; i < thickness.length; i++) {
                    SpotPatternCalculator c = SpotPatternCalculator.builder().thickness(thickness[i]).relrod(shape)
                            .minRelativeIntensity(1e-3).build();
                    total[shape.ordinal()][i] += c.calculate(set, o).size();
                }
            }
        }
        int[] gauss = total[RelrodShape.GAUSSIAN.ordinal()];
        int[] sinc = total[RelrodShape.SINC.ordinal()];
        System.out.println("Al, 50 random orientations, spots at t = 2, 10, 50, 250 nm: gaussian " + java.util.Arrays.toString(gauss)
                + ", sinc " + java.util.Arrays.toString(sinc));
        assertTrue(gauss[0] > gauss[1] && gauss[1] > gauss[2] && gauss[2] > gauss[3], java.util.Arrays.toString(gauss));
        // Spot counts of single orientations need not fall monotonically (the strongest spot, which sets the relative
        // scale, may change with t; sinc² has side lobes), but over many orientations thin plates show more spots.
        assertTrue(sinc[0] > sinc[2] && sinc[0] > sinc[3], java.util.Arrays.toString(sinc));
        for (RelrodShape shape : RelrodShape.values()) {
            for (double t : new double[] {50, 200, 1000}) {
                double integral = 0;
                double ds = 1e-3 / t;
                for (double s = -2000 / t; s <= 2000 / t; s += ds) {
                    integral += shape.factor(s, t) * ds;
                }
                assertEquals(1 / t, integral, 2e-3 / t, shape + " integral at t = " + t + " Å");
                assertEquals(1, shape.factor(0, t), 0);
            }
        }
        assertEquals(0, RelrodShape.SINC.factor(1 / 100.0, 100), 1e-30, "first zero at s = 1/t");
        assertEquals(Math.exp(-Math.PI / 4), RelrodShape.GAUSSIAN.factor(0.5 / 100, 100), 1e-15);
    }

    @Test
    void patternsAreInvariantUnderTheCrystalsSymmetry() {
        // Si: three-fold axis along [111] (x, y, z) -> (y, z, x); Mg: six-fold axis along c.
        double c60 = 0.5;
        double s60 = Math.sqrt(3) / 2;
        check(TestData.structure("elements_cod/Si.cif"), new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
        check(TestData.structure("elements_cod/Si.cif"), new double[][] {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}});
        Structure mg = TestData.structure("elements_cod/Mg.cif");
        double[][] m = mg.lattice().matrix();
        assertEquals(0, m[2][0], 1e-9, "c along z");
        assertEquals(0, m[2][1], 1e-9, "c along z");
        check(mg, new double[][] {{c60, -s60, 0}, {s60, c60, 0}, {0, 0, 1}});
    }

    private static void check(Structure s, double[][] symmetry) {
        ReflectionSet set = SpotPatternCalculator.builder().thickness(5).build().reflections(s);
        SpotPatternCalculator calc = SpotPatternCalculator.builder().thickness(5).build();
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            Orientation o = Orientation.fromBunge(360 * random.nextDouble(), Math.toDegrees(Math.acos(2 * random.nextDouble() - 1)),
                    360 * random.nextDouble());
            double[][] sg = multiply(symmetry, o.matrix());
            List<double[]> a = sorted(calc.calculate(set, o));
            List<double[]> b = sorted(calc.calculate(set, Orientation.fromMatrix(sg)));
            assertEquals(a.size(), b.size(), s.formula() + " trial " + trial);
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.get(i), b.get(i), 1e-9, s.formula() + " trial " + trial + " spot " + i);
            }
        }
    }

    private static List<double[]> sorted(List<DiffractionSpot> spots) {
        List<double[]> out = new ArrayList<>();
        for (DiffractionSpot s : spots) {
            out.add(new double[] {Math.rint(s.gx() * 1e7) / 1e7, Math.rint(s.gy() * 1e7) / 1e7, s.g(), s.excitationError(),
                s.relativeIntensity()});
        }
        out.sort(Comparator.<double[]>comparingDouble(v -> v[0]).thenComparingDouble(v -> v[1]));
        return out;
    }

    @Test
    void zoneAxisFramesAreDeterministic() {
        Lattice cubic = TestData.structure("elements_cod/Al.cif").lattice();
        assertTrue(SpotPatternCalculator.orientation(cubic, new ZoneAxis(0, 0, 1)).equalsWithin(Orientation.identity(), 1e-9));
        assertArrayEquals(new int[] {1, 0, 0}, SpotPatternCalculator.inPlaneReference(cubic, new ZoneAxis(0, 1, 1)));
        assertArrayEquals(new int[] {1, 0, -1}, SpotPatternCalculator.inPlaneReference(cubic, new ZoneAxis(1, 1, 1)));
        assertArrayEquals(new int[] {1, 1, -1}, SpotPatternCalculator.inPlaneReference(cubic, new ZoneAxis(1, 2, 3)));
        Lattice hex = TestData.structure("elements_cod/Mg.cif").lattice();
        assertArrayEquals(new int[] {1, 0, 0}, SpotPatternCalculator.inPlaneReference(hex, new ZoneAxis(0, 0, 1)));
        assertArrayEquals(new int[] {0, 0, 1}, SpotPatternCalculator.inPlaneReference(hex, ZoneAxis.parse("2 -1 -1 0")));
        for (ZoneAxis z : new ZoneAxis[] {new ZoneAxis(1, 1, 1), new ZoneAxis(1, 2, 3), new ZoneAxis(-2, 1, 5)}) {
            for (Lattice lat : new Lattice[] {cubic, hex}) {
                Orientation o = SpotPatternCalculator.orientation(lat, z);
                double[] beam = column(o.matrix(), 2);
                double[] uvw = lat.toCartesian(new double[] {z.u(), z.v(), z.w()});
                double n = Math.sqrt(uvw[0] * uvw[0] + uvw[1] * uvw[1] + uvw[2] * uvw[2]);
                for (int i = 0; i < 3; i++) {
                    assertEquals(uvw[i] / n, beam[i], 1e-12, "the beam (+z) runs along " + z);
                }
                // Every spot of the zero-order Laue zone has gz = 0, so |g| = radius on the detector.
                for (DiffractionSpot s : SpotPatternCalculator.pymatgenCompatible().calculate(
                        TestData.structure("elements_cod/Al.cif"), z)) {
                    assertEquals(s.g(), s.radius(), 1e-12);
                }
            }
        }
        // Bunge (0, 90, 0): the crystal's [0 1 0] runs along the beam, so only (h 0 l) spots.
        List<DiffractionSpot> h0l = STANDARD.calculate(TestData.structure("elements_cod/Al.cif"), Orientation.fromBunge(0, 90, 0));
        assertFalse(h0l.isEmpty());
        for (DiffractionSpot s : h0l) {
            assertEquals(0, s.k(), s.toString());
        }
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpotPatternCalculator.builder().voltage(-200))
                .getMessage().contains("voltage"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpotPatternCalculator.builder().maxG(0))
                .getMessage().contains("|g|"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpotPatternCalculator.builder().thickness(-1))
                .getMessage().contains("thickness"));
        Structure einsteinium = new Structure(Lattice.cubic(5), List.of(Site.of(PeriodicTable.bySymbol("Es"), 0, 0, 0)));
        String msg = assertThrows(IllegalArgumentException.class, () -> STANDARD.reflections(einsteinium)).getMessage();
        assertTrue(msg.contains("Es"), msg);
    }

    /** The orientation after turning the crystal (in the microscope frame) by alpha° about x, then beta° about y. */
    static Orientation tilted(Orientation o, double alpha, double beta) {
        double a = Math.toRadians(alpha);
        double b = Math.toRadians(beta);
        double[][] rx = {{1, 0, 0}, {0, Math.cos(a), -Math.sin(a)}, {0, Math.sin(a), Math.cos(a)}};
        double[][] ry = {{Math.cos(b), 0, Math.sin(b)}, {0, 1, 0}, {-Math.sin(b), 0, Math.cos(b)}};
        double[][] tilt = multiply(ry, rx);
        // v_microscope' = tilt · gᵀ · v_crystal, so g' = g · tiltᵀ.
        double[][] tiltT = {{tilt[0][0], tilt[1][0], tilt[2][0]}, {tilt[0][1], tilt[1][1], tilt[2][1]}, {tilt[0][2], tilt[1][2], tilt[2][2]}};
        return Orientation.fromMatrix(multiply(o.matrix(), tiltT));
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int q = 0; q < 3; q++) {
                    out[i][j] += x[i][q] * y[q][j];
                }
            }
        }
        return out;
    }

    private static double[] column(double[][] m, int j) {
        return new double[] {m[0][j], m[1][j], m[2][j]};
    }
}
