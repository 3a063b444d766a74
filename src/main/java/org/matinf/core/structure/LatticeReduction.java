package org.matinf.core.structure;

/**
 * Lattice basis reduction: Niggli (Křivý & Gruber 1976, with the epsilon tests of Grosse-Kunstleve,
 * Sauter & Adams, Acta Cryst. A60, 2004) and LLL (Lenstra, Lenstra & Lovász 1982). Both work on
 * the basis vectors directly, so the reduced lattice describes the same points in the same
 * Cartesian frame.
 */
final class LatticeReduction {
    private static final int MAX_STEPS = 1000;

    private LatticeReduction() {
    }

    static Lattice niggli(Lattice lattice, double tol) {
        double[][] v = lattice.matrix();
        double e = tol * Math.cbrt(lattice.volume());
        for (int step = 0; step < MAX_STEPS; step++) {
            double a = Vec3.dot(v[0], v[0]);
            double b = Vec3.dot(v[1], v[1]);
            double c = Vec3.dot(v[2], v[2]);
            double xi = 2 * Vec3.dot(v[1], v[2]);
            double eta = 2 * Vec3.dot(v[0], v[2]);
            double zeta = 2 * Vec3.dot(v[0], v[1]);
            // N1
            if (a > b + e || (Math.abs(a - b) < e && Math.abs(xi) > Math.abs(eta) + e)) {
                v = new double[][] {Vec3.scale(v[1], -1), Vec3.scale(v[0], -1), Vec3.scale(v[2], -1)};
                continue;
            }
            // N2
            if (b > c + e || (Math.abs(b - c) < e && Math.abs(eta) > Math.abs(zeta) + e)) {
                v = new double[][] {Vec3.scale(v[0], -1), Vec3.scale(v[2], -1), Vec3.scale(v[1], -1)};
                continue;
            }
            int l = sign(xi, e);
            int m = sign(eta, e);
            int n = sign(zeta, e);
            int i;
            int j;
            int k;
            if (l * m * n == 1) {
                // N3: make xi, eta, zeta positive
                i = l == -1 ? -1 : 1;
                j = m == -1 ? -1 : 1;
                k = n == -1 ? -1 : 1;
            } else {
                // N4: make them non-positive
                i = l == 1 ? -1 : 1;
                j = m == 1 ? -1 : 1;
                k = n == 1 ? -1 : 1;
                if (i * j * k == -1) {
                    if (n == 0) {
                        k = -1;
                    } else if (m == 0) {
                        j = -1;
                    } else if (l == 0) {
                        i = -1;
                    }
                }
            }
            if (i * j * k == 1 && (i != 1 || j != 1 || k != 1)) {
                v = new double[][] {Vec3.scale(v[0], i), Vec3.scale(v[1], j), Vec3.scale(v[2], k)};
                xi = 2 * Vec3.dot(v[1], v[2]);
                eta = 2 * Vec3.dot(v[0], v[2]);
                zeta = 2 * Vec3.dot(v[0], v[1]);
            }
            // N5
            if (Math.abs(xi) > b + e || (Math.abs(xi - b) < e && 2 * eta < zeta - e)
                    || (Math.abs(xi + b) < e && zeta < -e)) {
                v[2] = Vec3.sub(v[2], Vec3.scale(v[1], Math.signum(xi)));
                continue;
            }
            // N6
            if (Math.abs(eta) > a + e || (Math.abs(eta - a) < e && 2 * xi < zeta - e)
                    || (Math.abs(eta + a) < e && zeta < -e)) {
                v[2] = Vec3.sub(v[2], Vec3.scale(v[0], Math.signum(eta)));
                continue;
            }
            // N7
            if (Math.abs(zeta) > a + e || (Math.abs(zeta - a) < e && 2 * xi < eta - e)
                    || (Math.abs(zeta + a) < e && eta < -e)) {
                v[1] = Vec3.sub(v[1], Vec3.scale(v[0], Math.signum(zeta)));
                continue;
            }
            // N8
            double s = xi + eta + zeta + a + b;
            if (s < -e || (Math.abs(s) < e && 2 * (a + eta) + zeta > e)) {
                v[2] = Vec3.add(v[2], Vec3.add(v[0], v[1]));
                continue;
            }
            return rightHanded(v);
        }
        throw new IllegalStateException("Niggli reduction did not converge for " + lattice);
    }

    private static int sign(double x, double e) {
        return Math.abs(x) < e ? 0 : x > 0 ? 1 : -1;
    }

    private static Lattice rightHanded(double[][] v) {
        if (Vec3.dot(Vec3.cross(v[0], v[1]), v[2]) < 0) {
            v = new double[][] {Vec3.scale(v[0], -1), Vec3.scale(v[1], -1), Vec3.scale(v[2], -1)};
        }
        return new Lattice(v);
    }

    static Lattice lll(Lattice lattice, double delta) {
        double[][] b = lattice.matrix();
        int k = 1;
        int guard = 0;
        while (k < 3) {
            if (++guard > 10000) {
                throw new IllegalStateException("LLL reduction did not converge for " + lattice);
            }
            double[][] gs = new double[3][];
            double[][] mu = new double[3][3];
            gramSchmidt(b, gs, mu);
            for (int j = k - 1; j >= 0; j--) {
                double q = Math.rint(mu[k][j]);
                if (q != 0) {
                    b[k] = Vec3.sub(b[k], Vec3.scale(b[j], q));
                    gramSchmidt(b, gs, mu);
                }
            }
            double lhs = Vec3.dot(gs[k], gs[k]);
            double rhs = (delta - mu[k][k - 1] * mu[k][k - 1]) * Vec3.dot(gs[k - 1], gs[k - 1]);
            if (lhs >= rhs) {
                k++;
            } else {
                double[] t = b[k];
                b[k] = b[k - 1];
                b[k - 1] = t;
                k = Math.max(k - 1, 1);
            }
        }
        return new Lattice(b);
    }

    private static void gramSchmidt(double[][] b, double[][] gs, double[][] mu) {
        for (int i = 0; i < 3; i++) {
            gs[i] = b[i].clone();
            for (int j = 0; j < i; j++) {
                mu[i][j] = Vec3.dot(b[i], gs[j]) / Vec3.dot(gs[j], gs[j]);
                gs[i] = Vec3.sub(gs[i], Vec3.scale(gs[j], mu[i][j]));
            }
        }
    }
}
