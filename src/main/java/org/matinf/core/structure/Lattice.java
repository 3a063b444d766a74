package org.matinf.core.structure;

import java.util.Arrays;

/**
 * A crystal lattice: three lattice vectors a, b, c as the rows of a 3x3 matrix (Å). Built from
 * parameters it uses pymatgen's orientation (c along z), so Cartesian coordinates agree with
 * pymatgen's. Immutable.
 */
public final class Lattice {
    private final double[][] m;
    private final double[][] inv;
    private final double volume;

    /** A lattice from its vectors as matrix rows; throws for a singular or non-finite matrix. */
    public Lattice(double[][] matrix) {
        if (matrix == null || matrix.length != 3) {
            throw new IllegalArgumentException("Lattice matrix must be 3x3");
        }
        m = new double[3][];
        for (int i = 0; i < 3; i++) {
            if (matrix[i] == null || matrix[i].length != 3) {
                throw new IllegalArgumentException("Lattice matrix must be 3x3");
            }
            for (double v : matrix[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Lattice matrix has a non-finite entry: "
                            + Arrays.deepToString(matrix));
                }
            }
            m[i] = matrix[i].clone();
        }
        double det = Vec3.dot(Vec3.cross(m[0], m[1]), m[2]);
        volume = Math.abs(det);
        double scale = Vec3.norm(m[0]) * Vec3.norm(m[1]) * Vec3.norm(m[2]);
        if (!(volume > 1e-8 * scale) || volume < 1e-6) {
            throw new IllegalArgumentException("Lattice has zero volume (vectors are coplanar or zero): "
                    + Arrays.deepToString(matrix));
        }
        inv = Mat3.inverse(m);
    }

    /** A lattice from a, b, c (Å) and alpha, beta, gamma (degrees), oriented as pymatgen does. */
    public static Lattice fromParameters(double a, double b, double c, double alpha, double beta, double gamma) {
        double[] p = {a, b, c, alpha, beta, gamma};
        for (double v : p) {
            if (!Double.isFinite(v) || v <= 0) {
                throw new IllegalArgumentException("Lattice parameters must be positive numbers: "
                        + Arrays.toString(p));
            }
        }
        if (alpha >= 180 || beta >= 180 || gamma >= 180) {
            throw new IllegalArgumentException("Lattice angles must be below 180 degrees: " + Arrays.toString(p));
        }
        double ar = Math.toRadians(alpha);
        double br = Math.toRadians(beta);
        double gr = Math.toRadians(gamma);
        double val = (Math.cos(ar) * Math.cos(br) - Math.cos(gr)) / (Math.sin(ar) * Math.sin(br));
        val = Math.max(-1, Math.min(1, val));
        double gammaStar = Math.acos(val);
        double[] va = {a * Math.sin(br), 0.0, a * Math.cos(br)};
        double[] vb = {-b * Math.sin(ar) * Math.cos(gammaStar), b * Math.sin(ar) * Math.sin(gammaStar),
            b * Math.cos(ar)};
        double[] vc = {0.0, 0.0, c};
        return new Lattice(new double[][] {va, vb, vc});
    }

    public static Lattice cubic(double a) {
        return new Lattice(new double[][] {{a, 0, 0}, {0, a, 0}, {0, 0, a}});
    }

    /** A copy of the matrix (rows are a, b, c). */
    public double[][] matrix() {
        return Mat3.copy(m);
    }

    /** Lattice vector i (0 = a, 1 = b, 2 = c), a copy. */
    public double[] vector(int i) {
        return m[i].clone();
    }

    public double a() { return Vec3.norm(m[0]); }
    public double b() { return Vec3.norm(m[1]); }
    public double c() { return Vec3.norm(m[2]); }

    /** Lengths a, b, c. */
    public double[] abc() {
        return new double[] {a(), b(), c()};
    }

    /** Angle between b and c in degrees. */
    public double alpha() { return Vec3.angleDegrees(m[1], m[2]); }
    /** Angle between a and c in degrees. */
    public double beta() { return Vec3.angleDegrees(m[0], m[2]); }
    /** Angle between a and b in degrees. */
    public double gamma() { return Vec3.angleDegrees(m[0], m[1]); }

    public double[] angles() {
        return new double[] {alpha(), beta(), gamma()};
    }

    /** Cell volume in Å^3. */
    public double volume() {
        return volume;
    }

    /** True if the vectors form a right-handed set. */
    public boolean isRightHanded() {
        return Vec3.dot(Vec3.cross(m[0], m[1]), m[2]) > 0;
    }

    /** The metric tensor G = M M^T. */
    public double[][] metricTensor() {
        return Mat3.multiply(m, Mat3.transpose(m));
    }

    /** Reciprocal lattice with the 2π factor (physics convention). */
    public Lattice reciprocalLattice() {
        double[][] r = Mat3.transpose(inv);
        for (double[] row : r) {
            for (int j = 0; j < 3; j++) {
                row[j] *= 2 * Math.PI;
            }
        }
        return new Lattice(r);
    }

    /** Reciprocal lattice without the 2π factor (crystallographers' a*, b*, c*). */
    public Lattice reciprocalLatticeCrystallographic() {
        return new Lattice(Mat3.transpose(inv));
    }

    /** Cartesian coordinates (Å) of fractional coordinates. */
    public double[] toCartesian(double[] frac) {
        return Mat3.rowTimes(frac, m);
    }

    /** Fractional coordinates of Cartesian coordinates (Å). */
    public double[] toFractional(double[] cart) {
        return Mat3.rowTimes(cart, inv);
    }

    /** Writes Cartesian coordinates of {@code frac} into {@code out} without allocating. */
    public void toCartesian(double fx, double fy, double fz, double[] out) {
        out[0] = fx * m[0][0] + fy * m[1][0] + fz * m[2][0];
        out[1] = fx * m[0][1] + fy * m[1][1] + fz * m[2][1];
        out[2] = fx * m[0][2] + fy * m[1][2] + fz * m[2][2];
    }

    /** The reciprocal-lattice vector G*(hkl) without 2π, in Cartesian 1/Å. */
    public double[] reciprocalVector(double h, double k, double l) {
        double[][] r = Mat3.transpose(inv);
        return new double[] {h * r[0][0] + k * r[1][0] + l * r[2][0], h * r[0][1] + k * r[1][1] + l * r[2][1],
            h * r[0][2] + k * r[1][2] + l * r[2][2]};
    }

    /** Interplanar spacing d(hkl) in Å. */
    public double dSpacing(double h, double k, double l) {
        if (h == 0 && k == 0 && l == 0) {
            throw new IllegalArgumentException("d-spacing of (000) is undefined");
        }
        return 1.0 / Vec3.norm(reciprocalVector(h, k, l));
    }

    /** Angle in degrees between the planes (h1 k1 l1) and (h2 k2 l2), i.e. between their normals. */
    public double angleBetweenPlanes(double[] hkl1, double[] hkl2) {
        return Vec3.angleDegrees(reciprocalVector(hkl1[0], hkl1[1], hkl1[2]),
                reciprocalVector(hkl2[0], hkl2[1], hkl2[2]));
    }

    /** Angle in degrees between the lattice directions [u1 v1 w1] and [u2 v2 w2]. */
    public double angleBetweenDirections(double[] uvw1, double[] uvw2) {
        return Vec3.angleDegrees(toCartesian(uvw1), toCartesian(uvw2));
    }

    /** This lattice scaled uniformly to the given volume. */
    public Lattice scaledToVolume(double newVolume) {
        return new Lattice(Mat3.scale(m, Math.cbrt(newVolume / volume)));
    }

    /** The lattice whose rows are {@code t} times these rows (t integer or not). */
    public Lattice transformed(double[][] t) {
        return new Lattice(Mat3.multiply(t, m));
    }

    /** Niggli-reduced lattice (Křivý–Gruber with the tolerance of Grosse-Kunstleve et al. 2004). */
    public Lattice niggliReduced() {
        return LatticeReduction.niggli(this, 1e-5);
    }

    /** LLL-reduced lattice (δ = 0.75). */
    public Lattice lllReduced() {
        return LatticeReduction.lll(this, 0.75);
    }

    /** Same lattice within a tolerance on every matrix element (Å). */
    public boolean equalsWithin(Lattice o, double tol) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (Math.abs(m[i][j] - o.m[i][j]) > tol) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Lattice(a=%.5f, b=%.5f, c=%.5f, alpha=%.4f, beta=%.4f, gamma=%.4f)",
                a(), b(), c(), alpha(), beta(), gamma());
    }
}
