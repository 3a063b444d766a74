package org.matinf.core.diffraction.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.diffraction.PeakShape;
import org.matinf.core.diffraction.PowderProfile;

/**
 * Fits combinations of candidate phases to a background-subtracted measurement and picks one.
 * <ul>
 * <li>Each phase is a column: its absolute sticks drawn on the measured grid, divided by f (the
 *     strongest absolute intensity / 100) so that columns are of similar size.</li>
 * <li>A Legendre polynomial in 2θ of degree {@code backgroundDegree} absorbs what the background
 *     subtraction left; its coefficients are free in sign and are removed exactly by projecting data
 *     and columns onto the complement of the polynomials (weighted least squares).</li>
 * <li>Data and columns are smoothed by a Gaussian of {@value #SMOOTHING_WIDTHS} line widths (FWHM
 *     {@value #SMOOTHING_WIDTHS}·H(2θ)) before fitting: small errors of line shape, width and
 *     position, which every calculated profile has, then hardly count, while a line that is missing
 *     or too weak still does, and the integrated intensities (hence the scale factors) are kept. The
 *     "smoothed Rwp" of these profiles decides; the plain Rwp of the final fit is reported too.</li>
 * <li>Every subset of up to {@code maxPhases} columns is fitted by non-negative least squares with
 *     statistical weights; a subset is acceptable if every phase gets a positive scale and a weight
 *     fraction of at least {@code minWeightFraction}.</li>
 * <li>Choice: the best single phase (lowest smoothed Rwp); a best acceptable subset of k + 1 phases
 *     replaces the chosen one of k phases if it lowers the smoothed Rwp by at least the fraction
 *     {@code minImprovement}.</li>
 * </ul>
 */
final class MixtureSearch {
    /** One column: the match and its drawn profile (scaled sticks) with the factor f. */
    record Column(PhaseMatch match, double[] profile, double absoluteFactor) {
    }

    /** A fitted subset. */
    private record Fit(int[] members, double[] x, double rwp) {
    }

    /** A column whose part independent of the others is below this fraction (squared) is dependent. */
    private static final double DEPENDENCE = 1e-10;

    /** FWHM of the smoothing Gaussian in line widths. */
    static final double SMOOTHING_WIDTHS = 5;
    /** The smoothing Gaussian is cut off at this many of its FWHM. */
    private static final double SMOOTHING_REACH = 1.5;

    private final double[] twoTheta;
    private final double[] y;
    private final double[] sqrtW;
    private final double[][] basis;
    private final double wy2;
    private final double wys2;
    private final double[] projectedY;
    private final PeakWidthModel widths;
    private final double[] dx;
    private final Map<Column, double[]> projectedColumns = new IdentityHashMap<>();

    MixtureSearch(double[] twoTheta, double[] y, double[] weights, int backgroundDegree, PeakWidthModel widths) {
        this.twoTheta = twoTheta;
        this.y = y;
        this.widths = widths;
        this.dx = ProfileCorrelation.trapezoidWeights(twoTheta);
        int n = y.length;
        sqrtW = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            sqrtW[i] = Math.sqrt(weights[i]);
            s += weights[i] * y[i] * y[i];
        }
        wy2 = s;
        basis = orthonormalBackground(backgroundDegree);
        double[] ys = smooth(y);
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += weights[i] * ys[i] * ys[i];
        }
        wys2 = t;
        projectedY = project(weighted(ys));
    }

    /** The profile smoothed by the Gaussian of FWHM SMOOTHING_WIDTHS · H(2θ) (unit area). */
    private double[] smooth(double[] v) {
        int n = v.length;
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            PeakShape g = PeakShape.gaussian(SMOOTHING_WIDTHS * widths.fwhm(twoTheta[j]));
            double reach = SMOOTHING_REACH * g.fwhm();
            double s = 0;
            for (int i = ProfileCorrelation.lowerIndex(twoTheta, twoTheta[j] - reach);
                    i < n && twoTheta[i] <= twoTheta[j] + reach; i++) {
                s += v[i] * dx[i] * g.value(twoTheta[i] - twoTheta[j]);
            }
            out[j] = s;
        }
        return out;
    }

    private double[] projectedColumn(Column c) {
        return projectedColumns.computeIfAbsent(c, k -> project(weighted(smooth(k.profile()))));
    }

    /** Fits all subsets and chooses. */
    PhaseMixture choose(List<Column> columns, int maxPhases, double minImprovement, double minWeightFraction) {
        Fit[] best = bestFits(columns, maxPhases, minWeightFraction);
        int kMax = best.length - 1;
        double[] rwps = new double[kMax];
        for (int k = 1; k <= kMax; k++) {
            rwps[k - 1] = best[k] == null ? Double.NaN : best[k].rwp;
        }
        Fit chosen = best[1];
        for (int k = 2; k <= kMax; k++) {
            if (best[k] != null && chosen != null && best[k].rwp <= (1 - minImprovement) * chosen.rwp) {
                chosen = best[k];
            }
        }
        return mixture(chosen, columns, rwps);
    }

    /** The fit of all the columns together, or null if it is not acceptable. */
    PhaseMixture fitAll(List<Column> columns, double minWeightFraction) {
        Fit[] best = bestFits(columns, columns.size(), minWeightFraction);
        Fit all = best[columns.size()];
        return all == null ? null : mixture(all, columns, new double[] {all.rwp});
    }

    /**
     * The residual y − fit of the best acceptable combination of exactly {@code k} columns (polynomial
     * correction included), or null if there is none.
     */
    double[] residual(List<Column> columns, int k, double minWeightFraction) {
        Fit fit = bestFits(columns, k, minWeightFraction)[Math.min(k, columns.size())];
        if (fit == null || fit.members.length != k) {
            return null;
        }
        double[][] profiles = new double[k][];
        for (int c = 0; c < k; c++) {
            profiles[c] = columns.get(fit.members[c]).profile();
        }
        double[] fitted = fitted(profiles, fit.x);
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - fitted[i];
        }
        return r;
    }

    /** The best acceptable fit of each size 1..min(maxPhases, columns) (index = size; null if none). */
    private Fit[] bestFits(List<Column> columns, int maxPhases, double minWeightFraction) {
        int p = columns.size();
        double[][] projected = new double[p][];
        for (int j = 0; j < p; j++) {
            projected[j] = projectedColumn(columns.get(j));
        }
        double[][] gram = new double[p][p];
        double[] h = new double[p];
        for (int j = 0; j < p; j++) {
            h[j] = dot(projected[j], projectedY);
            for (int k = 0; k <= j; k++) {
                gram[j][k] = dot(projected[j], projected[k]);
                gram[k][j] = gram[j][k];
            }
        }
        double yy = dot(projectedY, projectedY);
        int kMax = Math.min(maxPhases, p);
        Fit[] best = new Fit[kMax + 1];
        for (int k = 1; k <= kMax; k++) {
            for (int[] subset : subsets(p, k)) {
                Fit fit = fit(subset, gram, h, yy);
                if (fit != null && acceptable(fit, columns, k == 1 ? 0 : minWeightFraction)
                        && (best[k] == null || fit.rwp < best[k].rwp)) {
                    best[k] = fit;
                }
            }
        }
        return best;
    }

    /**
     * NNLS of one subset from the normal equations: with G = RᵀR (Cholesky) and b = R⁻ᵀh,
     * ‖Ax − y‖² = ‖Rx − b‖² + yᵀy − bᵀb, so the small problem min ‖Rx − b‖, x ≥ 0 has the same
     * solution. Null when the columns are (nearly) linearly dependent.
     */
    private Fit fit(int[] subset, double[][] gram, double[] h, double yy) {
        int k = subset.length;
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double s = gram[subset[i]][subset[j]];
                for (int m = 0; m < i; m++) {
                    s -= r[m][i] * r[m][j];
                }
                if (i == j) {
                    if (!(s > DEPENDENCE * gram[subset[i]][subset[i]])) {
                        return null;
                    }
                    r[i][i] = Math.sqrt(s);
                } else {
                    r[i][j] = s / r[i][i];
                }
            }
        }
        double[] b = new double[k];
        for (int i = 0; i < k; i++) {
            double s = h[subset[i]];
            for (int m = 0; m < i; m++) {
                s -= r[m][i] * b[m];
            }
            b[i] = s / r[i][i];
        }
        double[] x = NonNegativeLeastSquares.solve(r, b);
        double chi2 = yy;
        for (int i = 0; i < k; i++) {
            chi2 -= 2 * x[i] * h[subset[i]];
            for (int j = 0; j < k; j++) {
                chi2 += x[i] * x[j] * gram[subset[i]][subset[j]];
            }
        }
        return new Fit(subset.clone(), x, Math.sqrt(Math.max(0, chi2) / wys2));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static boolean acceptable(Fit fit, List<Column> columns, double minWeightFraction) {
        for (double v : fit.x) {
            if (!(v > 0)) {
                return false;
            }
        }
        for (double w : weightFractions(fit, columns)) {
            if (w < minWeightFraction) {
                return false;
            }
        }
        return true;
    }

    /** W_j = S_j (ZMV)_j / Σ S (ZMV), S_j = x_j / f_j relative to absolute intensities. */
    private static double[] weightFractions(Fit fit, List<Column> columns) {
        double[] w = new double[fit.members.length];
        double sum = 0;
        for (int c = 0; c < w.length; c++) {
            Column col = columns.get(fit.members[c]);
            double mass = col.match().candidate().structure().composition().weight();
            w[c] = fit.x[c] / col.absoluteFactor() * mass * col.match().cellVolume();
            sum += w[c];
        }
        for (int c = 0; c < w.length; c++) {
            w[c] /= sum;
        }
        return w;
    }

    private PhaseMixture mixture(Fit fit, List<Column> columns, double[] rwps) {
        if (fit == null) {
            double[] calc = fitted(new double[0][], new double[0]);
            return new PhaseMixture(List.of(), rwp(calc), 1, rwps,
                    new PowderProfile("fitted mixture", twoTheta, calc, Double.NaN));
        }
        double[] w = weightFractions(fit, columns);
        double[] area = new double[w.length];
        double total = 0;
        double[][] profiles = new double[w.length][];
        for (int c = 0; c < w.length; c++) {
            profiles[c] = columns.get(fit.members[c]).profile();
            for (int i = 0; i < dx.length; i++) {
                area[c] += fit.x[c] * profiles[c][i] * dx[i];
            }
            total += area[c];
        }
        List<PhaseShare> shares = new ArrayList<>();
        for (int c = 0; c < w.length; c++) {
            Column col = columns.get(fit.members[c]);
            shares.add(new PhaseShare(col.match(), fit.x[c] / col.absoluteFactor(), w[c], area[c] / total));
        }
        shares.sort(Comparator.comparingDouble(PhaseShare::weightFraction).reversed());
        double[] calc = fitted(profiles, fit.x);
        PowderProfile calculated = new PowderProfile("fitted mixture", twoTheta, calc, Double.NaN);
        return new PhaseMixture(shares, rwp(calc), fit.rwp, rwps, calculated);
    }

    /** Plain Rwp of a calculated profile. */
    private double rwp(double[] calc) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double r = sqrtW[i] * (y[i] - calc[i]);
            s += r * r;
        }
        return Math.sqrt(s / wy2);
    }

    /** Σ x_j profile_j plus the weighted least-squares polynomial through the rest. */
    private double[] fitted(double[][] profiles, double[] x) {
        int n = y.length;
        double[] phases = new double[n];
        for (int c = 0; c < profiles.length; c++) {
            for (int i = 0; i < n; i++) {
                phases[i] += x[c] * profiles[c][i];
            }
        }
        double[] rest = new double[n];
        for (int i = 0; i < n; i++) {
            rest[i] = sqrtW[i] * (y[i] - phases[i]);
        }
        double[] projectedRest = project(rest);
        for (int i = 0; i < n; i++) {
            // the polynomial part of the weighted rest, unweighted again
            phases[i] += sqrtW[i] > 0 ? (rest[i] - projectedRest[i]) / sqrtW[i] : 0;
        }
        return phases;
    }

    private double[] weighted(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = sqrtW[i] * v[i];
        }
        return out;
    }

    /** v minus its components along the orthonormal (weighted) background columns. */
    private double[] project(double[] v) {
        double[] out = v.clone();
        for (double[] q : basis) {
            double dot = 0;
            for (int i = 0; i < out.length; i++) {
                dot += q[i] * out[i];
            }
            for (int i = 0; i < out.length; i++) {
                out[i] -= dot * q[i];
            }
        }
        return out;
    }

    /** √w · P_m(t), m = 0..degree, t = 2θ mapped onto [−1, 1], orthonormalised (modified Gram–Schmidt). */
    private double[][] orthonormalBackground(int degree) {
        int n = y.length;
        if (degree < 0 || n < 2) {
            return new double[0][];
        }
        double lo = twoTheta[0];
        double span = twoTheta[n - 1] - lo;
        List<double[]> q = new ArrayList<>();
        for (int m = 0; m <= degree; m++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = sqrtW[i] * legendre(m, 2 * (twoTheta[i] - lo) / span - 1);
            }
            for (double[] prev : q) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += prev[i] * v[i];
                }
                for (int i = 0; i < n; i++) {
                    v[i] -= dot * prev[i];
                }
            }
            double norm = 0;
            for (double e : v) {
                norm += e * e;
            }
            norm = Math.sqrt(norm);
            if (norm > 1e-12) {
                for (int i = 0; i < n; i++) {
                    v[i] /= norm;
                }
                q.add(v);
            }
        }
        return q.toArray(new double[0][]);
    }

    private static double legendre(int m, double t) {
        double p0 = 1;
        if (m == 0) {
            return p0;
        }
        double p1 = t;
        for (int k = 2; k <= m; k++) {
            double p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
        }
        return p1;
    }

    /** All k-element subsets of 0..p−1 in lexicographic order. */
    static List<int[]> subsets(int p, int k) {
        List<int[]> out = new ArrayList<>();
        int[] s = new int[k];
        for (int i = 0; i < k; i++) {
            s[i] = i;
        }
        while (k <= p) {
            out.add(s.clone());
            int i = k - 1;
            while (i >= 0 && s[i] == p - k + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            s[i]++;
            for (int j = i + 1; j < k; j++) {
                s[j] = s[j - 1] + 1;
            }
        }
        return out;
    }
}
