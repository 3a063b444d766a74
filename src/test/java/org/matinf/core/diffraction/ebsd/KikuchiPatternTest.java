package org.matinf.core.diffraction.ebsd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matinf.core.diffraction.ebsd.EbsdDetectorTest.dot;
import static org.matinf.core.diffraction.ebsd.KikuchiReflectorsTest.assertMessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.structure.Mat3;

/**
 * Simulated patterns against the geometry: plane traces are the band centre lines, each band lies
 * within θ_B of its trace, symmetry-equivalent orientations give the same pattern, and the
 * identity orientation puts the [001] zone axis where the tilt puts the sample normal.
 */
class KikuchiPatternTest {
    static final Orientation[] ORIENTATIONS = {Orientation.identity(), Orientation.fromBunge(10, 30, 40),
        Orientation.fromBunge(123.4, 54.7, 201.3), Orientation.fromBunge(300, 80, 15)};

    /**
     * Points (u, v) on the detector where the trace of the plane with crystal normal ĝ crosses,
     * from the line a·x_g + b·y_g + c = 0 written with the independently built detector axes
     * (one point per column, or per row for a steep line).
     */
    static List<double[]> trace(double[][] g, double[] normal, EbsdDetector d) {
        double[] p = Mat3.times(Mat3.transpose(g), normal); // plane normal in the sample frame
        double[][] ax = EbsdDetectorTest.axes(d.sampleTilt(), d.detectorTilt());
        double a = dot(p, ax[0]);
        double b = dot(p, ax[1]);
        double c = dot(p, ax[2]);
        double[] pc = d.pc();
        double dd = pc[2] * d.rows();
        List<double[]> points = new ArrayList<>();
        if (Math.abs(b) >= Math.abs(a)) {
            for (int col = 0; col < d.cols(); col++) {
                double xg = (col + 0.5 - pc[0] * d.cols()) / dd;
                double v = pc[1] * d.rows() + (a * xg + c) / b * dd;
                if (v >= 0 && v <= d.rows()) {
                    points.add(new double[] {col + 0.5, v});
                }
            }
        } else {
            for (int row = 0; row < d.rows(); row++) {
                double yg = (pc[1] * d.rows() - (row + 0.5)) / dd;
                double u = pc[0] * d.cols() - (b * yg + c) / a * dd;
                if (u >= 0 && u <= d.cols()) {
                    points.add(new double[] {u, row + 0.5});
                }
            }
        }
        return points;
    }

    /** The crystal direction seen at detector point (u, v). */
    static double[] crystalDirection(double[][] g, EbsdDetector d, double u, double v) {
        return Mat3.times(g, d.direction(u, v));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ni", "Fe", "Mg"})
    void planeTracesSeeDirectionsInThePlane(String element) {
        KikuchiReflectors reflectors = KikuchiReflectors.of(EbsdCrystals.structure(element), 20);
        EbsdDetector d = EbsdDetector.builder().size(200, 160).pc(0.48, 0.42, 0.55).sampleTilt(70).detectorTilt(3).build();
        int points = 0;
        for (Orientation o : ORIENTATIONS) {
            double[][] g = o.matrix();
            for (KikuchiReflectors.Reflector r : reflectors.list().subList(0, 12)) {
                for (double[] uv : trace(g, r.normal(), d)) {
                    assertEquals(0, dot(crystalDirection(g, d, uv[0], uv[1]), r.normal()), 1e-12);
                    points++;
                }
            }
        }
        assertTrue(points > 2000, points + " trace points");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ni", "Fe", "Mg"})
    void eachBandLiesWithinTheBraggAngleOfItsTrace(String element) {
        KikuchiReflectors all = KikuchiReflectors.of(EbsdCrystals.structure(element), 20);
        EbsdDetector d = EbsdDetector.builder().size(200, 200).pc(0.5, 0.45, 0.55).build();
        double maxCentreError = 0;
        double sumCentreError = 0;
        int columns = 0;
        int inside = 0;
        int outside = 0;
        for (KikuchiReflectors.Reflector r : new KikuchiReflectors.Reflector[] {all.get(0), all.get(all.size() / 8)}) {
            KikuchiMasterPattern one = KikuchiMasterPattern.builder(all.only(r.h(), r.k(), r.l())).resolution(1001).build();
            KikuchiPatternSimulator sim = new KikuchiPatternSimulator(one, d);
            double e = one.edgeWidth();
            double margin = 2.5 * KikuchiMasterPattern.defaultEdge(1001); // reach of the bilinear interpolation
            for (Orientation o : ORIENTATIONS) {
                double[][] g = o.matrix();
                GrayImage img = sim.simulate(o);
                for (int row = 0; row < d.rows(); row++) {
                    for (int col = 0; col < d.cols(); col++) {
                        double alpha = Math.asin(Math.abs(dot(crystalDirection(g, d, col + 0.5, row + 0.5), r.normal())));
                        if (alpha <= r.braggAngle() - e - margin) {
                            assertEquals(r.intensity(), img.get(col, row), 1e-5 * r.intensity());
                            inside++;
                        } else if (alpha >= r.braggAngle() + e + margin) {
                            assertEquals(0, img.get(col, row), 0);
                            outside++;
                        }
                    }
                }
                // the intensity-weighted centre of the band across each column (or row) is on the trace
                for (double[] uv : trace(g, r.normal(), d)) {
                    boolean byColumn = uv[0] == Math.floor(uv[0]) + 0.5;
                    double along = byColumn ? uv[1] : uv[0];
                    if (along < 20 || along > 180) {
                        continue; // band not wholly on the detector
                    }
                    double sum = 0;
                    double moment = 0;
                    for (int k = 0; k < 200; k++) {
                        double value = byColumn ? img.get((int) uv[0], k) : img.get(k, (int) uv[1]);
                        if (Math.abs(k + 0.5 - along) < 20) {
                            sum += value;
                            moment += value * (k + 0.5);
                        }
                    }
                    double error = Math.abs(moment / sum - along);
                    maxCentreError = Math.max(maxCentreError, error);
                    sumCentreError += error;
                    columns++;
                }
            }
        }
        System.out.printf("%s: inside %d outside %d, centre error max %.4f mean %.4f px over %d lines%n", element, inside,
                outside, maxCentreError, sumCentreError / columns, columns);
        assertTrue(inside > 1000 && outside > 50_000, inside + " / " + outside);
        assertTrue(columns > 500, columns + " columns");
        assertTrue(maxCentreError < 0.5, "band centre " + maxCentreError + " px from the trace");
        assertTrue(sumCentreError / columns < 0.2, "mean band centre error " + sumCentreError / columns + " px");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ni", "Fe", "Mg"})
    void symmetryRotationsGiveTheSamePattern(String element) {
        KikuchiMasterPattern master = EbsdCrystals.master(element);
        EbsdDetector d = EbsdDetector.builder().size(80, 80).build();
        KikuchiPatternSimulator sim = new KikuchiPatternSimulator(master, d);
        List<double[][]> rotations = EbsdCrystals.rotations(element);
        assertEquals(element.equals("Mg") ? 12 : 24, rotations.size());
        double worstExact = 0;
        double worstMean = 0;
        double worstMax = 0;
        for (Orientation o : ORIENTATIONS) {
            float[] base = sim.simulate(o).pixels();
            double[] baseExact = exact(master, d, o.matrix());
            double[] range = sim.simulate(o).range();
            double span = range[1] - range[0];
            for (double[][] s : rotations) {
                Orientation turned = Orientation.fromMatrix(Mat3.multiply(s, o.matrix()));
                float[] other = sim.simulate(turned).pixels();
                double[] otherExact = exact(master, d, turned.matrix());
                double sum = 0;
                for (int p = 0; p < base.length; p++) {
                    double diff = Math.abs(other[p] - base[p]);
                    sum += diff;
                    worstMax = Math.max(worstMax, diff / span);
                    worstExact = Math.max(worstExact, Math.abs(otherExact[p] - baseExact[p]) / span);
                }
                worstMean = Math.max(worstMean, sum / base.length / span);
            }
        }
        System.out.printf("%s symmetry: exact %.3g, grid mean %.4f max %.4f of the range%n", element, worstExact, worstMean,
                worstMax);
        assertTrue(worstExact < 1e-9, "exact patterns differ by " + worstExact);
        assertTrue(worstMean < 0.006, "mean difference " + worstMean);
        assertTrue(worstMax < 0.1, "largest difference " + worstMax);
        // a rotation outside the group (45° about z for the cubic crystals, 90° about z for Mg) changes the pattern
        double angle = Math.toRadians(element.equals("Mg") ? 90 : 45);
        double[][] notSymmetry = {{Math.cos(angle), -Math.sin(angle), 0}, {Math.sin(angle), Math.cos(angle), 0}, {0, 0, 1}};
        Orientation o = ORIENTATIONS[1];
        float[] a = sim.simulate(o).pixels();
        float[] b = sim.simulate(Orientation.fromMatrix(Mat3.multiply(notSymmetry, o.matrix()))).pixels();
        double[] range = sim.simulate(o).range();
        double sum = 0;
        for (int p = 0; p < a.length; p++) {
            sum += Math.abs(a[p] - b[p]);
        }
        System.out.printf("%s non-symmetry mean difference %.4f%n", element, sum / a.length / (range[1] - range[0]));
        assertTrue(sum / a.length / (range[1] - range[0]) > 0.05);
    }

    /** The pattern summed directly over the reflectors (no grid). */
    static double[] exact(KikuchiMasterPattern master, EbsdDetector d, double[][] g) {
        double[] out = new double[d.rows() * d.cols()];
        for (int row = 0; row < d.rows(); row++) {
            for (int col = 0; col < d.cols(); col++) {
                double[] n = Mat3.times(g, d.pixelDirection(col, row));
                out[row * d.cols() + col] = master.exact(n[0], n[1], n[2]);
            }
        }
        return out;
    }

    @Test
    void identityPutsTheZoneAxisWhereTheTiltSays() {
        KikuchiPatternSimulator ni = new KikuchiPatternSimulator(EbsdCrystals.master("Ni"),
                EbsdDetector.builder().size(120, 120).pc(0.503, 0.45, 0.6).build());
        for (double[] tilts : new double[][] {{70, 0}, {70, 10}, {60, -5}}) {
            EbsdDetector d = EbsdDetector.builder().size(120, 120).pc(0.503, 0.45, 0.6).sampleTilt(tilts[0])
                    .detectorTilt(tilts[1]).build();
            double alpha = Math.toRadians(tilts[0] - tilts[1]);
            // [001] = Z_s (sample normal) is seen cot(σ − θ)·DD above the pattern centre
            double[] expected = {0.503 * 120, 0.45 * 120 - 0.6 * 120 * Math.cos(alpha) / Math.sin(alpha)};
            for (Orientation o : new Orientation[] {Orientation.identity(), Orientation.fromBunge(0, 0, 37)}) {
                double[][] g = o.matrix();
                double[] axis = Mat3.times(Mat3.transpose(g), new double[] {0, 0, 1});
                assertArrayEquals(expected, d.project(axis), 1e-9);
                assertArrayEquals(new double[] {0, 0, 1}, crystalDirection(g, d, expected[0], expected[1]), 1e-12);
                // the pixel looking closest to [001] is the one containing that point
                int best = 0;
                double bestCos = -2;
                for (int p = 0; p < 120 * 120; p++) {
                    double cos = Mat3.times(g, d.pixelDirection(p % 120, p / 120))[2];
                    if (cos > bestCos) {
                        bestCos = cos;
                        best = p;
                    }
                }
                assertEquals((int) expected[0], best % 120);
                assertEquals((int) expected[1], best / 120);
            }
        }
        // in the Ni pattern the [001] zone axis at (60.4, 27.8) is the brightest point of its surroundings
        GrayImage img = ni.simulate(Orientation.identity());
        float[] sorted = img.pixels().clone();
        Arrays.sort(sorted);
        int u = 60;
        int v = (int) (54 - 72 * Math.cos(Math.toRadians(70)) / Math.sin(Math.toRadians(70)));
        float local = 0;
        for (int dv = -4; dv <= 4; dv++) {
            for (int du = -4; du <= 4; du++) {
                local = Math.max(local, img.get(u + du, v + dv));
            }
        }
        System.out.printf("zone axis [001] value %.2f local max %.2f, 95th percentile %.2f%n", img.get(u, v), local,
                sorted[(int) (0.95 * sorted.length)]);
        assertTrue(img.get(u, v) >= local - 1e-3 * local, "zone axis is the local maximum");
        assertTrue(img.get(u, v) > sorted[(int) (0.95 * sorted.length)]);
    }

    @Test
    void masterPatternHasTheLaueSymmetry() {
        for (String element : EbsdCrystals.ELEMENTS) {
            KikuchiMasterPattern master = EbsdCrystals.master(element);
            double max = master.range()[1];
            java.util.Random rnd = new java.util.Random(2);
            double worstExact = 0;
            double sumGrid = 0;
            int n = 0;
            List<double[][]> group = EbsdCrystals.laueGroup(element);
            assertEquals(element.equals("Mg") ? 24 : 48, group.size());
            for (int i = 0; i < 500; i++) {
                double[] v = SquareLambertTest.randomUnit(rnd);
                double exact = master.exact(v[0], v[1], v[2]);
                double grid = master.value(v[0], v[1], v[2]);
                for (double[][] s : group) {
                    double[] w = Mat3.times(s, v);
                    worstExact = Math.max(worstExact, Math.abs(master.exact(w[0], w[1], w[2]) - exact) / max);
                    sumGrid += Math.abs(master.value(w[0], w[1], w[2]) - grid) / max;
                    n++;
                }
            }
            System.out.printf("%s master symmetry: exact %.3g, grid mean %.5f of the max%n", element, worstExact, sumGrid / n);
            assertTrue(worstExact < 1e-9, element + " " + worstExact);
            assertTrue(sumGrid / n < 0.005, element + " " + sumGrid / n);
            // the mirror z → −z of all three Laue groups maps the northern grid onto the southern one
            float[] north = master.hemisphere(true);
            float[] south = master.hemisphere(false);
            for (int p = 0; p < north.length; p++) {
                assertEquals(north[p], south[p], 1e-5 * max);
            }
        }
    }

    @Test
    void gridFollowsTheExactSum() {
        KikuchiMasterPattern master = EbsdCrystals.master("Ni");
        double max = master.range()[1];
        java.util.Random rnd = new java.util.Random(8);
        double sum = 0;
        for (int i = 0; i < 20000; i++) {
            double[] v = SquareLambertTest.randomUnit(rnd);
            sum += Math.abs(master.value(v[0], v[1], v[2]) - master.exact(v[0], v[1], v[2]));
        }
        System.out.printf("grid vs exact: mean %.5f of the max%n", sum / 20000 / max);
        assertTrue(sum / 20000 / max < 0.005);
        // at the grid points themselves the grid is the exact sum
        float[] north = master.hemisphere(true);
        double[] v = new double[3];
        double step = 2 * SquareLambert.L / 300;
        for (int j = 0; j < 301; j += 13) {
            for (int i = 0; i < 301; i += 7) {
                SquareLambert.toSphere(-SquareLambert.L + i * step, -SquareLambert.L + j * step, true, v);
                assertEquals((float) master.exact(v[0], v[1], v[2]), north[j * 301 + i], 0);
                assertEquals(north[j * 301 + i], master.value(v[0], v[1], v[2]), 1e-4 * max);
            }
        }
    }

    @Test
    void bandProfile() {
        double theta = Math.toRadians(1.2);
        double e = Math.toRadians(0.3);
        assertEquals(1, KikuchiMasterPattern.bandProfile(0, theta, e), 0);
        assertEquals(1, KikuchiMasterPattern.bandProfile(-Math.sin(Math.toRadians(0.89)), theta, e), 0);
        assertEquals(0.5, KikuchiMasterPattern.bandProfile(Math.sin(theta), theta, e), 1e-12);
        assertEquals(0.25, KikuchiMasterPattern.bandProfile(Math.sin(Math.toRadians(1.35)), theta, e), 1e-12);
        assertEquals(0, KikuchiMasterPattern.bandProfile(Math.sin(Math.toRadians(1.51)), theta, e), 0);
        assertEquals(1, KikuchiMasterPattern.bandProfile(Math.sin(Math.toRadians(1.19)), theta, 0), 0);
        assertEquals(0, KikuchiMasterPattern.bandProfile(Math.sin(Math.toRadians(1.21)), theta, 0), 0);
    }

    @Test
    void deterministicWhateverTheThreads() {
        KikuchiReflectors r = KikuchiReflectors.builder(EbsdCrystals.structure("Ni")).dMin(0.7).build();
        KikuchiMasterPattern one = KikuchiMasterPattern.builder(r).resolution(201).threads(1).build();
        KikuchiMasterPattern two = KikuchiMasterPattern.builder(r).resolution(201).threads(2).build();
        assertArrayEquals(one.hemisphere(true), two.hemisphere(true));
        assertArrayEquals(one.hemisphere(false), two.hemisphere(false));
        KikuchiPatternSimulator sim = new KikuchiPatternSimulator(two, EbsdDetector.builder().size(60, 70).build());
        List<Orientation> list = List.of(ORIENTATIONS);
        List<GrayImage> batch = sim.simulate(list, 2, null);
        for (int i = 0; i < list.size(); i++) {
            GrayImage single = sim.simulate(list.get(i));
            assertEquals(single, sim.simulate(list.get(i)));
            assertEquals(single, batch.get(i));
            assertEquals(70, single.width());
            assertEquals(60, single.height());
        }
    }

    @Test
    void progressAndCancellation() {
        KikuchiReflectors r = KikuchiReflectors.builder(EbsdCrystals.structure("Fe")).dMin(1).build();
        long[] last = new long[3];
        KikuchiMasterPattern.builder(r).resolution(51).threads(2).progress((done, total, message) -> {
            last[0] = Math.max(last[0], done);
            last[1] = total;
            last[2]++;
        }).build();
        assertArrayEquals(new long[] {102, 102, 102}, last);
        int[] rows = new int[1];
        org.matinf.core.progress.ProgressListener cancelling = new org.matinf.core.progress.ProgressListener() {
            @Override
            public synchronized void progress(long done, long total, String message) {
                rows[0]++;
            }

            @Override
            public synchronized boolean isCancelled() {
                return rows[0] >= 10;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(org.matinf.core.progress.CancelledException.class,
                () -> KikuchiMasterPattern.builder(r).resolution(501).threads(2).progress(cancelling).build());
        assertTrue(rows[0] < 20, rows[0] + " rows after cancelling");
    }

    @Test
    void badInputIsNamed() {
        KikuchiReflectors r = KikuchiReflectors.builder(EbsdCrystals.structure("Fe")).dMin(1).build();
        assertMessage("resolution", () -> KikuchiMasterPattern.builder(r).resolution(5));
        assertMessage("edge width", () -> KikuchiMasterPattern.builder(r).edgeWidth(Double.NaN));
        assertMessage("threads", () -> KikuchiMasterPattern.builder(r).threads(0));
        assertMessage("Euler angles", () -> Orientation.fromBunge(0, Double.NaN, 0));
        KikuchiPatternSimulator sim = new KikuchiPatternSimulator(KikuchiMasterPattern.builder(r).resolution(51).build(),
                EbsdDetector.builder().size(10, 10).build());
        assertMessage("pixels", () -> sim.simulate(Orientation.identity(), new float[99]));
        assertMessage("threads", () -> sim.simulate(List.of(Orientation.identity()), 0, null));
    }
}
