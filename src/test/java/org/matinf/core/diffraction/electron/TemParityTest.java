package org.matinf.core.diffraction.electron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * The pymatgen-compatible mode of {@link SpotPatternCalculator} against pymatgen 2022.11.7's
 * TEMCalculator (reference/electron/tem_spots.json, made by make_tem_spots.py): 27 zone axes of
 * fcc, diamond, rock-salt, hexagonal, tetragonal and orthorhombic crystals. Same set of (h k l)
 * within the reference's |g| range, |g| = 1/d within 1e-9 relative, relative intensities within
 * 1e-6, and the same angle between every pair of spots (1e-7 rad) where pymatgen's 2-D positions
 * are self-consistent; the cases where they are not are exactly the hexagonal zones other than
 * [0001] (pymatgen's interplanar-angle formula uses cos γ* for the k·l terms), and there MatInf's
 * angles equal the lattice metric's.
 */
class TemParityTest {

    private static JsonNode reference() {
        return TestData.json(TestData.reference("electron/tem_spots.json"));
    }

    @Test
    void wavelengthEqualsPymatgens() {
        JsonNode ref = reference();
        assertEquals(ref.get("wavelength").asDouble(), ElectronWavelength.angstrom(200), 1e-15);
        assertEquals(ref.get("wavelength").asDouble(), SpotPatternCalculator.pymatgenCompatible().wavelength(), 1e-15);
    }

    @Test
    void spotsEqualPymatgens() {
        JsonNode ref = reference();
        double scale = ref.get("wavelength").asDouble() * ref.get("camera_length").asDouble();
        int cases = 0;
        int spots = 0;
        double worstG = 0;
        double worstI = 0;
        double worstAngle = 0;
        List<String> inconsistent = new ArrayList<>();
        for (JsonNode c : ref.get("cases")) {
            String file = c.get("file").asText();
            ZoneAxis zone = new ZoneAxis(c.get("zone").get(0).asInt(), c.get("zone").get(1).asInt(), c.get("zone").get(2).asInt());
            String name = file + " " + zone;
            Structure s = TestData.structure(file);
            SpotPatternCalculator calc = SpotPatternCalculator.pymatgenCompatibleBuilder().maxG(c.get("g_max").asDouble()).build();
            List<DiffractionSpot> mine = calc.calculate(s, zone);
            Map<String, JsonNode> theirs = new HashMap<>();
            double theirMax = 0;
            for (JsonNode r : c.get("spots")) {
                theirs.put(key(r.get(0).asInt(), r.get(1).asInt(), r.get(2).asInt()), r);
                theirMax = Math.max(theirMax, r.get(6).asDouble());
            }
            TreeSet<String> mineKeys = new TreeSet<>();
            for (DiffractionSpot p : mine) {
                mineKeys.add(key(p.h(), p.k(), p.l()));
            }
            assertEquals(new TreeSet<>(theirs.keySet()), mineKeys, name + ": set of (h k l)");
            for (DiffractionSpot p : mine) {
                JsonNode r = theirs.get(key(p.h(), p.k(), p.l()));
                double g = 1 / r.get(3).asDouble();
                worstG = Math.max(worstG, Math.abs(p.g() / g - 1));
                assertEquals(g, p.g(), 1e-9 * g, name + " |g| of " + p.hklLabel());
                assertEquals(p.g(), p.radius(), 1e-9 * g, name + " zero-order Laue zone spot " + p.hklLabel() + " lies in the detector plane");
                double rel = r.get(6).asDouble() / theirMax;
                worstI = Math.max(worstI, Math.abs(p.relativeIntensity() - rel));
                assertEquals(rel, p.relativeIntensity(), 1e-6, name + " relative intensity of " + p.hklLabel());
            }
            if (c.get("positions_consistent").asBoolean()) {
                worstAngle = Math.max(worstAngle, compareAngles(name, mine, theirs, scale));
            } else {
                inconsistent.add(name);
                checkAnglesAgainstMetric(name, s.lattice(), mine);
            }
            cases++;
            spots += mine.size();
        }
        assertEquals(27, cases);
        assertEquals(List.of("elements_cod/Mg.cif [1 0 0]", "elements_cod/Mg.cif [1 -1 0]", "elements_cod/Mg.cif [1 1 0]",
                "handmade/ZnO_wurtzite.vasp [1 0 0]"), inconsistent);
        System.out.printf(Locale.ROOT, "TEM parity: %d cases, %d spots; worst |g| %.2e rel., relative intensity %.2e, angle %.2e rad%n",
                cases, spots, worstG, worstI, worstAngle);
    }

    /** Worst difference of the angle between every pair of spots, MatInf's (gx, gy) against pymatgen's (x, y). */
    private static double compareAngles(String name, List<DiffractionSpot> mine, Map<String, JsonNode> theirs, double scale) {
        int n = mine.size();
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            DiffractionSpot p = mine.get(i);
            JsonNode r = theirs.get(key(p.h(), p.k(), p.l()));
            a[i] = new double[] {p.gx(), p.gy()};
            b[i] = new double[] {r.get(4).asDouble() / scale, r.get(5).asDouble() / scale};
        }
        double worst = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = Math.abs(angle(a[i], a[j]) - angle(b[i], b[j]));
                worst = Math.max(worst, d);
                if (d > 1e-7) {
                    throw new AssertionError(String.format(Locale.ROOT, "%s: angle between %s and %s: MatInf %.9f, pymatgen %.9f rad", name,
                            mine.get(i).hklLabel(), mine.get(j).hklLabel(), angle(a[i], a[j]), angle(b[i], b[j])));
                }
            }
        }
        return worst;
    }

    /** MatInf's spot angles equal the angles between the plane normals from the lattice metric. */
    private static void checkAnglesAgainstMetric(String name, Lattice lattice, List<DiffractionSpot> mine) {
        DiffractionSpot first = mine.get(0);
        for (DiffractionSpot p : mine) {
            double metric = Math.toRadians(lattice.angleBetweenPlanes(new double[] {first.h(), first.k(), first.l()},
                    new double[] {p.h(), p.k(), p.l()}));
            double spot = angle(new double[] {first.gx(), first.gy()}, new double[] {p.gx(), p.gy()});
            assertEquals(metric, spot, 1e-7, name + ": angle between " + first.hklLabel() + " and " + p.hklLabel());
        }
    }

    private static double angle(double[] u, double[] v) {
        return Math.atan2(Math.abs(u[0] * v[1] - u[1] * v[0]), u[0] * v[0] + u[1] * v[1]);
    }

    private static String key(int h, int k, int l) {
        return h + " " + k + " " + l;
    }
}
