package org.matinf.core.optimize.gp;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;

/**
 * A projected limited-memory BFGS minimiser in a box, in the spirit of L-BFGS-B: the two-loop
 * recursion on the variables not held at a bound, a backtracking (Armijo) search along the
 * projected path with quadratic interpolation, and scipy's stopping rules (projected gradient below 10⁻⁵ or relative decrease
 * below 2.2·10⁻⁹). Commons Math 3 has no bounded quasi-Newton method, hence this small one.
 */
final class BoundedQuasiNewton {
    /** f and its gradient at a point; f = +∞ where undefined. */
    interface Objective {
        double value(double[] x, double[] gradient);
    }

    /** Minimum found: position and value. */
    record Result(double[] x, double value, int evaluations) {
    }

    private static final int MEMORY = 10;
    private static final double PGTOL = 1e-5;
    private static final double FTOL = 2.220446049250313e-9;
    private final int maxIterations;

    BoundedQuasiNewton(int maxIterations) {
        this.maxIterations = maxIterations;
    }

    Result minimize(Objective f, double[] start, double[][] bounds) {
        int n = start.length;
        double[] x = project(start, bounds);
        double[] g = new double[n];
        double fx = f.value(x, g);
        int evals = 1;
        if (!Double.isFinite(fx)) {
            return new Result(x, fx, evals);
        }
        Deque<double[][]> memory = new ArrayDeque<>();
        for (int it = 0; it < maxIterations; it++) {
            if (projectedGradientNorm(x, g, bounds) < PGTOL) {
                break;
            }
            boolean[] free = freeVariables(x, g, bounds);
            double[] d = direction(g, free, memory);
            if (dot(d, g) >= 0) {
                memory.clear();
                d = direction(g, free, memory);
            }
            double step = memory.isEmpty() ? Math.min(1, 1 / Math.max(1e-12, norm(d))) : Math.min(1, toBound(x, d, bounds));
            double[] gNew = new double[n];
            double[] xNew = null;
            double fNew = Double.POSITIVE_INFINITY;
            double[] previous = x;
            for (int k = 0; k < 40; k++) {
                double[] trial = new double[n];
                for (int i = 0; i < n; i++) {
                    trial[i] = x[i] + step * d[i];
                }
                trial = project(trial, bounds);
                if (Arrays.equals(trial, previous)) {
                    step *= 0.5;
                    continue;
                }
                previous = trial;
                double decrease = 0;
                for (int i = 0; i < n; i++) {
                    decrease += g[i] * (trial[i] - x[i]);
                }
                fNew = f.value(trial, gNew);
                evals++;
                if (Double.isFinite(fNew) && fNew <= fx + 1e-4 * decrease) {
                    xNew = trial;
                    break;
                }
                step *= shrink(fx, decrease, fNew);
            }
            if (xNew == null) {
                if (memory.isEmpty()) {
                    break;
                }
                memory.clear();
                continue;
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
            }
            if (dot(s, y) > 1e-10 * dot(y, y)) {
                memory.addLast(new double[][] {s, y});
                if (memory.size() > MEMORY) {
                    memory.removeFirst();
                }
            }
            double relative = (fx - fNew) / Math.max(Math.max(Math.abs(fx), Math.abs(fNew)), 1);
            x = xNew;
            fx = fNew;
            g = gNew;
            if (relative <= FTOL) {
                break;
            }
        }
        return new Result(x, fx, evals);
    }

    /**
     * The factor for the next trial step after f(x + t·d) = fNew was rejected: the minimum of the
     * quadratic through f(x), the slope decrease/t and fNew, kept within 0.1 … 0.5 (halving when
     * f is undefined there).
     */
    static double shrink(double fx, double decrease, double fNew) {
        if (!Double.isFinite(fNew) || decrease >= 0) {
            return 0.5;
        }
        double curvature = fNew - fx - decrease;
        double t = curvature > 0 ? -decrease / (2 * curvature) : 0.5;
        return Math.min(0.5, Math.max(0.1, t));
    }

    /** The largest t for which x + t·d stays in the box, counting only moves that have room (as L-BFGS-B's stpmx). */
    private static double toBound(double[] x, double[] d, double[][] b) {
        double t = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double room = d[i] < 0 ? b[i][0] - x[i] : b[i][1] - x[i];
            if (d[i] != 0 && room != 0) {
                t = Math.min(t, room / d[i]);
            }
        }
        return t;
    }

    private static boolean[] freeVariables(double[] x, double[] g, double[][] b) {
        boolean[] free = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            free[i] = !(x[i] <= b[i][0] && g[i] > 0) && !(x[i] >= b[i][1] && g[i] < 0);
        }
        return free;
    }

    /** −H g on the free variables by the two-loop recursion; zero on the others. */
    private static double[] direction(double[] g, boolean[] free, Deque<double[][]> memory) {
        int n = g.length;
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = free[i] ? g[i] : 0;
        }
        double[] alphas = new double[memory.size()];
        int k = memory.size() - 1;
        for (Iterator<double[][]> it = memory.descendingIterator(); it.hasNext(); k--) {
            double[][] sy = it.next();
            double rho = 1 / masked(sy[0], sy[1], free);
            alphas[k] = rho * masked(sy[0], q, free);
            for (int i = 0; i < n; i++) {
                q[i] -= free[i] ? alphas[k] * sy[1][i] : 0;
            }
        }
        if (!memory.isEmpty()) {
            double[][] last = memory.peekLast();
            double yy = masked(last[1], last[1], free);
            double gamma = yy > 0 ? masked(last[0], last[1], free) / yy : 1;
            if (gamma > 0) {
                for (int i = 0; i < n; i++) {
                    q[i] *= gamma;
                }
            }
        }
        k = 0;
        for (double[][] sy : memory) {
            double rho = 1 / masked(sy[0], sy[1], free);
            double beta = rho * masked(sy[1], q, free);
            for (int i = 0; i < n; i++) {
                q[i] += free[i] ? (alphas[k] - beta) * sy[0][i] : 0;
            }
            k++;
        }
        for (int i = 0; i < n; i++) {
            q[i] = free[i] && Double.isFinite(q[i]) ? -q[i] : 0;
        }
        return q;
    }

    private static double masked(double[] a, double[] b, boolean[] free) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += free[i] ? a[i] * b[i] : 0;
        }
        return s == 0 ? Double.MIN_NORMAL : s;
    }

    private static double projectedGradientNorm(double[] x, double[] g, double[][] b) {
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            double p = Math.min(Math.max(x[i] - g[i], b[i][0]), b[i][1]) - x[i];
            m = Math.max(m, Math.abs(p));
        }
        return m;
    }

    private static double[] project(double[] x, double[][] b) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = Math.min(Math.max(x[i], b[i][0]), b[i][1]);
        }
        return p;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
