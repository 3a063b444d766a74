package org.matinf.core.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matinf.testutil.TestData;

/**
 * MatInf's .ang and .ctf files as orix 0.14.2 reads them ({@code orix.io.load};
 * reference/orientation/read_maps_with_orix.py read the files in reference/orientation/maps/ and
 * wrote orix_maps.json). The committed files are MatInf's output for {@link ScanFilesTest#sample},
 * checked here byte for byte, so the reference stays the reference of the current writers. orix
 * takes the Euler angles unchanged (no alignment rotation), its quaternions are the conjugates of
 * MatInf's (passive, sample to crystal).
 */
class OrixScanFilesTest {
    private static final JsonNode REF = TestData.json(TestData.reference("orientation/orix_maps.json"));

    @ParameterizedTest
    @ValueSource(strings = {"cubic.ang", "cubic.ctf", "hexagonal.ang", "hexagonal.ctf"})
    void orixReadsWhatMatInfWrites(String name) throws IOException {
        LaueGroup group = name.startsWith("cubic") ? LaueGroup.M_BAR_3_M : LaueGroup.SIX_OVER_MMM;
        OrientationScan scan = ScanFilesTest.sample(group);
        Path file = TestData.reference("orientation/maps/" + name);
        String written = name.endsWith(".ang") ? AngFile.write(scan) : CtfFile.write(scan, name);
        assertEquals(written, Files.readString(file), "the committed file is MatInf's current output");

        JsonNode m = REF.get("maps").get(name);
        assertEquals(0, m.get("warnings").size(), m.get("warnings").toString());
        assertEquals(scan.height(), m.get("shape").get(0).asInt());
        assertEquals(scan.width(), m.get("shape").get(1).asInt());
        assertEquals(scan.xStep(), m.get("dx").asDouble(), 1e-12);
        assertEquals(scan.yStep(), m.get("dy").asDouble(), 1e-12);
        assertEquals(scan.phase().name(), m.get("phase_name").asText());
        assertEquals(group.symbol(), m.get("laue_group").asText());
        double[] lattice = scan.phase().lattice();
        for (int i = 0; i < 6; i++) {
            assertEquals(lattice[i], m.get("lattice").get(i).asDouble(), 1e-9, "lattice " + i);
        }
        int indexed = 0;
        for (int i = 0; i < scan.width() * scan.height(); i++) {
            int x = i % scan.width();
            int y = i / scan.width();
            assertEquals(x * scan.xStep(), m.get("x").get(i).asDouble(), 1e-9);
            assertEquals(y * scan.yStep(), m.get("y").get(i).asDouble(), 1e-9);
            Orientation g = scan.get(x, y);
            assertEquals(g != null, m.get("is_indexed").get(i).asBoolean(), "point " + i);
            if (g == null) {
                continue;
            }
            indexed++;
            double[] q = TestData.vector(m.get("quaternions").get(i));
            Orientation orix = Orientation.fromQuaternion(q[0], -q[1], -q[2], -q[3]);
            assertTrue(g.equalsWithin(orix, 1e-5), name + " point " + i + ": " + g + " vs orix " + orix);
            double[] e = TestData.vector(m.get("euler_degrees").get(i));
            assertTrue(g.equalsWithin(Orientation.fromBunge(e[0], e[1], e[2]), 1e-5), "orix's Euler angles are the written Bunge angles");
            JsonNode props = m.get("props");
            boolean ang = name.endsWith(".ang");
            assertEquals(scan.value(ScanValue.SCORE, x, y), props.get(ang ? "ci" : "BS").get(i).asDouble(), 1e-6);
            assertEquals(scan.value(ScanValue.IMAGE_QUALITY, x, y), props.get(ang ? "iq" : "BC").get(i).asDouble(), 1e-6);
            assertEquals(scan.value(ScanValue.UNCERTAINTY, x, y), props.get(ang ? "fit" : "MAD").get(i).asDouble(), 1e-6);
        }
        assertEquals(14, indexed);
    }
}
