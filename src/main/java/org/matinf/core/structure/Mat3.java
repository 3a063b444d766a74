package org.matinf.core.structure;

/** Small helpers on 3x3 matrices stored as double[3][3]. */
public final class Mat3 {
    private Mat3() {
    }

    public static double[][] identity() {
        return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }

    public static double[][] copy(double[][] a) {
        return new double[][] {a[0].clone(), a[1].clone(), a[2].clone()};
    }

    public static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return c;
    }

    public static double[][] transpose(double[][] a) {
        return new double[][] {{a[0][0], a[1][0], a[2][0]}, {a[0][1], a[1][1], a[2][1]}, {a[0][2], a[1][2], a[2][2]}};
    }

    public static double[][] scale(double[][] a, double s) {
        double[][] c = copy(a);
        for (double[] row : c) {
            for (int j = 0; j < 3; j++) {
                row[j] *= s;
            }
        }
        return c;
    }

    public static double determinant(double[][] a) {
        return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    }

    public static double[][] inverse(double[][] a) {
        double det = determinant(a);
        if (det == 0 || !Double.isFinite(det)) {
            throw new IllegalArgumentException("Singular matrix");
        }
        double[][] r = new double[3][3];
        r[0][0] = (a[1][1] * a[2][2] - a[1][2] * a[2][1]) / det;
        r[0][1] = (a[0][2] * a[2][1] - a[0][1] * a[2][2]) / det;
        r[0][2] = (a[0][1] * a[1][2] - a[0][2] * a[1][1]) / det;
        r[1][0] = (a[1][2] * a[2][0] - a[1][0] * a[2][2]) / det;
        r[1][1] = (a[0][0] * a[2][2] - a[0][2] * a[2][0]) / det;
        r[1][2] = (a[0][2] * a[1][0] - a[0][0] * a[1][2]) / det;
        r[2][0] = (a[1][0] * a[2][1] - a[1][1] * a[2][0]) / det;
        r[2][1] = (a[0][1] * a[2][0] - a[0][0] * a[2][1]) / det;
        r[2][2] = (a[0][0] * a[1][1] - a[0][1] * a[1][0]) / det;
        return r;
    }

    /** Row vector v times matrix a (v·a). */
    public static double[] rowTimes(double[] v, double[][] a) {
        return new double[] {v[0] * a[0][0] + v[1] * a[1][0] + v[2] * a[2][0],
            v[0] * a[0][1] + v[1] * a[1][1] + v[2] * a[2][1], v[0] * a[0][2] + v[1] * a[1][2] + v[2] * a[2][2]};
    }

    /** Matrix a times column vector v. */
    public static double[] times(double[][] a, double[] v) {
        return new double[] {Vec3.dot(a[0], v), Vec3.dot(a[1], v), Vec3.dot(a[2], v)};
    }
}
