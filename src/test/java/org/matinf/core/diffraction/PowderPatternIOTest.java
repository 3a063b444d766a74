package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing patterns; every sample file here is synthetic, written in the layout of its format. */
class PowderPatternIOTest {
    @TempDir
    Path dir;

    /** An XRDML 1.x file of 5 points from 10 to 10.08° with a Kα doublet. */
    static final String XRDML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<xrdMeasurements xmlns=\"http://www.xrdml.com/XRDMeasurement/1.5\" status=\"Completed\">\n"
            + "  <sample type=\"To be analyzed\"><id>S-17</id><name>quartz test</name></sample>\n"
            + "  <xrdMeasurement measurementType=\"Scan\" status=\"Completed\">\n"
            + "    <usedWavelength intended=\"K-Alpha\">\n"
            + "      <kAlpha1 unit=\"Angstrom\">1.5405980</kAlpha1>\n"
            + "      <kAlpha2 unit=\"Angstrom\">1.5444260</kAlpha2>\n"
            + "      <kBeta unit=\"Angstrom\">1.3922500</kBeta>\n"
            + "      <ratioKAlpha2KAlpha1>0.5000</ratioKAlpha2KAlpha1>\n"
            + "    </usedWavelength>\n"
            + "    <scan appendNumber=\"0\" mode=\"Continuous\" scanAxis=\"Gonio\" status=\"Completed\">\n"
            + "      <dataPoints>\n"
            + "        <positions axis=\"2Theta\" unit=\"deg\">\n"
            + "          <startPosition>10.00</startPosition>\n"
            + "          <endPosition>10.08</endPosition>\n"
            + "        </positions>\n"
            + "        <positions axis=\"Omega\" unit=\"deg\">\n"
            + "          <startPosition>5.00</startPosition>\n"
            + "          <endPosition>5.04</endPosition>\n"
            + "        </positions>\n"
            + "        <commonCountingTime unit=\"seconds\">1.20</commonCountingTime>\n"
            + "        <intensities unit=\"counts\">100 120\n 150 130 110</intensities>\n"
            + "      </dataPoints>\n"
            + "    </scan>\n"
            + "  </xrdMeasurement>\n"
            + "</xrdMeasurements>\n";

    static final String RAS = "*RAS_DATA_START\r\n*RAS_HEADER_START\r\n*FILE_SAMPLE \"試料 A\"\r\n"
            + "*HW_XG_TARGET_NAME \"Cu\"\r\n*HW_XG_WAVE_LENGTH_ALPHA1 \"1.540593\"\r\n"
            + "*HW_XG_WAVE_LENGTH_ALPHA2 \"1.544414\"\r\n*HW_XG_WAVE_LENGTH_UNIT \"Angstrom\"\r\n"
            + "*MEAS_COND_XG_WAVE_TYPE \"Ka\"\r\n*MEAS_SCAN_AXIS_X \"TwoThetaTheta\"\r\n*MEAS_SCAN_UNIT_Y \"cps\"\r\n"
            + "*RAS_HEADER_END\r\n*RAS_INT_START\r\n20.0000 10.0 1.0000\r\n20.0100 12.0 1.0000\r\n"
            + "20.0200 3.0 10.0000\r\n*RAS_INT_END\r\n*RAS_DATA_END\r\n";

    private static PowderProfile read(String text, String name) {
        return PowderPatternIO.read(text, name);
    }

    @Test
    void xyWithCommentsHeaderAndBlankLines() {
        PowderProfile p = read("# sample scan\n! wavelength = 1.5406 A\n\n10.0  100\n10.02\t110\n  10.04 105  \n", "a.xy");
        assertArrayEquals(new double[] {10.0, 10.02, 10.04}, p.twoTheta());
        assertArrayEquals(new double[] {100, 110, 105}, p.intensity());
        assertNull(p.sigma());
        assertEquals(1.5406, p.wavelength());
        assertEquals("a", p.name());
        assertEquals("xy", p.metadata().get("format"));
    }

    @Test
    void xyeHasUncertainties() {
        PowderProfile p = read("; comment\n% another\n// and another\n' and one more\n10 100 10\n11 121 11\n", "b.xye");
        assertArrayEquals(new double[] {10, 11}, p.sigma());
        assertTrue(Double.isNaN(p.wavelength()));
    }

    @Test
    void csvWithHeaderSemicolonsAndDecimalCommas() {
        PowderProfile csv = read("2theta,intensity\r\n12.5,1030\r\n12.52,1040\r\n", "c.csv");
        assertArrayEquals(new double[] {12.5, 12.52}, csv.twoTheta());
        PowderProfile semi = read("Angle;Counts\n12,5;1030\n12,52;1040,5\n", "d.csv");
        assertArrayEquals(new double[] {12.5, 12.52}, semi.twoTheta());
        assertArrayEquals(new double[] {1030, 1040.5}, semi.intensity());
        PowderProfile tab = read("Angle\tCounts\n12,5\t1030\n12,52\t1040\n", "e.txt");
        assertArrayEquals(new double[] {12.5, 12.52}, tab.twoTheta());
        PowderProfile quoted = read("\"two_theta\",\"intensity\"\n\"5\",\"6\"\n\"7\",\"8\"\n", "f.csv");
        assertArrayEquals(new double[] {6, 8}, quoted.intensity());
        PowderProfile bom = read("\uFEFF5 6\n7 8\n", "g.dat");
        assertArrayEquals(new double[] {5, 7}, bom.twoTheta());
    }

    @Test
    void decreasingScansAreReversed() {
        PowderProfile p = read("30 1\n20 2\n10 3\n", "down.xy");
        assertArrayEquals(new double[] {10, 20, 30}, p.twoTheta());
        assertArrayEquals(new double[] {3, 2, 1}, p.intensity());
        assertTrue(p.metadata().get("order").contains("reversed"));
    }

    @Test
    void xrdml() {
        PowderProfile p = read(XRDML, "scan.xrdml");
        assertArrayEquals(new double[] {10, 10.02, 10.04, 10.06, 10.08}, p.twoTheta(), 1e-12);
        assertArrayEquals(new double[] {100, 120, 150, 130, 110}, p.intensity());
        assertEquals((1.540598 + 0.5 * 1.544426) / 1.5, p.wavelength(), 1e-12);
        Map<String, String> m = p.metadata();
        assertEquals("quartz test", m.get("sample"));
        assertEquals("1.2", m.get("countingTime"));
        assertEquals("counts", m.get("intensity.unit"));
        assertEquals("1", m.get("scans"));
        assertEquals("Kα1/Kα2 weighted mean", m.get("wavelength.kind"));
    }

    @Test
    void xrdml2WithListPositionsCountsAttenuationAndTwoScans() {
        String scan = "<scan><dataPoints><positions axis=\"2Theta\"><listPositions>20 20.5 21.25</listPositions>"
                + "</positions><beamAttenuationFactors>1 1 2.5</beamAttenuationFactors>"
                + "<counts unit=\"counts\">5 6 4</counts></dataPoints></scan>";
        String text = "<x:xrdMeasurements xmlns:x=\"http://www.xrdml.com/XRDMeasurement/2.1\"><x:xrdMeasurement>"
                + "<x:usedWavelength intended=\"K-Alpha 1\"><x:kAlpha1>1.5405980</x:kAlpha1><x:kAlpha2>1.5444260</x:kAlpha2>"
                + "</x:usedWavelength>" + scan.replace("<", "<x:").replace("<x:/", "</x:")
                + scan.replace("<", "<x:").replace("<x:/", "</x:").replace("20 20.5", "30 30.5")
                + "</x:xrdMeasurement></x:xrdMeasurements>";
        PowderProfile p = PowderPatternIO.read(text.getBytes(StandardCharsets.UTF_8), "two.xrdml");
        assertArrayEquals(new double[] {20, 20.5, 21.25}, p.twoTheta());
        assertArrayEquals(new double[] {5, 6, 10}, p.intensity());
        assertEquals(1.540598, p.wavelength());
        assertEquals("2", p.metadata().get("scans"));
        assertTrue(p.metadata().get("note").contains("first"));
    }

    @Test
    void rasInShiftJisWithAttenuation() {
        byte[] sjis = RAS.getBytes(Charset.forName("windows-31j"));
        PowderProfile p = PowderPatternIO.read(sjis, "m.ras");
        assertArrayEquals(new double[] {20, 20.01, 20.02}, p.twoTheta());
        assertArrayEquals(new double[] {10, 12, 30}, p.intensity());
        assertEquals((2 * 1.540593 + 1.544414) / 3, p.wavelength(), 1e-12);
        assertEquals("試料 A", p.metadata().get("sample"));
        assertEquals("Cu", p.metadata().get("anode"));
        PowderProfile latin = PowderPatternIO.read(RAS.replace("試料", "Échantillon").getBytes(StandardCharsets.ISO_8859_1), "m.ras");
        assertEquals(3, latin.size());
        // the content says RAS even when the name does not
        assertEquals("ras", read(RAS, "export.txt").metadata().get("format"));
    }

    @Test
    void multiScanRasReadsTheFirst() {
        String second = RAS.substring(RAS.indexOf("*RAS_HEADER_START"), RAS.indexOf("*RAS_DATA_END"));
        PowderProfile p = read(RAS.replace("*RAS_DATA_END", second + "*RAS_DATA_END"), "two.ras");
        assertEquals(3, p.size());
        assertEquals("2", p.metadata().get("scans"));
    }

    @Test
    void xyAndCsvRoundTripExactly() throws IOException {
        double[] x = {10, 10.01, 10.0200000001, 10.03};
        double[] y = {1e-7, 123456.789, 0, -3.5};
        double[] s = {0.1, 351.3, 1, 2};
        PowderProfile p = new PowderProfile("round trip", x, y, s, 1.5405929, Map.of());
        for (String name : List.of("r.xy", "r.csv", "r.xye")) {
            Path f = dir.resolve(name);
            PowderPatternIO.write(p, f);
            PowderProfile back = PowderPatternIO.read(f);
            assertArrayEquals(x, back.twoTheta(), name);
            assertArrayEquals(y, back.intensity(), name);
            assertArrayEquals(s, back.sigma(), name);
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        }
        assertEquals(1.5405929, PowderPatternIO.read(dir.resolve("r.xy")).wavelength());
        assertTrue(PowderPatternIO.toCsv(p).startsWith("two_theta,intensity,sigma\n10,0.0000001,0.1\n"));
        String xy = PowderPatternIO.toXy(new PowderProfile("n", x, y, Double.NaN));
        assertTrue(xy.startsWith("# name: n\n# wavelength: unknown\n# columns: 2theta intensity\n10 0.0000001\n"), xy);
        assertThrows(IllegalArgumentException.class, () -> PowderPatternIO.write(p, dir.resolve("r.png")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary files are left");
        }
    }
}
