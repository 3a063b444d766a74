package org.matinf.core.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.matinf.core.structure.Mat3;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

class CrystalSymmetryTest {

    @Test
    void knownCrystalsGetTheirLaueClass() {
        assertEquals(LaueGroup.parse("m-3m"), CrystalSymmetry.laueGroup(TestData.structure("elements_cod/Al.cif")));
        assertEquals(LaueGroup.parse("m-3m"), CrystalSymmetry.laueGroup(TestData.structure("elements_cod/Si.cif")));
        assertEquals(LaueGroup.parse("m-3m"), CrystalSymmetry.laueGroup(TestData.structure("elements_cod/Fe.cif")));
        assertEquals(LaueGroup.parse("6/mmm"), CrystalSymmetry.laueGroup(TestData.structure("elements_cod/Mg.cif")));
    }

    @Test
    void aCrystalTurnedAwayFromItsAxesIsStillFoundIfTheFrameIsStandard() {
        // the standard frame is defined by a and b, so a rotated copy of the lattice gives the same class
        Structure al = TestData.structure("elements_cod/Al.cif");
        double[][] m = al.lattice().matrix();
        double[][] r = Orientation.fromBunge(17, 33, 71).crystalToSample();
        double[][] turned = new double[3][];
        for (int i = 0; i < 3; i++) {
            turned[i] = Mat3.times(r, m[i]);
        }
        Structure rotated = new Structure(new Lattice(turned), al.sites());
        assertEquals(LaueGroup.parse("m-3m"), CrystalSymmetry.laueGroup(rotated));
    }

    @Test
    void aDistortedCubicCellLosesItsCubicSymmetry() {
        List<Site> sites = new ArrayList<>(TestData.structure("elements_cod/Al.cif").sites());
        Structure tetragonal = new Structure(Lattice.fromParameters(4.05, 4.05, 4.3, 90, 90, 90), sites);
        assertEquals(LaueGroup.parse("4/mmm"), CrystalSymmetry.laueGroup(tetragonal));
        Structure triclinic = new Structure(Lattice.fromParameters(4.05, 4.1, 4.3, 88, 91, 93), sites);
        assertEquals(LaueGroup.parse("-1"), CrystalSymmetry.laueGroup(triclinic));
    }

    /**
     * Over the whole structure library, against the point operations spglib finds (pymatgen's
     * SpacegroupAnalyzer, symprec 0.01 Å; reference/orientation/make_point_rotations.py): the class
     * found is the largest standard Laue class whose rotations are all among spglib's, turned into
     * the standard frame.
     */
    @Test
    void agreesWithSpglibOverTheLibrary() throws IOException {
        JsonNode ref;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(TestData.reference("orientation/point_rotations.json.gz")))) {
            ref = TestData.json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        int compared = 0;
        List<String> different = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ref.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Structure s = TestData.structure(e.getKey());
            double[][] a = s.lattice().matrix();
            double[][] std = new CrystalFrame(s.lattice()).standardLattice().matrix();
            double[][] et = Mat3.multiply(Mat3.inverse(a), std); // Eᵀ: A_std = A Eᵀ
            double[][] eMat = Mat3.transpose(et);
            List<double[][]> spglib = new ArrayList<>();
            for (JsonNode r : e.getValue()) {
                spglib.add(Mat3.multiply(Mat3.multiply(eMat, TestData.matrix(r)), et));
            }
            LaueGroup expected = LaueGroup.parse("-1");
            for (LaueGroup g : LaueGroup.values()) {
                if (g.order() > expected.order() && g.rotations().stream().allMatch(r -> contains(spglib, r.crystalToSample()))) {
                    expected = g;
                }
            }
            LaueGroup found = CrystalSymmetry.laueGroup(s);
            compared++;
            if (found != expected) {
                different.add(e.getKey() + ": " + found + " vs spglib " + expected);
            }
        }
        assertTrue(compared >= 170, "compared " + compared);
        assertTrue(different.isEmpty(), different.size() + " of " + compared + " differ: " + different);
    }

    private static boolean contains(List<double[][]> rotations, double[][] r) {
        for (double[][] q : rotations) {
            double d = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    d = Math.max(d, Math.abs(q[i][j] - r[i][j]));
                }
            }
            if (d < 1e-2) {
                return true;
            }
        }
        return false;
    }

    @Test
    void moleculesHaveNoLaueClass() {
        Structure al = TestData.structure("elements_cod/Al.cif");
        Structure molecule = new Structure(al.lattice(), al.sites(), false, "m");
        assertThrows(IllegalArgumentException.class, () -> CrystalSymmetry.laueGroup(molecule));
    }
}
