package org.matinf.core.diffraction.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.matinf.core.diffraction.StrainedPeaks;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.diffraction.XrdPeak;

/**
 * Finds the isotropic lattice scale 1 + ε (every d multiplied by it) and zero shift z (degrees, lines
 * drawn at 2θ + z) within ±{@code latticeTolerance} and ±{@code zeroTolerance} that maximise the
 * figure of merit: the cosine similarity ({@link ProfileCorrelation}) of a candidate's sticks with
 * the measurement less {@value #STRAIN_PENALTY}·(ε / latticeTolerance)², a mild preference for the
 * cell as given that decides between isostructural candidates whose cells differ by about 1%.
 * Coarse to fine: a grid whose steps move the lines by at most the narrowest line width H (z step
 * H/2; ε step H divided by d2θ/dε = 2 tanθ at the high end of the scan, in degrees),
 * then a Nelder–Mead simplex search from the best grid point (in a ranking, for the {@value #REFINED}
 * candidates best on the grid; the others keep their grid value, which the refinement raises only
 * by the little that a half-width misplacement costs). ‖c‖², which
 * changes slowly with ε (only the spacings of neighbouring lines change, by at most ε times their
 * spacing), is calculated every {@value #SELF_NODE_STEP} in ε and interpolated. With a Kα2
 * wavelength every stick also gets a line there, {@code kAlpha2Ratio} times as strong.
 * Immutable and thread-safe.
 */
final class LatticeShiftSearch {
    /** The result: figure of merit, lattice scale 1 + ε, zero shift z, number of lines in range. */
    record Fit(double cosine, double latticeScale, double zeroShift, int linesInRange) {
    }

    private static final int MAX_GRID = 401;
    /** The figure of merit is the cosine less this times (ε / tolerance)². */
    static final double STRAIN_PENALTY = 0.01;
    /** ‖c‖² is calculated at lattice strains this far apart and interpolated linearly between. */
    private static final double SELF_NODE_STEP = 0.004;
    private static final int REFINE_EVALUATIONS = 150;
    /** In a ranking, only this many candidates with the best grid values are refined. */
    static final int REFINED = 24;

    private final ProfileCorrelation correlation;
    private final double wavelength;
    private final double kAlpha2Wavelength;
    private final double kAlpha2Ratio;
    private final double latticeTolerance;
    private final double zeroTolerance;
    private final double zeroCentre;
    private final double latticeStep;
    private final double zeroStep;

    LatticeShiftSearch(ProfileCorrelation correlation, double wavelength, double kAlpha2Wavelength,
            double kAlpha2Ratio, double latticeTolerance, double zeroTolerance) {
        this(correlation, wavelength, kAlpha2Wavelength, kAlpha2Ratio, latticeTolerance, zeroTolerance, 0);
    }

    /** A search of zero shifts within ±zeroTolerance of {@code zeroCentre}. */
    private LatticeShiftSearch(ProfileCorrelation correlation, double wavelength, double kAlpha2Wavelength,
            double kAlpha2Ratio, double latticeTolerance, double zeroTolerance, double zeroCentre) {
        this.zeroCentre = zeroCentre;
        this.correlation = correlation;
        this.wavelength = wavelength;
        this.kAlpha2Wavelength = kAlpha2Wavelength;
        this.kAlpha2Ratio = kAlpha2Ratio;
        this.latticeTolerance = latticeTolerance;
        this.zeroTolerance = zeroTolerance;
        double min = correlation.min();
        double max = correlation.max();
        double narrowest = Math.min(correlation.widths().fwhm(min), correlation.widths().fwhm(max));
        double tanMax = Math.tan(Math.toRadians(Math.min(max, 170) / 2));
        this.zeroStep = Math.max(narrowest / 2, 2 * Math.max(zeroTolerance, 1e-9) / (MAX_GRID - 1));
        this.latticeStep = Math.max(narrowest / (2 * tanMax * 180 / Math.PI),
                2 * latticeTolerance / (MAX_GRID - 1));
    }

    /** The same search against another measurement (e.g. a residual) on the same grid and widths. */
    LatticeShiftSearch against(ProfileCorrelation other) {
        return new LatticeShiftSearch(other, wavelength, kAlpha2Wavelength, kAlpha2Ratio, latticeTolerance,
                zeroTolerance, zeroCentre);
    }

    /** The same search with the zero shift fixed at {@code zero} (degrees). */
    LatticeShiftSearch withZeroShift(double zero) {
        return new LatticeShiftSearch(correlation, wavelength, kAlpha2Wavelength, kAlpha2Ratio, latticeTolerance,
                0, zero);
    }

    /** Every candidate matched (in parallel) and sorted by figure of merit, best first (stable). */
    List<PhaseMatch> rank(List<Candidate> candidates, List<XrdPattern> sticks) {
        int n = candidates.size();
        Fit[] coarse = IntStream.range(0, n).parallel().mapToObj(i -> best(sticks.get(i), false))
                .toArray(Fit[]::new);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(coarse[q].cosine(), coarse[p].cosine()));
        boolean[] refine = new boolean[n];
        for (int r = 0; r < Math.min(REFINED, n); r++) {
            refine[order[r]] = true;
        }
        List<PhaseMatch> ranking = new ArrayList<>(IntStream.range(0, n).parallel().mapToObj(i -> {
            Fit fit = refine[i] ? best(sticks.get(i)) : coarse[i];
            return matchOf(candidates.get(i), sticks.get(i), fit);
        }).toList());
        ranking.sort(Comparator.comparingDouble(PhaseMatch::figureOfMerit).reversed());
        return ranking;
    }

    /** The candidate at its best lattice scale and zero shift; {@code sticks} are its absolute sticks. */
    PhaseMatch match(Candidate candidate, XrdPattern sticks) {
        return matchOf(candidate, sticks, best(sticks));
    }

    private static PhaseMatch matchOf(Candidate candidate, XrdPattern sticks, Fit fit) {
        XrdPattern strained = StrainedPeaks.isotropic(sticks, fit.latticeScale() - 1);
        return new PhaseMatch(candidate, fit.cosine(), fit.latticeScale(), fit.zeroShift(), fit.linesInRange(),
                strained);
    }

    ProfileCorrelation correlation() {
        return correlation;
    }

    boolean hasKAlpha2() {
        return !Double.isNaN(kAlpha2Wavelength) && kAlpha2Ratio > 0;
    }

    double kAlpha2Wavelength() {
        return kAlpha2Wavelength;
    }

    double kAlpha2Ratio() {
        return kAlpha2Ratio;
    }

    /** The best lattice scale and zero shift for the sticks (intensities in any unit). */
    Fit best(XrdPattern sticks) {
        return best(sticks, true);
    }

    /** The best point of the grid, refined or not. */
    private Fit best(XrdPattern sticks, boolean refine) {
        double[] d = new double[sticks.size()];
        double[] intensity = new double[sticks.size()];
        int i = 0;
        for (XrdPeak p : sticks.peaks()) {
            d[i] = p.d() > 0 ? p.d() : sticks.wavelength() / (2 * Math.sin(Math.toRadians(p.twoTheta() / 2)));
            intensity[i] = p.intensity();
            i++;
        }
        double[] selfAt = selfTable(d, intensity);
        double[] bestPoint = {Double.NEGATIVE_INFINITY, 0, zeroCentre};
        int ne = steps(latticeTolerance, latticeStep);
        int nz = steps(zeroTolerance, zeroStep);
        for (int a = -ne; a <= ne; a++) {
            double eps = clamp(a * latticeStep, latticeTolerance);
            Lines lines = lines(d, intensity, eps, selfAt);
            for (int b = -nz; b <= nz; b++) {
                consider(lines, eps, zeroCentre + clamp(b * zeroStep, zeroTolerance), bestPoint);
            }
        }
        if (refine) {
            refine(d, intensity, selfAt, bestPoint);
        }
        Lines atBest = lines(d, intensity, bestPoint[1], selfAt);
        double cosine = Double.isFinite(bestPoint[0]) ? bestPoint[0] : 0;
        return new Fit(cosine, 1 + bestPoint[1], bestPoint[2], atBest.count);
    }

    /**
     * Nelder–Mead from the best grid point, in units of the grid steps (the figure of merit has a long
     * ridge along which lattice scale and zero shift compensate each other, where searches along
     * the axes stall). Points outside the tolerances are evaluated at the nearest point inside, less
     * a small penalty for the distance.
     */
    private void refine(double[] d, double[] intensity, double[] selfAt, double[] best) {
        double e0 = best[1];
        double z0 = best[2];
        MultivariateFunction f = u -> {
            double eps = e0 + u[0] * latticeStep;
            double z = z0 + u[1] * zeroStep;
            double ce = clamp(eps, latticeTolerance);
            double cz = zeroCentre + clamp(z - zeroCentre, zeroTolerance);
            double outside = Math.abs(eps - ce) / latticeStep + Math.abs(z - cz) / zeroStep;
            double[] point = {Double.NEGATIVE_INFINITY, 0, 0};
            consider(lines(d, intensity, ce, selfAt), ce, cz, point);
            if (point[0] > best[0]) {
                best[0] = point[0];
                best[1] = ce;
                best[2] = cz;
            }
            return point[0] - 1e-3 * outside;
        };
        try {
            new SimplexOptimizer(1e-7, 1e-9).optimize(new MaxEval(REFINE_EVALUATIONS), new ObjectiveFunction(f),
                    GoalType.MAXIMIZE, new InitialGuess(new double[] {0, 0}),
                    new NelderMeadSimplex(new double[] {0.5, 0.5}));
        } catch (TooManyEvaluationsException stop) {
            // the best point seen is kept in best
        }
    }

    private void consider(Lines lines, double eps, double z, double[] best) {
        double value = 0;
        if (lines.self > 0 && correlation.norm() > 0) {
            value = correlation.overlap(lines.pos, lines.intensity, lines.inside, z)
                    / (correlation.norm() * Math.sqrt(lines.self));
        }
        if (latticeTolerance > 0) {
            double relative = eps / latticeTolerance;
            value -= STRAIN_PENALTY * relative * relative;
        }
        if (value > best[0]) {
            best[0] = value;
            best[1] = eps;
            best[2] = z;
        }
    }

    /** Lines at lattice strain ε: positions ascending, intensities, inside the scan, ‖c‖². */
    private static final class Lines {
        double[] pos;
        double[] intensity;
        boolean[] inside;
        double self;
        int count;
    }

    /** ‖c‖² at the nodes ε = −E + j·step, j = 0..m (m ≥ 1). */
    private double[] selfTable(double[] d, double[] intensity) {
        int m = Math.max(1, (int) Math.ceil(2 * latticeTolerance / SELF_NODE_STEP));
        double[] table = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            Lines lines = lines(d, intensity, -latticeTolerance + j * 2 * latticeTolerance / m, null);
            table[j] = correlation.selfOverlap(lines.pos, lines.intensity, lines.inside);
        }
        return table;
    }

    private double interpolate(double[] table, double eps) {
        int m = table.length - 1;
        if (latticeTolerance == 0) {
            return table[0];
        }
        double p = (eps + latticeTolerance) / (2 * latticeTolerance) * m;
        int j = Math.max(0, Math.min(m - 1, (int) Math.floor(p)));
        double f = p - j;
        return table[j] + f * (table[j + 1] - table[j]);
    }

    private Lines lines(double[] d, double[] intensity, double eps, double[] selfAt) {
        int n = d.length;
        boolean alpha2 = hasKAlpha2();
        double[][] all = new double[alpha2 ? 2 * n : n][];
        int m = 0;
        for (int k = 0; k < n; k++) {
            double scaled = d[k] * (1 + eps);
            double s = wavelength / (2 * scaled);
            if (s < 1) {
                all[m++] = new double[] {2 * Math.toDegrees(Math.asin(s)), intensity[k]};
            }
            if (alpha2) {
                double s2 = kAlpha2Wavelength / (2 * scaled);
                if (s2 < 1) {
                    all[m++] = new double[] {2 * Math.toDegrees(Math.asin(s2)), kAlpha2Ratio * intensity[k]};
                }
            }
        }
        double[][] used = Arrays.copyOf(all, m);
        Arrays.sort(used, (p, q) -> Double.compare(p[0], q[0]));
        Lines lines = new Lines();
        lines.pos = new double[m];
        lines.intensity = new double[m];
        lines.inside = new boolean[m];
        for (int k = 0; k < m; k++) {
            lines.pos[k] = used[k][0];
            lines.intensity[k] = used[k][1];
            lines.inside[k] = used[k][0] >= correlation.min() && used[k][0] <= correlation.max();
            lines.count += lines.inside[k] ? 1 : 0;
        }
        lines.self = selfAt == null ? 0 : interpolate(selfAt, eps);
        return lines;
    }

    private static int steps(double tolerance, double step) {
        return tolerance > 0 ? (int) Math.ceil(tolerance / step - 1e-9) : 0;
    }

    private static double clamp(double value, double tolerance) {
        return Math.max(-tolerance, Math.min(tolerance, value));
    }
}
