package org.matinf.core.diffraction.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import org.matinf.core.diffraction.BackgroundSubtraction;
import org.matinf.core.diffraction.PeakFinder;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.Radiation;
import org.matinf.core.diffraction.Wavelengths;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.core.diffraction.XrdPattern;

/**
 * Phase identification (search-match) for a powder diffraction measurement against candidate crystal
 * structures, and the weight fractions of the phases found.
 *
 * <p><b>Preparing the measurement.</b> The scan is restricted to the analysis range; its eight
 * strongest peaks (at least 2° apart) are measured by {@link PeakFinder} (none found: an error); the
 * line widths H(2θ) = a + b tanθ and the Lorentzian fraction are estimated from them
 * ({@link PeakWidthModel}); the background is removed (by default SNIP with a half-width of ten times
 * the largest line width, at least 1°, which leaves the lines and their tails alone). Statistical
 * weights are 1/σ² from the measurement's uncertainties or, without them, 1/max(y, median y)
 * (counting statistics).
 *
 * <p><b>Figure of merit and ranking.</b> Each candidate's sticks are calculated at the measured
 * wavelength and drawn with the measured line widths. Its figure of merit is the largest cosine
 * similarity ⟨y, c⟩ / (‖y‖‖c‖) between the background-subtracted measurement y and the drawn
 * profile c over an isotropic lattice scale 1 + ε (every d multiplied; |ε| ≤ 1.5% by default) and a
 * zero shift z (|z| ≤ 0.1° by default), searched coarse to fine ({@link LatticeShiftSearch}). It is 1
 * for identical shapes, near 0 for patterns without common lines; a missing line of the candidate
 * lowers it, as does an unexplained line of the measurement. A mild penalty 0.01·(ε/tolerance)² is
 * subtracted (preferring the cell as given). Candidates are ranked by it.
 *
 * <p><b>Mixtures.</b> A pool is formed from the ranking: the best {@code mixtureCandidates} (8)
 * candidates that are not near-duplicates of a better one already in the pool (cosine similarity of
 * the drawn profiles, or of one's sticks against the other's profile over the lattice scales
 * searched, above {@code duplicateSimilarity}, 0.95: isostructural phases with nearly the same cell
 * count as one). Then, for k = 1 up to {@code maxPhases} − 1, the best combination of k pool members
 * is fitted and the positive part of its residual is searched like a measurement; the best
 * {@code residualCandidates} (4) distinct candidates of that search join the pool (with the lattice
 * scale and zero shift found against the residual): minor phases, whose lines hardly count in the
 * figure of merit against the whole pattern, are found this way. Every combination of up to
 * {@code maxPhases} (3) pool members is fitted by non-negative least squares with a free quadratic
 * background correction, on profiles smoothed by a Gaussian of five line widths
 * ({@link MixtureSearch}: errors of line shape hardly count there, missing lines do). The best single
 * phase is taken first; the best combination of k + 1 phases replaces the chosen one of k phases when
 * it lowers this smoothed Rwp by at least {@code minRwpImprovement} (20%) and each of its phases makes
 * up at least {@code minWeightFraction} (2%) by weight. Finally the lattice scale and zero shift of
 * each chosen phase are searched again against the measurement less the fitted lines of the other
 * phases (first the phase with the largest share of the intensity, whose zero shift is then imposed
 * on the others, as it belongs to the instrument), and kept where they lower the smoothed Rwp.
 *
 * <p><b>Weight fractions</b> follow Hill and Howard (J. Appl. Cryst. 20 (1987) 467):
 * W_i = S_i (ZMV)_i / Σ_j S_j (ZMV)_j, where S is the scale factor relative to the absolute line
 * intensities |F|²·LP of the cell ({@link XrdCalculator#calculateAbsolute}), ZM the mass of the cell
 * contents and V the cell volume (at the fitted lattice scale). This assumes the phases absorb alike
 * (no microabsorption correction), random orientation and full crystallinity (an amorphous part is
 * not seen).
 *
 * <p>Immutable and thread-safe; candidates are compared in parallel, with results independent of
 * the order of evaluation.
 */
public final class PhaseIdentifier {
    /** Fewest measured points in the analysis range. */
    private static final int MIN_POINTS = 20;
    private static final double SNIP_WIDTHS = 10;
    private static final double SNIP_MIN_DEGREES = 1.0;
    /** Lines drawn for the mixture fit lose at most this fraction of their Lorentzian tails. */

    private final double wavelength;
    private final Radiation radiation;
    private final double rangeMin;
    private final double rangeMax;
    private final double latticeTolerance;
    private final double zeroTolerance;
    private final boolean subtractBackground;
    private final BackgroundSubtraction background;
    private final PeakWidthModel widths;
    private final double kAlpha2Wavelength;
    private final double kAlpha2Ratio;
    private final MixtureAnalysis.Settings settings;
    private final int backgroundDegree;

    private PhaseIdentifier(Builder b) {
        wavelength = b.wavelength;
        radiation = b.radiation;
        rangeMin = b.rangeMin;
        rangeMax = b.rangeMax;
        latticeTolerance = b.latticeTolerance;
        zeroTolerance = b.zeroTolerance;
        subtractBackground = b.subtractBackground;
        background = b.background;
        widths = b.widths;
        kAlpha2Wavelength = b.kAlpha2Wavelength;
        kAlpha2Ratio = b.kAlpha2Ratio;
        settings = new MixtureAnalysis.Settings(b.mixtureCandidates, b.residualCandidates, b.maxPhases,
                b.minRwpImprovement, b.minWeightFraction, b.duplicateSimilarity);
        backgroundDegree = b.backgroundDegree;
    }

    /** Settings with the defaults described in the class documentation. */
    public static Builder builder() {
        return new Builder();
    }

    /** An identifier with the default settings. */
    public static PhaseIdentifier withDefaults() {
        return builder().build();
    }

    /**
     * Ranks the candidates against the measurement and fits the best combination of them.
     *
     * @throws IllegalArgumentException if there are no candidates, the wavelength is unknown, the
     *     analysis range does not overlap the scan, no peak is found in the scan, or no candidate has a
     *     reflection in the range; also if a candidate holds an element without scattering data
     */
    public PhaseSearchResult identify(PowderProfile measured, List<Candidate> candidates) {
        Objects.requireNonNull(measured, "measured pattern");
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate phases to compare the measurement with");
        }
        double lambda = wavelengthFor(measured);
        PowderProfile scan = restrict(measured);
        double min = scan.twoTheta(0);
        double max = scan.twoTheta(scan.size() - 1);
        List<PeakFinder.Peak> peaks = WidthProbe.peaks(scan);
        if (peaks.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no diffraction peaks found in %s between 2θ = %.3f and %.3f°: nothing to identify",
                    describe(measured), min, max));
        }
        PeakWidthModel lineWidths = widths != null ? widths : PeakWidthModel.fit(peaks, min, max);
        BackgroundSubtraction.Result subtracted = subtract(scan, lineWidths, min, max);
        double[] x = scan.twoTheta();
        double[] y = subtracted.subtracted().intensity();
        ProfileCorrelation correlation = new ProfileCorrelation(x, y, lineWidths);
        LatticeShiftSearch search = new LatticeShiftSearch(correlation, lambda, kAlpha2Wavelength, kAlpha2Ratio,
                latticeTolerance, zeroTolerance);
        List<XrdPattern> sticks = sticks(candidates, lambda, min, max);
        List<PhaseMatch> ranking = search.rank(candidates, sticks);
        if (ranking.get(0).linesInRange() == 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "none of the %d candidates has a reflection between 2θ = %.3f and %.3f° at λ = %.5f Å",
                    candidates.size(), min, max, lambda));
        }
        MixtureSearch mixtures = new MixtureSearch(x, y, weights(scan), backgroundDegree, lineWidths);
        MixtureAnalysis analysis = new MixtureAnalysis(mixtures, search, x, y, candidates, sticks, settings);
        PhaseMixture mixture = analysis.mixture(ranking);
        return new PhaseSearchResult(ranking, mixture, lambda, lineWidths, subtracted.subtracted(),
                subtracted.background());
    }

    /**
     * The candidates with their absolute sticks calculated in advance for scans between {@code min}
     * and {@code max} (degrees) at {@code wavelength} (Å), so that searching many measurements of that
     * kind does not recalculate them.
     */
    public List<Candidate> prepare(List<Candidate> candidates, double wavelength, double min, double max) {
        double[] range = calculationRange(min, max);
        List<XrdPattern> sticks = calculate(candidates, wavelength, range);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            out.add(candidates.get(i).withSticks(sticks.get(i), range[0], range[1]));
        }
        return out;
    }

    private double wavelengthFor(PowderProfile measured) {
        double lambda = Double.isNaN(wavelength) ? measured.wavelength() : wavelength;
        if (!(lambda > 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("the wavelength of " + describe(measured)
                    + " is unknown: set it with PhaseIdentifier.builder().wavelength(...)");
        }
        return lambda;
    }

    /** The measured points inside the analysis range (and inside 0 < 2θ < 180). */
    private PowderProfile restrict(PowderProfile measured) {
        double lo = Math.max(rangeMin, 0);
        double hi = Math.min(rangeMax, 180);
        double[] x = measured.twoTheta();
        int from = ProfileCorrelation.lowerIndex(x, lo);
        while (from < x.length && !(x[from] > 0)) {
            from++;
        }
        int to = from;
        while (to < x.length && x[to] <= hi && x[to] < 180) {
            to++;
        }
        if (to - from < MIN_POINTS) {
            String scanRange = x.length == 0 ? "no points" : String.format(Locale.ROOT, "2θ = %.3f to %.3f°",
                    x[0], x[x.length - 1]);
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the analysis range 2θ = %s to %s° holds %d of the measured points of %s (%s); at least %d are needed",
                    lo, hi, to - from, describe(measured), scanRange, MIN_POINTS));
        }
        double[] y = measured.intensity();
        double[] s = measured.sigma();
        return new PowderProfile(measured.name(), Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to),
                s == null ? null : Arrays.copyOfRange(s, from, to), measured.wavelength(), measured.metadata());
    }

    private BackgroundSubtraction.Result subtract(PowderProfile scan, PeakWidthModel lineWidths, double min,
            double max) {
        if (!subtractBackground) {
            return new BackgroundSubtraction.Result(scan.withIntensity(scan.name() + " background",
                    new double[scan.size()]), scan);
        }
        BackgroundSubtraction method = background;
        if (method == null) {
            double widest = Math.max(lineWidths.fwhm(min), lineWidths.fwhm(max));
            method = BackgroundSubtraction.snip(Math.max(SNIP_WIDTHS * widest, SNIP_MIN_DEGREES));
        }
        return method.apply(scan);
    }

    /** 1/σ², from the measurement's uncertainties or counting statistics. */
    private static double[] weights(PowderProfile scan) {
        double[] y = scan.intensity();
        double[] sigma = scan.sigma();
        double largest = 0;
        for (double v : y) {
            largest = Math.max(largest, Math.abs(v));
        }
        double floor = Math.max(PeakWidthModel.median(y), Math.max(1e-9 * largest, Double.MIN_NORMAL));
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double variance = sigma != null && sigma[i] > 0 && Double.isFinite(sigma[i]) ? sigma[i] * sigma[i]
                    : Math.max(y[i], floor);
            w[i] = 1 / variance;
        }
        return w;
    }

    /** The 2θ range to calculate so that every line that can reach [min, max] is present. */
    private double[] calculationRange(double min, double max) {
        double lo = Math.max(0, min - zeroTolerance);
        double hi = Math.min(180, max + zeroTolerance);
        double sinLo = Math.sin(Math.toRadians(lo / 2)) / (1 + latticeTolerance);
        double sinHi = Math.min(1, Math.sin(Math.toRadians(hi / 2)) * (1 + latticeTolerance));
        double calcLo = Math.max(0, 2 * Math.toDegrees(Math.asin(sinLo)) - 0.01);
        double calcHi = Math.min(180, 2 * Math.toDegrees(Math.asin(sinHi)) + 0.01);
        if (!Double.isNaN(kAlpha2Wavelength)) {
            calcLo = Math.max(0, calcLo - 2);
        }
        return new double[] {calcLo, calcHi};
    }

    private List<XrdPattern> sticks(List<Candidate> candidates, double lambda, double min, double max) {
        double[] range = calculationRange(min, max);
        List<XrdPattern> given = new ArrayList<>();
        boolean missing = false;
        for (Candidate c : candidates) {
            XrdPattern p = c.sticksFor(lambda, range[0], range[1]);
            given.add(p);
            missing |= p == null;
        }
        if (!missing) {
            return given;
        }
        List<XrdPattern> calculated = calculate(candidates, lambda, range);
        List<XrdPattern> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            out.add(given.get(i) != null ? given.get(i) : calculated.get(i));
        }
        return out;
    }

    private List<XrdPattern> calculate(List<Candidate> candidates, double lambda, double[] range) {
        XrdCalculator calculator = XrdCalculator.builder().wavelength(lambda).radiation(radiation)
                .twoThetaRange(range[0], range[1]).build();
        return IntStream.range(0, candidates.size()).parallel().mapToObj(i -> {
            Candidate c = candidates.get(i);
            XrdPattern p = c.sticksFor(lambda, range[0], range[1]);
            if (p != null) {
                return p;
            }
            try {
                return calculator.calculateAbsolute(c.structure());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("candidate " + c.name() + ": " + e.getMessage(), e);
            }
        }).toList();
    }

    private static String describe(PowderProfile p) {
        return p.name().isEmpty() ? "the measured pattern" : "\"" + p.name() + "\"";
    }

    /** Settings of a phase identifier; every setter checks its value. */
    public static final class Builder {
        private double wavelength = Double.NaN;
        private Radiation radiation = Radiation.XRAY;
        private double rangeMin = 0;
        private double rangeMax = 180;
        private double latticeTolerance = 0.015;
        private double zeroTolerance = 0.1;
        private boolean subtractBackground = true;
        private BackgroundSubtraction background;
        private PeakWidthModel widths;
        private double kAlpha2Wavelength = Double.NaN;
        private double kAlpha2Ratio = 0.5;
        private int mixtureCandidates = 8;
        private int residualCandidates = 4;
        private int maxPhases = 3;
        private double minRwpImprovement = 0.20;
        private double minWeightFraction = 0.02;
        private double duplicateSimilarity = 0.95;
        private int backgroundDegree = 2;

        private Builder() {
        }

        /** Wavelength in Å, used instead of the measurement's (needed when the measurement has none). */
        public Builder wavelength(double angstrom) {
            if (!(angstrom > 0) || !Double.isFinite(angstrom)) {
                throw new IllegalArgumentException("wavelength must be a positive number of Å: " + angstrom);
            }
            wavelength = angstrom;
            return this;
        }

        /** Wavelength as written by a user: "CuKa1", "1.5406", "8.04 keV" ({@link Wavelengths#parse}). */
        public Builder wavelength(String text) {
            return wavelength(Wavelengths.parse(text));
        }

        /** X-rays (default) or neutrons. */
        public Builder radiation(Radiation r) {
            radiation = Objects.requireNonNull(r, "radiation");
            return this;
        }

        /** Only the measured points with min ≤ 2θ ≤ max (degrees) are analysed. */
        public Builder twoThetaRange(double min, double max) {
            if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("the 2θ range needs finite min < max: " + min + ", " + max);
            }
            rangeMin = min;
            rangeMax = max;
            return this;
        }

        /** Largest |ε| of the isotropic lattice scale 1 + ε searched (default 0.015; 0 for none). */
        public Builder latticeTolerance(double fraction) {
            if (!(fraction >= 0 && fraction < 0.2)) {
                throw new IllegalArgumentException("the lattice tolerance must lie in [0, 0.2), not " + fraction);
            }
            latticeTolerance = fraction;
            return this;
        }

        /** Largest |z| of the zero shift searched, degrees (default 0.1; 0 for none). */
        public Builder zeroShiftTolerance(double degrees) {
            if (!(degrees >= 0 && degrees <= 5)) {
                throw new IllegalArgumentException("the zero-shift tolerance must lie in [0, 5]°, not " + degrees);
            }
            zeroTolerance = degrees;
            return this;
        }

        /** How the background is removed (default: SNIP sized from the line widths). */
        public Builder background(BackgroundSubtraction method) {
            background = Objects.requireNonNull(method, "background method");
            subtractBackground = true;
            return this;
        }

        /** The measurement has no background (already subtracted): use it as it is. */
        public Builder noBackgroundSubtraction() {
            subtractBackground = false;
            background = null;
            return this;
        }

        /** Line widths to draw the candidates with, instead of estimating them from the measured peaks. */
        public Builder peakWidths(PeakWidthModel model) {
            widths = Objects.requireNonNull(model, "peak widths");
            return this;
        }

        /** The measurement holds Kα2 lines at this wavelength (Å), {@code ratio} times the Kα1 ones. */
        public Builder kAlpha2(double angstrom, double ratio) {
            if (!(angstrom > 0) || !Double.isFinite(angstrom) || !(ratio >= 0) || !Double.isFinite(ratio)) {
                throw new IllegalArgumentException("Kα2 needs a positive wavelength and a non-negative ratio: "
                        + angstrom + ", " + ratio);
            }
            kAlpha2Wavelength = angstrom;
            kAlpha2Ratio = ratio;
            return this;
        }

        /** Number of distinct best-ranked candidates tried in mixtures (default 8). */
        public Builder mixtureCandidates(int n) {
            mixtureCandidates = positive("number of mixture candidates", n);
            return this;
        }

        /** Number of distinct candidates added from the search of the residual (default 4; 0 for none). */
        public Builder residualCandidates(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("the number of residual candidates must not be negative: " + n);
            }
            residualCandidates = n;
            return this;
        }

        /** Most phases in a mixture (default 3; 1 to 4). */
        public Builder maxPhases(int n) {
            if (n < 1 || n > 4) {
                throw new IllegalArgumentException("the number of phases in a mixture must be 1 to 4, not " + n);
            }
            maxPhases = n;
            return this;
        }

        /** Relative improvement of the smoothed Rwp an added phase must bring (default 0.20). */
        public Builder minRwpImprovement(double fraction) {
            if (!(fraction >= 0 && fraction < 1)) {
                throw new IllegalArgumentException("the Rwp improvement must lie in [0, 1), not " + fraction);
            }
            minRwpImprovement = fraction;
            return this;
        }

        /** Smallest weight fraction of each phase of a mixture of two or more (default 0.02). */
        public Builder minWeightFraction(double fraction) {
            if (!(fraction >= 0 && fraction < 0.5)) {
                throw new IllegalArgumentException("the smallest weight fraction must lie in [0, 0.5), not " + fraction);
            }
            minWeightFraction = fraction;
            return this;
        }

        /** Drawn profiles more similar than this (cosine) count as the same phase (default 0.95). */
        public Builder duplicateSimilarity(double cosine) {
            if (!(cosine > 0 && cosine <= 1)) {
                throw new IllegalArgumentException("the duplicate similarity must lie in (0, 1], not " + cosine);
            }
            duplicateSimilarity = cosine;
            return this;
        }

        /** Degree of the free polynomial background correction of mixture fits (default 2; −1 for none). */
        public Builder backgroundCorrectionDegree(int degree) {
            if (degree < -1 || degree > 6) {
                throw new IllegalArgumentException("the background correction degree must be −1 to 6, not " + degree);
            }
            backgroundDegree = degree;
            return this;
        }

        private static int positive(String what, int n) {
            if (n < 1) {
                throw new IllegalArgumentException("the " + what + " must be at least 1, not " + n);
            }
            return n;
        }

        public PhaseIdentifier build() {
            return new PhaseIdentifier(this);
        }
    }
}
