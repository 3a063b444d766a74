package org.matinf.core.orientation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .ang and .ctf: write → read round trips, the header fields, and messages for bad files. */
class ScanFilesTest {
    @TempDir
    Path dir;

    /** A 5 x 3 map of random orientations with all values, one point not indexed: Ni (cubic) or Ti (hexagonal). */
    static OrientationScan sample(LaueGroup group) {
        Random r = new Random(5);
        int n = 15;
        Orientation[] g = new Orientation[n];
        Map<ScanValue, double[]> values = new EnumMap<>(ScanValue.class);
        for (ScanValue v : ScanValue.values()) {
            values.put(v, new double[n]);
        }
        for (int i = 0; i < n; i++) {
            g[i] = Orientation.fromBunge(360 * r.nextDouble(), 180 * r.nextDouble(), 360 * r.nextDouble());
            values.get(ScanValue.SCORE)[i] = Math.round(r.nextDouble() * 1e4) / 1e4;
            values.get(ScanValue.UNCERTAINTY)[i] = Math.round(r.nextDouble() * 5e4) / 1e4;
            values.get(ScanValue.IMAGE_QUALITY)[i] = Math.round(r.nextDouble() * 2.55e6) / 1e4;
        }
        g[7] = null;
        MapPhase phase = group.crystalSystem().equals("hexagonal") ? new MapPhase("Ti", group, new double[] {2.9508, 2.9508, 4.6855, 90, 90, 120})
                : new MapPhase("Ni", group, new double[] {3.524, 3.524, 3.524, 90, 90, 90});
        return new OrientationScan(5, 3, 0.25, 0.5, phase, g, values);
    }

    static void assertSameMap(OrientationScan a, OrientationScan b) {
        assertEquals(a.width(), b.width());
        assertEquals(a.height(), b.height());
        assertEquals(a.xStep(), b.xStep(), 1e-9);
        assertEquals(a.yStep(), b.yStep(), 1e-9);
        assertEquals(a.phase().name(), b.phase().name());
        assertEquals(a.phase().laueGroup(), b.phase().laueGroup());
        assertArrayEquals(a.phase().lattice(), b.phase().lattice(), 1e-9);
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                Orientation ga = a.get(x, y);
                Orientation gb = b.get(x, y);
                if (ga == null) {
                    assertNull(gb, x + "," + y);
                    continue;
                }
                // within 1e-5 degrees, without symmetry: the same Euler triplet
                assertTrue(ga.equalsWithin(gb, 1e-5), x + "," + y + ": " + ga + " vs " + gb);
                for (ScanValue v : ScanValue.values()) {
                    assertEquals(a.value(v, x, y), b.value(v, x, y), 1e-6, v + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void angRoundTrip() throws IOException {
        OrientationScan scan = sample(LaueGroup.M_BAR_3_M);
        Path file = dir.resolve("map.ang");
        ScanFiles.write(scan, file, "ang");
        OrientationScan back = ScanFiles.read(file);
        assertSameMap(scan, back);
        assertEquals(-1, back.value(ScanValue.SCORE, 2, 1), "not indexed: CI -1");
        List<String> lines = Files.readAllLines(file);
        for (String field : new String[] {"# Phase 1", "# MaterialName  \tNi", "# Symmetry              43",
            "# LatticeConstants      3.52400 3.52400 3.52400 90.000 90.000 90.000", "# GRID: SqrGrid", "# XSTEP: 0.250000",
            "# YSTEP: 0.500000", "# NCOLS_ODD: 5", "# NCOLS_EVEN: 5", "# NROWS: 3"}) {
            assertTrue(lines.contains(field), field);
        }
        List<String> data = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(15, data.size());
        String[] first = data.get(0).split(" ");
        assertEquals(10, first.length);
        double[] e = scan.get(0, 0).bunge();
        assertEquals(Math.toRadians(e[0]), Double.parseDouble(first[0]), 1e-8, "radians");
        assertEquals("0.00000", first[3]);
        String[] second = data.get(6).split(" ");
        assertEquals(0.25, Double.parseDouble(second[3]), 0);
        assertEquals(0.5, Double.parseDouble(second[4]), 0);
        String[] missing = data.get(7).split(" ");
        assertEquals(4 * Math.PI, Double.parseDouble(missing[0]), 1e-7);
        assertEquals("-1.000000", missing[6]);
        assertEquals("0", missing[7]);
        assertEquals("1", first[7]);
    }

    @Test
    void ctfRoundTrip() throws IOException {
        OrientationScan scan = sample(LaueGroup.SIX_OVER_MMM);
        Path file = dir.resolve("map.ctf");
        ScanFiles.write(scan, file, "ctf");
        OrientationScan back = ScanFiles.read(file);
        assertSameMap(scan, back);
        List<String> lines = Files.readAllLines(file);
        assertEquals("Channel Text File", lines.get(0));
        for (String field : new String[] {"Prj\tmap.ctf", "Author\tMatInf", "JobMode\tGrid", "XCells\t5", "YCells\t3", "XStep\t0.250000",
            "YStep\t0.500000", "Phases\t1", "2.95080;2.95080;4.68550\t90.000;90.000;120.000\tTi\t9\t0", CtfFile.COLUMNS}) {
            assertTrue(lines.contains(field), field);
        }
        int header = lines.indexOf(CtfFile.COLUMNS);
        String[] first = lines.get(header + 1).split("\t");
        assertEquals(11, first.length);
        assertEquals(scan.get(0, 0).bunge()[1], Double.parseDouble(first[6]), 1e-6, "degrees");
        String[] missing = lines.get(header + 8).split("\t");
        assertEquals("0", missing[0]);
        assertEquals("3", missing[4]);
    }

    @Test
    void codesOfEveryLaueClassRoundTrip() throws IOException {
        int[] tsl = {1, 20, 22, 4, 42, 3, 32, 6, 62, 23, 43};
        LaueGroup[] order = {LaueGroup.BAR_1, LaueGroup.TWO_OVER_M, LaueGroup.MMM, LaueGroup.FOUR_OVER_M, LaueGroup.FOUR_OVER_MMM,
            LaueGroup.BAR_3, LaueGroup.BAR_3_M, LaueGroup.SIX_OVER_M, LaueGroup.SIX_OVER_MMM, LaueGroup.M_BAR_3, LaueGroup.M_BAR_3_M};
        for (int i = 0; i < order.length; i++) {
            assertEquals(tsl[i], AngFile.symmetryCode(order[i]), order[i].symbol());
            assertEquals(i + 1, CtfFile.laueNumber(order[i]), order[i].symbol());
            MapPhase p = MapPhase.of(order[i]);
            OrientationScan scan = new OrientationScan(1, 1, 1, 1, p, new Orientation[] {Orientation.identity()}, Map.of());
            assertEquals(order[i], AngFile.parse("x.ang", List.of(AngFile.write(scan).split("\n"))).phase().laueGroup());
            assertEquals(order[i], CtfFile.parse("x.ctf", List.of(CtfFile.write(scan, "x").split("\n"))).phase().laueGroup());
        }
        assertEquals(120, MapPhase.of(LaueGroup.BAR_3_M).lattice()[5]);
        assertEquals(90, MapPhase.of(LaueGroup.M_BAR_3).lattice()[5]);
    }

    @Test
    void absentValuesGetDefaults() {
        MapPhase p = MapPhase.of(LaueGroup.M_BAR_3_M);
        OrientationScan scan = new OrientationScan(2, 1, 1, 1, p, new Orientation[] {Orientation.identity(), null}, Map.of());
        assertFalse(scan.has(ScanValue.SCORE));
        OrientationScan ang = AngFile.parse("x.ang", List.of(AngFile.write(scan).split("\n")));
        assertEquals(1, ang.value(ScanValue.SCORE, 0, 0), "CI 1 for an indexed point without a score");
        assertEquals(-1, ang.value(ScanValue.SCORE, 1, 0));
        assertNull(ang.get(1, 0));
        OrientationScan ctf = CtfFile.parse("x.ctf", List.of(CtfFile.write(scan, "x").split("\n")));
        assertEquals(0, ctf.value(ScanValue.SCORE, 0, 0));
        assertNull(ctf.get(1, 0));
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n")));
    }

    private static String angProblem(List<String> lines) {
        return assertThrows(OrientationFileException.class, () -> AngFile.parse("bad.ang", lines)).getMessage();
    }

    private static String ctfProblem(List<String> lines) {
        return assertThrows(OrientationFileException.class, () -> CtfFile.parse("bad.ctf", lines)).getMessage();
    }

    @Test
    void badAngFiles() {
        List<String> good = lines(AngFile.write(sample(LaueGroup.M_BAR_3_M)));
        int firstData = (int) good.stream().takeWhile(l -> l.startsWith("#")).count();

        List<String> noStep = new ArrayList<>(good);
        noStep.removeIf(l -> l.startsWith("# XSTEP"));
        assertEquals("bad.ang: the header has no XSTEP line", angProblem(noStep));

        List<String> hex = new ArrayList<>(good);
        hex.replaceAll(l -> l.equals("# GRID: SqrGrid") ? "# GRID: HexGrid" : l);
        assertTrue(angProblem(hex).contains("HexGrid: MatInf reads square grids"));

        List<String> columns = new ArrayList<>(good);
        columns.set(firstData + 2, columns.get(firstData + 2) + " 7.0");
        assertEquals("bad.ang, line " + (firstData + 3) + ": 11 columns, but line " + (firstData + 1) + " has 10", angProblem(columns));

        List<String> nan = new ArrayList<>(good);
        nan.set(firstData + 4, nan.get(firstData + 4).replaceFirst("^\\S+", "NaN"));
        assertEquals("bad.ang, line " + (firstData + 5) + ": phi1 is not a finite number: 'NaN'", angProblem(nan));

        List<String> shortFile = new ArrayList<>(good.subList(0, good.size() - 1));
        assertEquals("bad.ang: the header promises 5 x 3 = 15 points, the file has 14", angProblem(shortFile));

        List<String> offGrid = new ArrayList<>(good);
        String[] c = offGrid.get(firstData + 1).split(" ");
        c[3] = "0.13";
        offGrid.set(firstData + 1, String.join(" ", c));
        assertTrue(angProblem(offGrid).startsWith("bad.ang, line " + (firstData + 2) + ": x = 0.13 is not on the grid"));

        List<String> mono = new ArrayList<>(good);
        mono.replaceAll(l -> l.startsWith("# Symmetry") ? "# Symmetry 2" : l);
        assertTrue(angProblem(mono).contains("unsupported Symmetry 2 (monoclinic"));
    }

    @Test
    void badCtfFiles() {
        List<String> good = lines(CtfFile.write(sample(LaueGroup.M_BAR_3_M), "p"));
        int header = good.indexOf(CtfFile.COLUMNS);

        List<String> noCells = new ArrayList<>(good);
        noCells.removeIf(l -> l.startsWith("YCells"));
        assertEquals("bad.ctf: the header has no YCells line", ctfProblem(noCells));

        List<String> columns = new ArrayList<>(good);
        columns.set(header + 3, columns.get(header + 3) + "\t1");
        assertEquals("bad.ctf, line " + (header + 4) + ": 12 columns, expected 11: " + CtfFile.COLUMNS.replace('\t', ' '),
                ctfProblem(columns));

        List<String> nan = new ArrayList<>(good);
        String[] c = nan.get(header + 2).split("\t");
        c[6] = "nan";
        nan.set(header + 2, String.join("\t", c));
        assertEquals("bad.ctf, line " + (header + 3) + ": Euler2 is not a number: 'nan'", ctfProblem(nan));

        List<String> notCtf = new ArrayList<>(good);
        notCtf.set(0, "Channel");
        assertTrue(ctfProblem(notCtf).startsWith("bad.ctf, line 1: not a Channel Text File"));

        List<String> laue = new ArrayList<>(good);
        laue.replaceAll(l -> l.contains("\tNi\t11\t") ? l.replace("\tNi\t11\t", "\tNi\t12\t") : l);
        assertTrue(ctfProblem(laue).contains("Laue class number 12 is not 1 to 11"));
    }

    @Test
    void tableToScanInSliceOrderAndByPosition() {
        Map<String, double[]> cols = Map.of("slice", new double[] {3, 1, 2}, "phi1", new double[] {30, 10, 20}, "Phi", new double[] {0, 0, 0},
                "phi2", new double[] {0, 0, 0}, "score", new double[] {0.3, 0.1, 0.2});
        OrientationScan s = new OrientationTable("Results", cols, new int[] {1, 2, 3}).toScan(2, 0.5, MapPhase.of(LaueGroup.M_BAR_3_M));
        assertEquals(2, s.width());
        assertEquals(2, s.height(), "ceil(3 / 2) rows");
        assertTrue(s.get(0, 0).equalsWithin(Orientation.fromBunge(10, 0, 0), 1e-9));
        assertTrue(s.get(0, 1).equalsWithin(Orientation.fromBunge(30, 0, 0), 1e-9));
        assertNull(s.get(1, 1));
        assertEquals(0.2, s.value(ScanValue.SCORE, 1, 0));
        assertFalse(s.has(ScanValue.UNCERTAINTY));

        OrientationTable csv = OrientationTable.parseCsv("t.csv", List.of("x,y,phi1,Phi,phi2,name", "1,0,5,0,0,a", "0,0,6,0,0,b",
                "0,1,7,0,0,c", "1,1,8,0,0,d"));
        OrientationScan p = csv.toScan(0, 1, MapPhase.of(LaueGroup.M_BAR_3_M));
        assertTrue(p.get(1, 0).equalsWithin(Orientation.fromBunge(5, 0, 0), 1e-9));
        assertTrue(p.get(1, 1).equalsWithin(Orientation.fromBunge(8, 0, 0), 1e-9));

        String twice = assertThrows(OrientationFileException.class, () -> OrientationTable.parseCsv("t.csv",
                List.of("slice,phi1,Phi,phi2", "1,0,0,0", "1,0,0,0")).toScan(2, 1, MapPhase.of(LaueGroup.M_BAR_3_M))).getMessage();
        assertEquals("t.csv, line 3: slice 1 was already given in line 2", twice);
        String noPhi = assertThrows(OrientationFileException.class, () -> OrientationTable.parseCsv("t.csv",
                List.of("slice,phi1,phi,phi2", "1,0,0,0")).toScan(2, 1, MapPhase.of(LaueGroup.M_BAR_3_M))).getMessage();
        assertTrue(noPhi.startsWith("t.csv: missing column Phi"), noPhi);
    }
}
