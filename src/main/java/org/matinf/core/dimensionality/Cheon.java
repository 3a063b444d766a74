package org.matinf.core.dimensionality;

import org.matinf.core.environment.CovalentRadii;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Structure;

/**
 * Cheon et al.'s dimensionality classification (Nano Lett. 17, 1915 (2017)), as pymatgen's
 * {@code get_dimensionality_cheon} with its defaults (tolerance 0.45 Å, Jmol radii, 2×2×2 then
 * 3×3×3 supercells) but without standardising the cell (pymatgen's {@code standardize=False}):
 * bonded clusters are found in the cell and in supercells; a cluster that grows by 2^n in a 2×2×2
 * supercell (3^n in 3×3×3) extends in n dimensions.
 *
 * <p>Two atoms are bonded when some image with cell offsets in {−1, 0, 1}³ of one lies closer to
 * the other than r_a + r_b + tolerance (an atom is never bonded to its own images). The answer is
 * "0D" … "3D", "intercalated ion" (an unbonded atom in the 2×2×2 supercell), "intercalated
 * molecule" (clusters that do not grow next to ones that do) or "undetermined" (cluster sizes that
 * fit no dimensionality, or an unbonded atom in the cell whose images bond: pymatgen returns None
 * or fails there). The answer depends on the cell: pymatgen standardises it first with spglib,
 * which MatInf does not.
 *
 * @param radii bonding radii (Cheon et al. and pymatgen use {@link CovalentRadii#JMOL})
 * @param tolerance added to the sum of the radii, Å
 */
public record Cheon(CovalentRadii radii, double tolerance) {
    /** pymatgen's defaults: Jmol radii, tolerance 0.45 Å. */
    public static final Cheon DEFAULT = new Cheon(CovalentRadii.JMOL, 0.45);
    /** Label of a structure whose cluster sizes fit no dimensionality. */
    public static final String UNDETERMINED = "undetermined";

    /**
     * Cheon's answer.
     *
     * @param label "0D", "1D", "2D", "3D", "intercalated ion", "intercalated molecule" or "undetermined"
     * @param dimensionality 0–3 for "nD", −1 otherwise
     */
    public record Classification(String label, int dimensionality) {
        static Classification of(String label) {
            return new Classification(label, -1);
        }

        static Classification dimensional(int n) {
            return n >= 0 && n <= 3 ? new Classification(n + "D", n) : of(UNDETERMINED);
        }
    }

    /** Checks the values. */
    public Cheon {
        if (radii == null || !(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("Cheon's method needs a radius table and a tolerance ≥ 0 Å, got " + tolerance);
        }
    }

    /** Classifies a periodic structure. */
    public Classification classify(Structure s) {
        if (!s.isPeriodic()) {
            throw new IllegalArgumentException("Cheon's method needs a crystal (a cell), not a molecule");
        }
        int[] one = clusters(s, 1);
        int[] two = clusters(s, 2);
        if (two[1] == 1) {
            return Classification.of("intercalated ion");
        }
        if (two[1] == one[1]) {
            return Classification.of(two[0] == one[0] ? "0D" : "intercalated molecule");
        }
        int n = exponent(two[0], one[0], 2);
        if (n != Integer.MIN_VALUE) {
            return Classification.dimensional(n);
        }
        if (one[0] == 0) {
            return Classification.of(UNDETERMINED);
        }
        int[] three = clusters(s, 3);
        if (three[1] == two[1]) {
            return Classification.of(three[0] == two[0] ? "0D" : "intercalated molecule");
        }
        n = exponent(three[0], one[0], 3);
        return n == Integer.MIN_VALUE ? Classification.of(UNDETERMINED) : Classification.dimensional(n);
    }

    /** k with big / small = base^k exactly, else Integer.MIN_VALUE (also when small is 0). */
    private static int exponent(int big, int small, int base) {
        if (small <= 0 || big <= 0) {
            return Integer.MIN_VALUE;
        }
        int sign = big >= small ? 1 : -1;
        int hi = Math.max(big, small);
        int lo = Math.min(big, small);
        if (hi % lo != 0) {
            return Integer.MIN_VALUE;
        }
        int q = hi / lo;
        int k = 0;
        while (q % base == 0) {
            q /= base;
            k++;
        }
        return q == 1 ? sign * k : Integer.MIN_VALUE;
    }

    /**
     * Largest and smallest cluster of the m×m×m supercell: {0, 1} when some atom has no bond,
     * {0, 0} for no atoms.
     */
    int[] clusters(Structure s, int m) {
        int n0 = s.numSites();
        int n = n0 * m * m * m;
        if (n == 0) {
            return new int[] {0, 0};
        }
        double[][] cell = s.lattice().matrix();
        double[][] big = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int k = 0; k < 3; k++) {
                big[a][k] = cell[a][k] * m;
            }
        }
        Lattice lattice = new Lattice(big);
        double[][] pos = new double[n][];
        double[] r = new double[n];
        int p = 0;
        for (int i = 0; i < n0; i++) {
            double[] f = s.site(i).frac();
            double ri = radii.radius(s.site(i));
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    for (int c = 0; c < m; c++) {
                        double[] g = m == 1 ? f : new double[] {
                            Structure.wrap((f[0] + a) / m), Structure.wrap((f[1] + b) / m), Structure.wrap((f[2] + c) / m)};
                        pos[p] = lattice.toCartesian(g);
                        r[p++] = ri;
                    }
                }
            }
        }
        return sizes(pos, r, translations(big));
    }

    /** The 27 translations n·L for n in {−1, 0, 1}³. */
    private static double[][] translations(double[][] l) {
        double[][] t = new double[27][3];
        int q = 0;
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                for (int c = -1; c <= 1; c++) {
                    for (int k = 0; k < 3; k++) {
                        t[q][k] = a * l[0][k] + b * l[1][k] + c * l[2][k];
                    }
                    q++;
                }
            }
        }
        return t;
    }

    private int[] sizes(double[][] pos, double[] r, double[][] shifts) {
        int n = pos.length;
        int[] parent = new int[n];
        boolean[] bonded = new boolean[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double cut = r[i] + r[j] + tolerance;
                double dx = pos[j][0] - pos[i][0];
                double dy = pos[j][1] - pos[i][1];
                double dz = pos[j][2] - pos[i][2];
                for (double[] t : shifts) {
                    double x = dx - t[0];
                    double y = dy - t[1];
                    double z = dz - t[2];
                    if (Math.sqrt(x * x + y * y + z * z) < cut) {
                        bonded[i] = true;
                        bonded[j] = true;
                        parent[find(parent, i)] = find(parent, j);
                        break;
                    }
                }
            }
        }
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            if (!bonded[i]) {
                return new int[] {0, 1};
            }
            size[find(parent, i)]++;
        }
        int max = 0;
        int min = Integer.MAX_VALUE;
        for (int x : size) {
            if (x > 0) {
                max = Math.max(max, x);
                min = Math.min(min, x);
            }
        }
        return new int[] {max, min};
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
