package org.matinf.core.orientation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Mat3;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.Vec3;

/**
 * The Laue class of a crystal as it sits in its standard frame ({@link CrystalFrame}): the largest
 * of the 11 classes all of whose rotations R are, as R or as the improper −R, symmetry operations
 * of the structure (some translation maps every site onto a site of the same species and
 * occupancy within {@link #TOLERANCE} Å). This is the symmetry of its kinematic diffraction
 * patterns, the one that makes orientations equivalent. It is found from the atoms, not from a
 * space-group symbol; a cell in a non-standard setting (say, the rhombohedral primitive cell of a
 * hexagonal crystal, or a cubic crystal turned away from its axes) gets a smaller class, which is
 * still correct — just a larger fundamental zone.
 */
public final class CrystalSymmetry {
    /** Largest distance, in Å, between a site's image and the site it must land on. */
    public static final double TOLERANCE = 0.02;
    private static final LaueGroup[] LARGEST_FIRST = largestFirst();

    private CrystalSymmetry() {
    }

    /** The Laue class of a periodic structure in its standard frame. */
    public static LaueGroup laueGroup(Structure structure) {
        if (!structure.isPeriodic()) {
            throw new IllegalArgumentException("a molecule has no Laue class; give a crystal");
        }
        Structure standard = CrystalFrame.standardized(structure);
        Checker checker = new Checker(standard);
        Map<String, Boolean> seen = new HashMap<>();
        for (LaueGroup group : LARGEST_FIRST) {
            boolean all = true;
            for (Orientation r : group.rotations()) {
                String key = key(r);
                Boolean ok = seen.get(key);
                if (ok == null) {
                    double[][] m = r.crystalToSample();
                    ok = checker.isSymmetry(m) || checker.isSymmetry(Mat3.scale(m, -1));
                    seen.put(key, ok);
                }
                if (!ok) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return group;
            }
        }
        return LaueGroup.parse("-1");
    }

    private static String key(Orientation r) {
        double[] q = r.quaternion();
        return Math.round(q[0] * 1e6) + "," + Math.round(q[1] * 1e6) + "," + Math.round(q[2] * 1e6) + "," + Math.round(q[3] * 1e6);
    }

    private static LaueGroup[] largestFirst() {
        List<LaueGroup> groups = new ArrayList<>(List.of(LaueGroup.values()));
        groups.sort(Comparator.comparingInt(LaueGroup::order).reversed());
        return groups.toArray(new LaueGroup[0]);
    }

    /** Tests Cartesian point operations against the sites of one structure. */
    private static final class Checker {
        private final Lattice lattice;
        private final double[][] frac;
        private final String[] kind;
        private final int reference;

        Checker(Structure s) {
            lattice = s.lattice();
            int n = s.numSites();
            frac = new double[n][];
            kind = new String[n];
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Site site = s.site(i);
                frac[i] = site.frac();
                kind[i] = site.species().toString();
                counts.merge(kind[i], 1, Integer::sum);
            }
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (counts.get(kind[i]) < counts.get(kind[best])) {
                    best = i;
                }
            }
            reference = best;
        }

        /** True if the Cartesian operation m (x' = m x) with some translation maps the crystal onto itself. */
        boolean isSymmetry(double[][] m) {
            // fractional rows: f' = f W with W = A mᵀ A⁻¹ (A: rows a, b, c)
            double[][] a = lattice.matrix();
            double[][] w = Mat3.multiply(Mat3.multiply(a, Mat3.transpose(m)), Mat3.inverse(a));
            // W must be an integer matrix, up to the lattice's own small distortions: round it and
            // require the rounded operation to move each lattice vector by at most 2 × TOLERANCE
            for (double[] row : w) {
                for (int c = 0; c < 3; c++) {
                    if (Math.abs(row[c] - Math.rint(row[c])) > 0.05) {
                        return false;
                    }
                    row[c] = Math.rint(row[c]);
                }
            }
            double[][] moved = Mat3.multiply(w, a);
            double[][] rotated = Mat3.multiply(a, Mat3.transpose(m));
            for (int i = 0; i < 3; i++) {
                if (Vec3.distance(moved[i], rotated[i]) > 2 * TOLERANCE) {
                    return false;
                }
            }
            double[][] image = new double[frac.length][];
            for (int i = 0; i < frac.length; i++) {
                image[i] = Mat3.rowTimes(frac[i], w);
            }
            for (int j = 0; j < frac.length; j++) {
                if (!kind[j].equals(kind[reference])) {
                    continue;
                }
                double[] t = new double[3];
                for (int c = 0; c < 3; c++) {
                    t[c] = frac[j][c] - image[reference][c];
                }
                if (mapsAll(image, t)) {
                    return true;
                }
            }
            return false;
        }

        private boolean mapsAll(double[][] image, double[] t) {
            for (int i = 0; i < image.length; i++) {
                boolean found = false;
                for (int k = 0; k < frac.length && !found; k++) {
                    found = kind[k].equals(kind[i]) && close(image[i], t, frac[k]);
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }

        private boolean close(double[] p, double[] t, double[] q) {
            double dx = p[0] + t[0] - q[0];
            double dy = p[1] + t[1] - q[1];
            double dz = p[2] + t[2] - q[2];
            dx -= Math.rint(dx);
            dy -= Math.rint(dy);
            dz -= Math.rint(dz);
            double[] cart = new double[3];
            lattice.toCartesian(dx, dy, dz, cart);
            return cart[0] * cart[0] + cart[1] * cart[1] + cart[2] * cart[2] <= TOLERANCE * TOLERANCE;
        }
    }
}
