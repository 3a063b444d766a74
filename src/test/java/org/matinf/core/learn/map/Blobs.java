package org.matinf.core.learn.map;

import java.util.Random;

/** Three well-separated Gaussian blobs in 10-D (centres 12 apart, σ = 1), 60 rows each, seeded. */
final class Blobs {
    static final int PER_BLOB = 60;

    private Blobs() {
    }

    static double[][] rows() {
        Random rnd = new Random(3);
        double[][] x = new double[3 * PER_BLOB][10];
        for (int i = 0; i < x.length; i++) {
            int blob = i / PER_BLOB;
            for (int j = 0; j < 10; j++) {
                x[i][j] = rnd.nextGaussian() + (j == blob ? 12 : 0);
            }
        }
        return x;
    }

    /** The fraction of rows whose nearest other row on the map is of the same blob. */
    static double neighbourPurity(double[][] y) {
        int same = 0;
        for (int i = 0; i < y.length; i++) {
            int best = -1;
            double bd = Double.POSITIVE_INFINITY;
            for (int j = 0; j < y.length; j++) {
                double d = Math.hypot(y[i][0] - y[j][0], y[i][1] - y[j][1]);
                if (j != i && d < bd) {
                    bd = d;
                    best = j;
                }
            }
            same += best / PER_BLOB == i / PER_BLOB ? 1 : 0;
        }
        return same / (double) y.length;
    }

    /**
     * The smallest distance between blob centres on the map divided by the largest RMS radius of a
     * blob: well above 1 when the blobs stay apart.
     */
    static double separation(double[][] y) {
        double[][] c = new double[3][2];
        for (int i = 0; i < y.length; i++) {
            c[i / PER_BLOB][0] += y[i][0] / PER_BLOB;
            c[i / PER_BLOB][1] += y[i][1] / PER_BLOB;
        }
        double radius = 0;
        for (int b = 0; b < 3; b++) {
            double ss = 0;
            for (int i = b * PER_BLOB; i < (b + 1) * PER_BLOB; i++) {
                ss += Math.pow(y[i][0] - c[b][0], 2) + Math.pow(y[i][1] - c[b][1], 2);
            }
            radius = Math.max(radius, Math.sqrt(ss / PER_BLOB));
        }
        double gap = Double.POSITIVE_INFINITY;
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                gap = Math.min(gap, Math.hypot(c[a][0] - c[b][0], c[a][1] - c[b][1]));
            }
        }
        return gap / radius;
    }
}
