package org.matinf.core.deep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import org.matinf.core.orientation.Orientation;

/**
 * The continuous 6D representation of rotations (Zhou et al., "On the continuity of rotation
 * representations in neural networks", CVPR 2019): two 3-vectors a1, a2 are made orthonormal by
 * Gram–Schmidt, b1 = a1/|a1|, b2 = (a2 − (b1·a2) b1)/|…|, b3 = b1 × b2, and the rotation matrix
 * has b1, b2, b3 as its columns. All steps are NDArray operations, so gradients flow through them.
 *
 * <p>In MatInf the matrix is the Bunge matrix g of the crystal's orientation, v_crystal = g ·
 * v_sample ({@link Orientation#matrix()}); a network is trained to output the 6 numbers whose
 * matrix is the label's g.
 */
public final class SixDRotation {
    private static final float EPS = 1e-8f;

    private SixDRotation() {
    }

    /** [batch, 6] → [batch, 3, 3] rotation matrices (columns b1, b2, b3). */
    public static NDArray toMatrix(NDArray sixD) {
        if (sixD.getShape().dimension() != 2 || sixD.getShape().get(1) != 6) {
            throw new IllegalArgumentException("the 6D representation needs shape [batch, 6], got " + sixD.getShape());
        }
        NDArray a1 = sixD.get(":, 0:3");
        NDArray a2 = sixD.get(":, 3:6");
        NDArray b1 = normalise(a1);
        NDArray b2 = normalise(a2.sub(b1.mul(b1.mul(a2).sum(new int[] {1}, true))));
        NDArray b3 = cross(b1, b2);
        return NDArrays.stack(new NDList(b1, b2, b3), 2);
    }

    private static NDArray normalise(NDArray v) {
        return v.div(v.norm(new int[] {1}, true).add(EPS));
    }

    /** Row-wise cross product of two [batch, 3] arrays. */
    static NDArray cross(NDArray a, NDArray b) {
        NDArray ax = a.get(":, 0:1");
        NDArray ay = a.get(":, 1:2");
        NDArray az = a.get(":, 2:3");
        NDArray bx = b.get(":, 0:1");
        NDArray by = b.get(":, 1:2");
        NDArray bz = b.get(":, 2:3");
        return NDArrays.concat(new NDList(ay.mul(bz).sub(az.mul(by)), az.mul(bx).sub(ax.mul(bz)), ax.mul(by).sub(ay.mul(bx))), 1);
    }

    /** The 6D representation of g: its first two columns, (g00, g10, g20, g01, g11, g21). */
    public static float[] of(Orientation g) {
        double[][] m = g.matrix();
        return new float[] {(float) m[0][0], (float) m[1][0], (float) m[2][0], (float) m[0][1], (float) m[1][1], (float) m[2][1]};
    }

    /** The Bunge matrix g as 9 floats in row-major order (the layout of the labels the loss takes). */
    public static float[] rowMajor(Orientation g) {
        double[][] m = g.matrix();
        float[] out = new float[9];
        for (int i = 0; i < 9; i++) {
            out[i] = (float) m[i / 3][i % 3];
        }
        return out;
    }

    /**
     * The orientations of [batch, 3, 3] Bunge matrices (e.g. from {@link #toMatrix}), re-orthonormalised
     * in double precision.
     */
    public static Orientation[] toOrientations(NDArray matrices) {
        float[] v = matrices.toFloatArray();
        Orientation[] out = new Orientation[v.length / 9];
        for (int b = 0; b < out.length; b++) {
            out[b] = Orientation.fromMatrix(orthonormalised(v, 9 * b));
        }
        return out;
    }

    /**
     * The rotation closest in Gram–Schmidt's sense to the 3×3 matrix at {@code v[at..at+9)} (row
     * major): its first column normalised, the second made orthogonal to it and normalised, the
     * third their cross product — in double precision, so that float rounding (a determinant off
     * by 1e-6) does not matter.
     */
    static double[][] orthonormalised(float[] v, int at) {
        double[] a = {v[at], v[at + 3], v[at + 6]};
        double[] b = {v[at + 1], v[at + 4], v[at + 7]};
        double na = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        for (int i = 0; i < 3; i++) {
            a[i] /= na;
        }
        double dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        for (int i = 0; i < 3; i++) {
            b[i] -= dot * a[i];
        }
        double nb = Math.sqrt(b[0] * b[0] + b[1] * b[1] + b[2] * b[2]);
        for (int i = 0; i < 3; i++) {
            b[i] /= nb;
        }
        double[] c = {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        return new double[][] {{a[0], b[0], c[0]}, {a[1], b[1], c[1]}, {a[2], b[2], c[2]}};
    }
}
