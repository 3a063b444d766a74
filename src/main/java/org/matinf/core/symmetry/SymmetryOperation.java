package org.matinf.core.symmetry;

import java.util.Arrays;
import java.util.Locale;
import org.matinf.core.structure.Mat3;

/**
 * A crystallographic symmetry operation in fractional coordinates: x' = W x + w, with W the 3x3
 * rotation part and w the translation part. Immutable. Written and parsed in the "x,y,z" notation of
 * the International Tables and of CIF files ({@code -x+1/2,y,-z+1/2}, {@code x-y,x,z+1/6},
 * {@code 1/2+x}, {@code 0.5+x}, letters in either case).
 */
public final class SymmetryOperation {
    /** Two translations or rotation entries closer than this count as equal. */
    public static final double EPS = 1e-6;

    private static final SymmetryOperation IDENTITY = new SymmetryOperation(Mat3.identity(), new double[3]);

    private final double[][] rotation;
    private final double[] translation;

    /** An operation from its rotation part (rows act on x, y, z) and translation part. */
    public SymmetryOperation(double[][] rotation, double[] translation) {
        if (rotation == null || rotation.length != 3 || translation == null || translation.length != 3) {
            throw new IllegalArgumentException("A symmetry operation needs a 3x3 rotation and a 3-vector translation");
        }
        this.rotation = Mat3.copy(rotation);
        this.translation = translation.clone();
        double det = Mat3.determinant(this.rotation);
        if (!(Math.abs(Math.abs(det) - 1) < 1e-6)) {
            throw new IllegalArgumentException("Not a symmetry operation: the rotation part has determinant " + det);
        }
    }

    /** The identity operation x,y,z. */
    public static SymmetryOperation identity() {
        return IDENTITY;
    }

    /** A pure translation (e.g. a centring vector). */
    public static SymmetryOperation translation(double tx, double ty, double tz) {
        return new SymmetryOperation(Mat3.identity(), new double[] {tx, ty, tz});
    }

    /**
     * Parses an operation written as three comma-separated expressions in x, y and z, e.g.
     * {@code "-x+1/2, y, -z+1/2"}. Throws {@link IllegalArgumentException} naming the problem for anything
     * else.
     */
    public static SymmetryOperation parse(String text) {
        return XyzParser.parse(text);
    }

    /** The rotation part W (a copy). */
    public double[][] rotation() {
        return Mat3.copy(rotation);
    }

    /** The translation part w (a copy). */
    public double[] translation() {
        return translation.clone();
    }

    /** Applies the operation to fractional coordinates (no wrapping into the cell). */
    public double[] apply(double[] frac) {
        double[] out = Mat3.times(rotation, frac);
        for (int i = 0; i < 3; i++) {
            out[i] += translation[i];
        }
        return out;
    }

    /** The operation "first {@code first}, then this": W = W_this W_first, w = W_this w_first + w_this. */
    public SymmetryOperation compose(SymmetryOperation first) {
        double[][] w = Mat3.multiply(rotation, first.rotation);
        double[] t = apply(first.translation);
        return new SymmetryOperation(w, t);
    }

    /** The inverse operation. */
    public SymmetryOperation inverse() {
        double[][] inv = Mat3.inverse(rotation);
        double[] t = Mat3.times(inv, translation);
        for (int i = 0; i < 3; i++) {
            t[i] = -t[i];
        }
        return new SymmetryOperation(round(inv), t);
    }

    /** The same operation with its translation reduced into [0, 1). */
    public SymmetryOperation reduced() {
        double[] t = new double[3];
        for (int i = 0; i < 3; i++) {
            t[i] = wrap(translation[i]);
        }
        return new SymmetryOperation(rotation, t);
    }

    /**
     * The operation written in another setting: new basis vectors (a', b', c') = (a, b, c) P (the columns
     * of P are the new vectors in old coordinates), new origin at {@code origin} in old coordinates. Then
     * W' = P⁻¹ W P and w' = P⁻¹ (w + W p - p).
     */
    public SymmetryOperation transformed(double[][] p, double[] origin) {
        double[][] pinv = Mat3.inverse(p);
        double[][] w = round(Mat3.multiply(pinv, Mat3.multiply(rotation, p)));
        double[] wp = Mat3.times(rotation, origin);
        double[] t = new double[3];
        for (int i = 0; i < 3; i++) {
            t[i] = translation[i] + wp[i] - origin[i];
        }
        return new SymmetryOperation(w, Mat3.times(pinv, t));
    }

    /** True if the rotation parts agree and the translations differ by a lattice vector. */
    public boolean equalsModuloLattice(SymmetryOperation o) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (Math.abs(rotation[i][j] - o.rotation[i][j]) > EPS) {
                    return false;
                }
            }
            double d = translation[i] - o.translation[i];
            if (Math.abs(d - Math.rint(d)) > EPS) {
                return false;
            }
        }
        return true;
    }

    /** True for a pure translation (identity rotation part). */
    public boolean isTranslation() {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (Math.abs(rotation[i][j] - (i == j ? 1 : 0)) > EPS) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The "x,y,z" form, translations as fractions where they are simple ones ("-x+1/2,y,-z+1/2"). */
    public String toXyzString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                sb.append(',');
            }
            StringBuilder row = new StringBuilder();
            for (int j = 0; j < 3; j++) {
                double c = rotation[i][j];
                if (Math.abs(c) < EPS) {
                    continue;
                }
                row.append(c < 0 ? "-" : row.length() > 0 ? "+" : "");
                if (Math.abs(Math.abs(c) - 1) > EPS) {
                    row.append(number(Math.abs(c)));
                }
                row.append("xyz".charAt(j));
            }
            double t = translation[i];
            if (Math.abs(t) > EPS) {
                row.append(t < 0 ? "-" : row.length() > 0 ? "+" : "").append(number(Math.abs(t)));
            } else if (row.length() == 0) {
                row.append('0');
            }
            sb.append(row);
        }
        return sb.toString();
    }

    private static String number(double v) {
        for (int den = 1; den <= 12; den++) {
            double num = v * den;
            if (Math.abs(num - Math.rint(num)) < EPS) {
                long n = Math.round(num);
                return den == 1 ? Long.toString(n) : n + "/" + den;
            }
        }
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
    }

    static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1 - EPS ? 0.0 : w < EPS ? 0.0 : w;
    }

    /** Snaps entries that are integers to within rounding error, so transformed matrices stay exact. */
    private static double[][] round(double[][] m) {
        double[][] out = Mat3.copy(m);
        for (double[] row : out) {
            for (int j = 0; j < 3; j++) {
                if (Math.abs(row[j] - Math.rint(row[j])) < 1e-9) {
                    row[j] = Math.rint(row[j]);
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SymmetryOperation)) {
            return false;
        }
        SymmetryOperation s = (SymmetryOperation) o;
        return Arrays.deepEquals(rotation, s.rotation) && Arrays.equals(translation, s.translation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(rotation) + Arrays.hashCode(translation);
    }

    @Override
    public String toString() {
        return toXyzString();
    }
}
