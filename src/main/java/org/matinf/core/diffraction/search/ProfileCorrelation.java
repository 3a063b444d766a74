package org.matinf.core.diffraction.search;

import java.util.Arrays;
import org.matinf.core.diffraction.PeakShape;

/**
 * The cosine similarity between a measured profile y(2θ) and the profile c(2θ) = Σ_k I_k Ω_k(2θ − x_k)
 * of a set of sticks drawn with the lines of a {@link PeakWidthModel}, computed from the sticks without
 * drawing c:
 * <pre>
 *   cos = ⟨y, c⟩ / (‖y‖ ‖c‖),    ⟨y, c⟩ = ∫ y c d2θ = Σ_k I_k ŷ(x_k),   ŷ(t) = ∫ y(s) Ω_t(s − t) ds
 *   ‖c‖² = Σ_k Σ_l I_k I_l A(x_k − x_l),   A = autocorrelation of the line shape
 * </pre>
 * ŷ (the measurement smoothed by the line shape, out to {@value #SMOOTHING_REACH} FWHM) is tabulated
 * once on the measured grid and interpolated linearly; A of a pseudo-Voigt of width H is a(u)/H with u = Δ/H and a the
 * autocorrelation of the unit-width line, tabulated once by numerical integration (lines of two
 * sticks with different widths use their mean width; pairs farther apart than {@value #REACH} FWHM
 * are left out). Sticks outside the measured range are left
 * out of both sums. Integrals over the measured points use trapezoid weights, so uneven grids are
 * fine. Immutable.
 */
final class ProfileCorrelation {
    /** Lines are paired out to this many FWHM. */
    private static final double REACH = 10;
    /** The measurement is smoothed out to this many FWHM. */
    private static final double SMOOTHING_REACH = 6;
    /** Step of the unit autocorrelation table, in FWHM. */
    private static final double TABLE_STEP = 0.02;
    /** The unit line is integrated out to this many FWHM. */
    private static final double LINE_REACH = 150;

    private final double[] x;
    /** Grid step if the grid is uniform (within 1e-6 of a step), else NaN. */
    private final double uniformStep;
    private final double[] smoothed;
    private final double norm;
    private final PeakWidthModel widths;
    private final double[] unitAuto;

    ProfileCorrelation(double[] twoTheta, double[] y, PeakWidthModel widths) {
        this(twoTheta.clone(), uniformStep(twoTheta), y, widths, unitAutocorrelation(widths.eta()));
    }

    private ProfileCorrelation(double[] twoTheta, double uniformStep, double[] y, PeakWidthModel widths,
            double[] unitAuto) {
        this.x = twoTheta;
        this.widths = widths;
        int n = x.length;
        this.uniformStep = uniformStep;
        this.unitAuto = unitAuto;
        double[] dx = trapezoidWeights(x);
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += y[i] * y[i] * dx[i];
        }
        this.norm = Math.sqrt(s);
        this.smoothed = new double[n];
        for (int j = 0; j < n; j++) {
            PeakShape shape = widths.shapeAt(x[j]);
            double reach = SMOOTHING_REACH * shape.fwhm();
            int from = lowerIndex(x, x[j] - reach);
            double sum = 0;
            for (int i = from; i < n && x[i] <= x[j] + reach; i++) {
                sum += y[i] * dx[i] * shape.value(x[i] - x[j]);
            }
            smoothed[j] = sum;
        }
    }

    /** The correlation with other data {@code y} on the same grid, with the same line widths. */
    ProfileCorrelation withData(double[] y) {
        return new ProfileCorrelation(x, uniformStep, y, widths, unitAuto);
    }

    /** ‖y‖ over the measured range. */
    double norm() {
        return norm;
    }

    double min() {
        return x[0];
    }

    double max() {
        return x[x.length - 1];
    }

    PeakWidthModel widths() {
        return widths;
    }

    /**
     * ‖c‖² of sticks at ascending positions {@code pos} with intensities {@code inten}; only sticks
     * with {@code inside[k]} count.
     */
    double selfOverlap(double[] pos, double[] inten, boolean[] inside) {
        double s = 0;
        int n = pos.length;
        double[] fwhm = new double[n];
        for (int k = 0; k < n; k++) {
            fwhm[k] = widths.fwhm(pos[k]);
        }
        for (int k = 0; k < n; k++) {
            if (!inside[k]) {
                continue;
            }
            double hk = fwhm[k];
            s += inten[k] * inten[k] * unitAuto[0] / hk;
            for (int l = k + 1; l < n && pos[l] - pos[k] <= REACH * hk; l++) {
                if (inside[l]) {
                    double h = 0.5 * (hk + fwhm[l]);
                    s += 2 * inten[k] * inten[l] * auto((pos[l] - pos[k]) / h) / h;
                }
            }
        }
        return s;
    }

    /** ⟨y, c⟩ for sticks at {@code pos} + {@code shift}; only sticks with {@code inside[k]} count. */
    double overlap(double[] pos, double[] inten, boolean[] inside, double shift) {
        double s = 0;
        for (int k = 0; k < pos.length; k++) {
            if (inside[k]) {
                s += inten[k] * smoothedAt(pos[k] + shift);
            }
        }
        return s;
    }

    /** ŷ at t, linear between grid points, 0 outside the grid. */
    double smoothedAt(double t) {
        int n = x.length;
        if (t < x[0] || t > x[n - 1]) {
            return 0;
        }
        int lo;
        if (!Double.isNaN(uniformStep)) {
            lo = Math.min(n - 2, (int) ((t - x[0]) / uniformStep));
        } else {
            int i = Arrays.binarySearch(x, t);
            if (i >= 0) {
                return smoothed[i];
            }
            lo = -i - 2;
        }
        if (lo < 0) {
            return smoothed[0];
        }
        int hi = lo + 1;
        double f = (t - x[lo]) / (x[hi] - x[lo]);
        return smoothed[lo] + f * (smoothed[hi] - smoothed[lo]);
    }

    private double auto(double u) {
        double p = Math.abs(u) / TABLE_STEP;
        int i = (int) p;
        if (i + 1 >= unitAuto.length) {
            return 0;
        }
        double f = p - i;
        return unitAuto[i] + f * (unitAuto[i + 1] - unitAuto[i]);
    }

    /** a(u) = ∫ Ω(s) Ω(s − u) ds for the unit-width pseudo-Voigt, u = 0, step, ..., REACH. */
    private static double[] unitAutocorrelation(double eta) {
        PeakShape unit = PeakShape.pseudoVoigt(1, eta);
        int half = (int) Math.round(LINE_REACH / TABLE_STEP);
        double[] line = new double[2 * half + 1];
        for (int i = 0; i < line.length; i++) {
            line[i] = unit.value((i - half) * TABLE_STEP);
        }
        int lags = (int) Math.round(REACH / TABLE_STEP) + 1;
        double[] a = new double[lags];
        for (int lag = 0; lag < lags; lag++) {
            double s = 0;
            for (int i = lag; i < line.length; i++) {
                s += line[i] * line[i - lag];
            }
            a[lag] = s * TABLE_STEP;
        }
        return a;
    }

    private static double uniformStep(double[] x) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double step = (x[n - 1] - x[0]) / (n - 1);
        for (int i = 0; i < n; i++) {
            if (Math.abs(x[i] - (x[0] + i * step)) > 1e-6 * step) {
                return Double.NaN;
            }
        }
        return step;
    }

    static double[] trapezoidWeights(double[] x) {
        int n = x.length;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double left = i > 0 ? x[i] - x[i - 1] : 0;
            double right = i < n - 1 ? x[i + 1] - x[i] : 0;
            w[i] = 0.5 * (left + right);
        }
        return w;
    }

    static int lowerIndex(double[] x, double value) {
        int i = Arrays.binarySearch(x, value);
        return i >= 0 ? i : -i - 1;
    }
}
