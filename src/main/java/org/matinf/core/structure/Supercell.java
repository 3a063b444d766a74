package org.matinf.core.structure;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.progress.ProgressListener;

/** Supercells from integer 3x3 matrices, diagonal or not. */
final class Supercell {
    private static final double TOL = 1e-8;

    private Supercell() {
    }

    static Structure make(Structure s, int[][] t, ProgressListener listener) {
        if (t == null || t.length != 3 || t[0].length != 3 || t[1].length != 3 || t[2].length != 3) {
            throw new IllegalArgumentException("A supercell matrix must be 3x3 integers");
        }
        double[][] td = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                td[i][j] = t[i][j];
            }
        }
        long det = Math.round(Mat3.determinant(td));
        if (det == 0) {
            throw new IllegalArgumentException("Supercell matrix is singular (determinant 0)");
        }
        if (Math.abs(det) * (long) s.numSites() > 50_000_000L) {
            throw new IllegalArgumentException("Supercell would hold " + Math.abs(det) * s.numSites()
                    + " sites; the limit is 50,000,000");
        }
        Lattice newLattice = s.lattice().transformed(td);
        double[][] tInv = Mat3.inverse(td);
        List<int[]> points = latticePoints(t, tInv);
        if (points.size() != Math.abs(det)) {
            throw new IllegalStateException("Found " + points.size() + " lattice points in a supercell of determinant " + det);
        }
        List<Site> out = new ArrayList<>((int) (points.size() * s.numSites()));
        long total = (long) points.size() * s.numSites();
        for (Site site : s.sites()) {
            if (out.size() % 4096 < points.size()) {
                listener.checkCancelled();
                listener.progress(out.size(), total, "Building supercell");
            }
            double[] f = site.frac();
            for (int[] p : points) {
                double[] shifted = {f[0] + p[0], f[1] + p[1], f[2] + p[2]};
                double[] nf = Mat3.rowTimes(shifted, tInv);
                out.add(site.withFrac(nf));
            }
        }
        listener.progress(total, total, "Building supercell");
        return new Structure(newLattice, out, s.isPeriodic(), s.title());
    }

    /** Integer translations of the old lattice that fall inside the new cell, in a fixed order. */
    private static List<int[]> latticePoints(int[][] t, double[][] tInv) {
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int k = 0; k < 3; k++) {
            for (int corner = 0; corner < 8; corner++) {
                int v = 0;
                for (int r = 0; r < 3; r++) {
                    if ((corner >> r & 1) == 1) {
                        v += t[r][k];
                    }
                }
                lo[k] = Math.min(lo[k], v);
                hi[k] = Math.max(hi[k], v);
            }
        }
        List<int[]> pts = new ArrayList<>();
        for (int a = lo[0]; a <= hi[0]; a++) {
            for (int b = lo[1]; b <= hi[1]; b++) {
                for (int c = lo[2]; c <= hi[2]; c++) {
                    double[] f = Mat3.rowTimes(new double[] {a, b, c}, tInv);
                    if (inside(f[0]) && inside(f[1]) && inside(f[2])) {
                        pts.add(new int[] {a, b, c});
                    }
                }
            }
        }
        return pts;
    }

    private static boolean inside(double x) {
        return x > -TOL && x < 1 - TOL;
    }
}
