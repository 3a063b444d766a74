package org.matinf.core.diffraction.ebsd;

import org.matinf.core.orientation.CrystalFrame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.structure.Mat3;
import org.matinf.core.structure.Structure;
import org.matinf.core.symmetry.SpaceGroups;
import org.matinf.core.symmetry.SymmetryOperation;
import org.matinf.testutil.TestData;

/**
 * The test crystals of the EBSD tests — fcc Ni (Fm-3m), bcc Fe (Im-3m) and hcp Mg (P6₃/mmc) from
 * the shared library — with their Laue groups as Cartesian matrices in the {@link CrystalFrame},
 * and master patterns built once per JVM.
 */
final class EbsdCrystals {
    static final String[] ELEMENTS = {"Ni", "Fe", "Mg"};
    private static final Map<String, Integer> SPACE_GROUP = Map.of("Ni", 225, "Fe", 229, "Mg", 194);
    private static final Map<String, KikuchiMasterPattern> MASTERS = new HashMap<>();

    private EbsdCrystals() {
    }

    static Structure structure(String element) {
        return TestData.structure("elements_cod/" + element + ".cif");
    }

    /** The master pattern at 20 kV, d ≥ 0.5 Å, 301 × 301 points per hemisphere. */
    static synchronized KikuchiMasterPattern master(String element) {
        return MASTERS.computeIfAbsent(element, e -> KikuchiMasterPattern.builder(KikuchiReflectors.of(structure(e), 20))
                .resolution(301).build());
    }

    /**
     * The Laue group (point group with the inversion added) of the element's structure as Cartesian
     * matrices in its crystal frame, from the rotation parts of the space group's operations.
     */
    static List<double[][]> laueGroup(String element) {
        CrystalFrame frame = new CrystalFrame(structure(element).lattice());
        List<double[][]> out = new ArrayList<>();
        for (SymmetryOperation op : SpaceGroups.byNumber(SPACE_GROUP.get(element)).operations()) {
            double[][] r = frame.cartesian(op.rotation());
            add(out, r);
            add(out, Mat3.scale(r, -1));
        }
        return out;
    }

    /** The proper rotations (determinant +1) of the Laue group. */
    static List<double[][]> rotations(String element) {
        List<double[][]> out = new ArrayList<>();
        for (double[][] r : laueGroup(element)) {
            if (Mat3.determinant(r) > 0) {
                out.add(r);
            }
        }
        return out;
    }

    private static void add(List<double[][]> list, double[][] m) {
        for (double[][] e : list) {
            double diff = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    diff = Math.max(diff, Math.abs(e[i][j] - m[i][j]));
                }
            }
            if (diff < 1e-9) {
                return;
            }
        }
        list.add(m);
    }

    /** m · v. */
    static double[] times(double[][] m, double[] v) {
        return Mat3.times(m, v);
    }
}
