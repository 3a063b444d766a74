package org.matinf.core.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.image.RgbImage;

/** Orientation maps from CSV, and the messages for bad files. */
class OrientationCsvTest {

    private static OrientationMap parse(int width, String... lines) {
        return OrientationCsv.parse("map.csv", List.of(lines), width);
    }

    private static String problem(int width, String... lines) {
        return assertThrows(OrientationFileException.class, () -> parse(width, lines)).getMessage();
    }

    @Test
    void rowOrderWithWidth() {
        OrientationMap m = parse(2, "# a comment", "phi1, Phi, phi2", "0,0,0", "0,45,0", "", "45,54.7356,0", "30,0,0");
        assertEquals(2, m.width());
        assertEquals(2, m.height());
        assertTrue(m.get(1, 0).equalsWithin(Orientation.fromBunge(0, 45, 0), 1e-9));
        assertTrue(m.get(1, 1).equalsWithin(Orientation.fromBunge(30, 0, 0), 1e-9));
        RgbImage ipf = m.ipf(new IpfColourKey(LaueGroup.M_BAR_3_M), IpfColourKey.sampleDirection("z"));
        assertEquals(0xFF0000, ipf.get(0, 0));
        assertEquals(0x00FF00, ipf.get(1, 0));
        assertEquals(0xFF0000, ipf.get(1, 1));
    }

    @Test
    void labelsCsvFormat() {
        OrientationMap m = parse(3, "slice,phi1,Phi,phi2,q0,q1,q2,q3", "1,10,20,30,0.1,0.2,0.3,0.4", "2,0,0,0,1,0,0,0",
                "3,1,2,3,1,0,0,0");
        assertEquals(3, m.width());
        assertEquals(1, m.height());
        assertTrue(m.get(0, 0).equalsWithin(Orientation.fromBunge(10, 20, 30), 1e-9), "Euler columns win over q0..q3");
        OrientationMap q = parse(1, "q0,q1,q2,q3", "0,1,0,0");
        assertEquals(180, q.get(0, 0).angle(), 1e-9);
    }

    @Test
    void placedByXAndY() {
        OrientationMap m = parse(0, "x,y,phi1,Phi,phi2", "0.0,0,0,0,0", "0.5,0,0,45,0", "1.0,0,0,0,0", "0,0.5,0,0,0", "1.0,0.5,0,0,0");
        assertEquals(3, m.width());
        assertEquals(2, m.height());
        assertNull(m.get(1, 1), "missing position");
        assertEquals(5, m.count());
        assertEquals(0, m.ipf(new IpfColourKey(LaueGroup.M_BAR_3_M), new double[] {0, 0, 1}).get(1, 1), "black where empty");
        assertTrue(m.get(1, 0).equalsWithin(Orientation.fromBunge(0, 45, 0), 1e-9));
    }

    @Test
    void badFilesNameTheFileAndLine() {
        assertEquals("map.csv, line 1: missing column Phi (the header must name phi1, Phi, phi2; names are case-sensitive)",
                problem(1, "phi1,phi,phi2", "0,0,0"));
        assertEquals("map.csv, line 3: Phi is not a finite number: 'NaN'", problem(1, "phi1,Phi,phi2", "0,0,0", "1,NaN,2"));
        assertEquals("map.csv, line 2: phi2 is not a number: 'abc'", problem(1, "phi1,Phi,phi2", "0,0,abc"));
        assertEquals("map.csv, line 2: no value for phi2", problem(1, "phi1,Phi,phi2", "0,0"));
        assertEquals("map.csv: 3 orientations do not fill rows of width 2 (the last row has 1)",
                problem(2, "phi1,Phi,phi2", "0,0,0", "0,0,0", "0,0,0"));
        assertTrue(problem(0, "phi1,Phi,phi2", "0,0,0").contains("line 1: no x and y columns: give the map width"));
        assertEquals("map.csv, line 3: x = 0.0, y = 0.0 was already given in line 2", problem(0, "x,y,phi1,Phi,phi2", "0,0,0,0,0",
                "-0,0,1,1,1"));
        assertTrue(problem(1, "phi1,Phi,phi2").contains("no orientations below the header"));
        assertTrue(problem(1, "# only a comment").contains("no header line"));
        assertTrue(problem(1, "q0,q1,q2,q3", "1,1,0,0").contains("line 2: the quaternion q0, q1, q2, q3 is not a unit quaternion"));
        assertTrue(problem(-1, "phi1,Phi,phi2", "0,0,0").contains("width must be positive"));
    }

    @Test
    void missingFile() {
        OrientationFileException ex = assertThrows(OrientationFileException.class,
                () -> OrientationCsv.read(java.nio.file.Path.of("no-such-dir", "map.csv"), 1));
        assertTrue(ex.getMessage().contains("cannot read the file"), ex.getMessage());
    }
}
