package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Broken pattern files give a PatternException naming the file and, where one applies, the line. */
class PatternBadInputTest {
    private static void failsAt(String text, String name, int line, String words) {
        PatternException ex = assertThrows(PatternException.class, () -> PowderPatternIO.read(text, name));
        check(ex, name, line, words);
    }

    private static void check(PatternException ex, String name, int line, String words) {
        assertEquals(name, ex.source(), ex.getMessage());
        assertEquals(line, ex.line(), ex.getMessage());
        assertTrue(ex.getMessage().startsWith(name + (line > 0 ? ", line " + line + ": " : ": ")), ex.getMessage());
        assertTrue(ex.getMessage().contains(words), ex.getMessage());
        assertFalse(ex.getMessage().contains("cannot read the pattern: "), "the reader itself must explain: " + ex.getMessage());
    }

    @Test
    void columnFiles() {
        failsAt("10 1\n11 2\n11.5 abc\n12 4\n", "a.xy", 3, "the intensity 'abc' is not a number");
        failsAt("10 1\n11\n", "a.xy", 2, "missing column: expected 2 numbers as on line 1, found 1");
        failsAt("10 1 1\n11 2\n", "a.xye", 2, "missing column: expected 3 numbers");
        failsAt("10 1\n11 2 3\n", "a.xy", 2, "extra column");
        failsAt("10 1 2 3\n", "a.dat", 1, "expected 2 or 3 columns");
        failsAt("10 1\n11 NaN\n", "a.xy", 2, "NaN and infinity are not allowed");
        failsAt("10 1\n11 -Infinity\n", "a.xy", 2, "NaN and infinity are not allowed");
        failsAt("10 1\n11 1e999\n", "a.xy", 2, "finite");
        failsAt("10 1\n11 2 -1\n", "a.xye", 2, "extra column: expected 2 numbers as on line 1, found 3");
        failsAt("10 1 1\n11 2 -1\n", "a.xye", 2, "uncertainty -1.0 is negative");
        failsAt("10 1\n12 2\n11 3\n", "a.xy", 3, "2θ = 11.0 after 12.0 (line 2)");
        failsAt("10 1\n10 2\n", "a.xy", 2, "repeats the previous point");
        failsAt("1000 1\n1001 2\n", "tof.dat", 1, "does not look like a 2θ scan");
        failsAt("# only comments\n# here\n", "c.xy", 0, "no data");
        failsAt("10 1\n", "one.xy", 1, "only one data point");
        failsAt("", "e.xy", 0, "the file is empty");
        failsAt("  \n\n", "e.xy", 0, "the file is empty");
        failsAt("a,b\n1,2\n3,\n", "x.csv", 3, "missing column");
        failsAt("a,b\n1,2\n3,,4\n", "x.csv", 3, "column 2 (the intensity) is empty");
    }

    @Test
    void xrdml() {
        String good = PowderPatternIOTest.XRDML;
        failsAt(good.replace("</scan>", ""), "s.xrdml", 26, "not well-formed XML");
        failsAt(good.replace("150 130", "150 x13"), "s.xrdml", 23, "intensity 'x13' is not a number");
        failsAt(good.replace("<positions axis=\"2Theta\" unit=\"deg\">\n          <startPosition>10.00</startPosition>\n"
                + "          <endPosition>10.08</endPosition>", "<positions axis=\"2Theta\" unit=\"deg\">\n"
                + "          <commonPosition>10</commonPosition>"), "s.xrdml", 0, "2θ is fixed in this scan");
        failsAt(good.replace("<intensities unit=\"counts\">100 120\n 150 130 110</intensities>", ""), "s.xrdml", 0,
                "no <intensities> or <counts>");
        failsAt(good.replace("<endPosition>10.08", "<endPosition>10.00"), "s.xrdml", 22, "repeats the previous point");
        failsAt("<?xml version=\"1.0\"?>\n<html><body/></html>", "s.xrdml", 1, "not an XRDML file");
        failsAt("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xrdMeasurements>&e;</xrdMeasurements>",
                "evil.xrdml", 2, "DOCTYPE");
        failsAt("<xrdMeasurements><xrdMeasurement/></xrdMeasurements>", "s.xrdml", 0, "holds no <scan>");
        failsAt("10 1\n11 2\n", "s.xrdml", 1, "not well-formed XML");
    }

    @Test
    void ras() {
        String good = PowderPatternIOTest.RAS;
        failsAt(good.replace("20.0100 12.0", "20.0100 1x2.0"), "r.ras", 14, "'1x2.0' is not a number");
        failsAt(good.replace("*RAS_INT_END\r\n", ""), "r.ras", 16, "*RAS_INT_END is missing");
        failsAt(good.replace("*RAS_INT_END\r\n*RAS_DATA_END\r\n", ""), "r.ras", 15, "the file ends inside the data block");
        failsAt(good.replace("*RAS_INT_START", "*RAS_INT_BEGIN").replace("*RAS_INT_END", "*RAS_X"), "r.ras", 0, "holds no data");
        failsAt(good.replace("TwoThetaTheta", "Omega"), "r.ras", 0, "the scan axis is 'Omega'");
        failsAt(good.replace("20.0200 3.0 10.0000", "20.0200"), "r.ras", 15, "found 1 value");
    }

    @Test
    void binaryAndMissingFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        PatternException ex = assertThrows(PatternException.class, () -> PowderPatternIO.read(png, "image.xy"));
        check(ex, "image.xy", 0, "binary file");
        ex = assertThrows(PatternException.class, () -> PowderPatternIO.read(new byte[0], "empty.xy"));
        check(ex, "empty.xy", 0, "empty");
        Path missing = Path.of("no", "such", "scan.xy");
        ex = assertThrows(PatternException.class, () -> PowderPatternIO.read(missing));
        check(ex, missing.toString(), 0, "file not found");
        byte[] utf16 = "\uFEFF10 1\n11 2\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(2, PowderPatternIO.read(utf16, "wide.xy").size());
    }
}
