package org.matinf.core.environment;

import java.util.Arrays;
import java.util.List;

/**
 * The arithmetic of {@link OrderParameter#value}. Peters-style parameters put each neighbour j in
 * turn at the north pole and each other neighbour k on the prime meridian, and score the polar
 * angle θ of k and the polar and azimuth angles (θ, φ) of every third neighbour m with Gaussians
 * around the ideal shape's angles; "average" forms divide the sum of the scores by the sum of their
 * weights, "best-pole" forms take the best (j, k) frame. South-pole terms of the bipyramid-like
 * parameters are always included (pymatgen 2022.11.7 includes them only for the last parameter of a
 * list that it computes together).
 */
final class OrderParameterCalculator {
    private static final double VERY_SMALL = 1e-12;
    private static final double IPI = 1.0 / Math.PI;
    private static final double FAC_BCC = 1.0 / Math.exp(-0.5);
    private static final double BCC_WIDTH = Math.asin(1.0 / 3.0);

    /** How a Peters-style parameter treats its angles. */
    private enum Family {
        /** bent, sq_pyr_legacy: a target angle between pairs of neighbours. */
        ANGLE,
        /** tet, tri_plan (and best-pole forms): target angle times an azimuth term. */
        TARGET_ANGLE,
        /** pent_plan (and best-pole form): two target angles. */
        PENTAGON,
        /** T, tri_pyr, sq_pyr, pent_pyr, hex_pyr: neighbours in the equatorial plane of the pole. */
        PYRAMID,
        /** sq_plan, oct, oct_legacy: weighted south pole plus an equatorial ring. */
        PLANE_WITH_SOUTH,
        /** bipyramids, oct_max, sq_plan_max, hex_plan_max, see_saw_rect: equatorial ring plus south pole. */
        BIPYRAMID,
        /** cuboct, cuboct_max. */
        CUBOCTAHEDRON,
        /** bcc. */
        BCC
    }

    private OrderParameterCalculator() {
    }

    static double value(OrderParameter op, double[] center, List<double[]> neighbors) {
        int n = neighbors.size();
        double[][] u = new double[n][];
        double[] d = new double[n];
        for (int j = 0; j < n; j++) {
            double[] p = neighbors.get(j);
            double[] r = {p[0] - center[0], p[1] - center[1], p[2] - center[2]};
            d[j] = norm(r);
            if (!(d[j] > 0)) {
                throw new IllegalArgumentException("neighbour " + j + " sits on the central atom");
            }
            u[j] = new double[] {r[0] / d[j], r[1] / d[j], r[2] / d[j]};
        }
        return switch (op.type()) {
            case CN -> n / op.get("norm");
            case SINGLE_BOND -> singleBond(d);
            case Q2 -> steinhardt(2, u);
            case Q4 -> steinhardt(4, u);
            case Q6 -> steinhardt(6, u);
            default -> peters(op, family(op.type()), u, d);
        };
    }

    private static Family family(OrderParameterType t) {
        return switch (t) {
            case BENT, SQ_PYR_LEGACY -> Family.ANGLE;
            case TET, TET_MAX, TRI_PLAN, TRI_PLAN_MAX -> Family.TARGET_ANGLE;
            case PENT_PLAN, PENT_PLAN_MAX -> Family.PENTAGON;
            case T_SHAPED, TRI_PYR, SQ_PYR, PENT_PYR, HEX_PYR -> Family.PYRAMID;
            case SQ_PLAN, OCT, OCT_LEGACY -> Family.PLANE_WITH_SOUTH;
            case SEE_SAW_RECT, TRI_BIPYR, SQ_BIPYR, PENT_BIPYR, HEX_BIPYR, OCT_MAX, SQ_PLAN_MAX, HEX_PLAN_MAX ->
                Family.BIPYRAMID;
            case CUBOCT, CUBOCT_MAX -> Family.CUBOCTAHEDRON;
            case BCC -> Family.BCC;
            default -> throw new IllegalStateException(t.key());
        };
    }

    private static double singleBond(double[] d) {
        if (d.length <= 1) {
            return d.length;
        }
        double[] s = d.clone();
        Arrays.sort(s);
        return 1 - s[0] / s[1];
    }

    /**
     * Steinhardt's q_l = √(4π/(2l+1) Σ_m |⟨Y_lm⟩|²), summed per m from associated Legendre functions
     * so that a vanishing q_l stays at rounding level.
     */
    private static double steinhardt(int l, double[][] u) {
        int n = u.length;
        if (n == 0) {
            return Double.NaN;
        }
        double total = 0;
        for (int m = 0; m <= l; m++) {
            double re = 0;
            double im = 0;
            for (double[] v : u) {
                double p = associatedLegendre(l, m, clamp(v[2]));
                double phi = Math.atan2(v[1], v[0]);
                re += p * Math.cos(m * phi);
                im += p * Math.sin(m * phi);
            }
            double ratio = 1;
            for (int k = l - m + 1; k <= l + m; k++) {
                ratio /= k;
            }
            total += (m == 0 ? 1 : 2) * ratio * (re * re + im * im);
        }
        return Math.sqrt(total) / n;
    }

    /** P_l^m(x) for 0 ≤ m ≤ l, without the Condon–Shortley sign (only squares are used). */
    private static double associatedLegendre(int l, int m, double x) {
        double pmm = 1;
        double s = Math.sqrt(Math.max(0, 1 - x * x));
        for (int k = 1; k <= m; k++) {
            pmm *= (2 * k - 1) * s;
        }
        if (l == m) {
            return pmm;
        }
        double prev = pmm;
        double cur = x * (2 * m + 1) * pmm;
        for (int k = m + 2; k <= l; k++) {
            double next = ((2 * k - 1) * x * cur - (k + m - 1) * prev) / (k - m);
            prev = cur;
            cur = next;
        }
        return cur;
    }

    private static double peters(OrderParameter op, Family family, double[][] u, double[] d) {
        int n = u.length;
        double[][] q = new double[n][Math.max(0, n - 1)];
        double[][] w = new double[n][Math.max(0, n - 1)];
        Terms terms = new Terms(op, family);
        for (int j = 0; j < n; j++) {
            int kc = 0;
            for (int k = 0; k < n; k++) {
                if (k == j) {
                    continue;
                }
                double thetaK = Math.acos(clamp(dot(u[j], u[k])));
                double[] xAxis = orthogonalPart(u[k], u[j]);
                double xLength = norm(xAxis);
                boolean noX = xLength < VERY_SMALL;
                terms.start(thetaK, j < k);
                terms.pair();
                for (int m = 0; m < n && !noX; m++) {
                    if (m == j || m == k) {
                        continue;
                    }
                    double thetaM = Math.acos(clamp(dot(u[j], u[m])));
                    terms.southPole(thetaM);
                    double[] x2 = orthogonalPart(u[m], u[j]);
                    double l2 = norm(x2);
                    if (l2 >= VERY_SMALL) {
                        double phi = Math.acos(clamp(dot(x2, xAxis) / (l2 * xLength)));
                        terms.triple(thetaM, phi);
                    }
                }
                q[j][kc] = terms.q;
                w[j][kc] = terms.w;
                kc++;
            }
        }
        return normalise(op, family, q, w, d);
    }

    private static double normalise(OrderParameter op, Family family, double[][] q, double[][] w, double[] d) {
        int n = q.length;
        OrderParameterType t = op.type();
        boolean average = switch (t) {
            case TRI_PLAN, TET, BENT, SQ_PLAN, OCT, OCT_LEGACY, CUBOCT, PENT_PLAN -> true;
            default -> false;
        };
        if (average) {
            double sq = 0;
            double sw = 0;
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < q[j].length; k++) {
                    sq += q[j][k];
                    sw += w[j][k];
                }
            }
            return sw > VERY_SMALL ? sq / sw : Double.NaN;
        }
        if (family == Family.BCC) {
            double sq = 0;
            for (double[] row : q) {
                for (double v : row) {
                    sq += v;
                }
            }
            return n > 3 ? sq / (0.5 * n * (6 + (n - 2) * (n - 3))) : Double.NaN;
        }
        if (n <= 1) {
            return Double.NaN;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < q[j].length; k++) {
                double v = t == OrderParameterType.SQ_PYR_LEGACY ? q[j][k] : w[j][k] > VERY_SMALL ? q[j][k] / w[j][k] : 0;
                best = Math.max(best, v);
            }
        }
        if (t == OrderParameterType.SQ_PYR_LEGACY) {
            double mean = Arrays.stream(d).average().orElse(0);
            double acc = 0;
            for (double x : d) {
                acc += gauss(op.get("IGW_dist") * (x - mean));
            }
            return acc * best / n;
        }
        return best;
    }

    /** The score and weight of one (north pole j, meridian k) frame, accumulated term by term. */
    private static final class Terms {
        private final OrderParameter op;
        private final Family family;
        private final boolean bestPole;
        private final double minSouth;
        double q;
        double w;
        private double thetaK;
        private boolean jBeforeK;
        private double gaussK;

        Terms(OrderParameter op, Family family) {
            this.op = op;
            this.family = family;
            this.bestPole = op.type().key().endsWith("_max");
            this.minSouth = op.parameters().getOrDefault("min_SPP", Double.NaN);
        }

        void start(double thetaK, boolean jBeforeK) {
            this.thetaK = thetaK;
            this.jBeforeK = jBeforeK;
            q = 0;
            w = 0;
            gaussK = 0;
        }

        /** Terms of the angle between the pole j and the meridian neighbour k. */
        void pair() {
            switch (family) {
                case ANGLE -> add(gauss(op.get("IGW_TA") * (thetaK * IPI - op.get("TA"))), 1);
                case TARGET_ANGLE -> {
                    gaussK = gauss(op.get("IGW_TA") * (thetaK * IPI - op.get("TA")));
                    if (bestPole) {
                        add(gaussK, 1);
                    }
                }
                case PENTAGON -> {
                    gaussK = gauss(op.get("IGW_TA") * (thetaK * IPI - pentagonTarget(thetaK)));
                    if (bestPole) {
                        add(gaussK, 1);
                    }
                }
                case PYRAMID -> add(equator(thetaK), 1);
                case PLANE_WITH_SOUTH, CUBOCTAHEDRON -> weightedSouth();
                case BCC -> {
                    if (jBeforeK) {
                        weightedSouth();
                    }
                }
                case BIPYRAMID -> {
                    if (thetaK < minSouth) {
                        add(bipyramidEquator(thetaK), 1);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }

        /** The south-pole term of a third neighbour m of the bipyramid-like parameters. */
        void southPole(double thetaM) {
            if (family == Family.BIPYRAMID && thetaM >= minSouth) {
                add(gauss(op.get("IGW_SPP") * (thetaM * IPI - 1.0)), 1);
            }
        }

        /** Terms of a third neighbour m at polar angle θ_m and azimuth φ from the meridian. */
        void triple(double thetaM, double phi) {
            switch (family) {
                case TARGET_ANGLE -> add((bestPole ? 1 : gaussK) * gauss(op.get("IGW_TA") * (thetaM * IPI - op.get("TA")))
                        * azimuth(phi), 1);
                case PENTAGON -> {
                    double c = Math.cos(phi);
                    add((bestPole ? 1 : gaussK) * gauss(op.get("IGW_TA") * (thetaM * IPI - pentagonTarget(thetaM))) * c * c, 1);
                }
                case PYRAMID -> add(azimuth(phi) * equator(thetaM), 1);
                case PLANE_WITH_SOUTH -> {
                    if (thetaK < minSouth && thetaM < minSouth) {
                        double c = azimuth(phi);
                        double shift = op.type() == OrderParameterType.OCT_LEGACY ? c * op.get("legacy_shift") : 0;
                        add(c * equator(thetaM) - shift, 1);
                    }
                }
                case BIPYRAMID -> {
                    boolean rectangle = op.type() == OrderParameterType.SEE_SAW_RECT;
                    if (thetaM < minSouth && thetaK < minSouth && (!rectangle || phi < 0.75 * Math.PI)) {
                        add(azimuth(phi) * bipyramidEquator(thetaM), 1);
                    }
                }
                case BCC -> {
                    if (jBeforeK && thetaK < minSouth) {
                        double sign = thetaK > Math.PI / 2 ? 1.0 : -1.0;
                        double x = (thetaM - Math.PI / 2) / BCC_WIDTH;
                        add(sign * Math.cos(3 * phi) * FAC_BCC * x * gauss(x), 1);
                    }
                }
                case CUBOCTAHEDRON -> cuboctahedron(thetaM, phi);
                default -> {
                    // bent and sq_pyr_legacy look at pairs only
                }
            }
        }

        private void cuboctahedron(double thetaM, double phi) {
            double low = op.get("low");
            double high = op.get("high");
            if (!(thetaM < minSouth && low < thetaK && thetaK < high)) {
                return;
            }
            if (low < thetaM && thetaM < high) {
                double c = Math.cos(phi);
                add(c * c * gauss(op.get("IGW_band") * (thetaM * IPI - 0.5)), 1);
            } else if (thetaM < low || thetaM > high) {
                double tilt = gauss(0.0556 * (Math.cos(phi - 0.5 * Math.PI) - 0.81649658));
                double target = thetaM < low ? 1.0 / 3.0 : 2.0 / 3.0;
                add(tilt * gauss(op.get("IGW_tilt") * (thetaM * IPI - target)), 1);
            }
        }

        private void weightedSouth() {
            if (thetaK >= minSouth) {
                double weight = op.get("w_SPP");
                add(weight * gauss(op.get("IGW_SPP") * (thetaK * IPI - 1.0)), weight);
            }
        }

        private double equator(double theta) {
            return gauss(op.get("IGW_EP") * (theta * IPI - 0.5));
        }

        private double bipyramidEquator(double theta) {
            if (op.type() == OrderParameterType.HEX_PLAN_MAX) {
                return gauss(op.get("IGW_TA") * (Math.abs(theta * IPI - 0.5) - op.get("TA")));
            }
            return equator(theta);
        }

        private double azimuth(double phi) {
            return Math.pow(Math.cos(op.get("fac_AA") * phi), op.get("exp_cos_AA"));
        }

        private double pentagonTarget(double theta) {
            return theta <= op.get("TA") * Math.PI ? 0.4 : 0.8;
        }

        private void add(double score, double weight) {
            q += score;
            w += weight;
        }
    }

    private static double gauss(double x) {
        return Math.exp(-0.5 * x * x);
    }

    /** The part of v orthogonal to the unit-ish vector u (pymatgen's Gram–Schmidt step, not normalised). */
    private static double[] orthogonalPart(double[] v, double[] u) {
        double f = dot(v, u) / dot(u, u);
        return new double[] {v[0] - f * u[0], v[1] - f * u[1], v[2] - f * u[2]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double clamp(double x) {
        return Math.max(-1.0, Math.min(1.0, x));
    }
}
