package org.matinf.core.diffraction.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.PowderProfileBuilder;
import org.matinf.core.diffraction.ProfileModel;
import org.matinf.core.diffraction.StrainedPeaks;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.diffraction.XrdPeak;
import org.matinf.testutil.TestData;

/**
 * Synthetic powder measurements of one or more phases of the shared structure library, for testing
 * and benchmarking phase identification. A sample is drawn from known phases with known weight
 * fractions W: phase i contributes W_i / (ZM·V)_i times its absolute pattern (|F|²·LP per cell, at
 * its strained lattice), so that Hill and Howard's relation holds exactly. Each sample gets its own
 * random isotropic strain per phase (|ε| ≤ 0.3%), zero shift (|z| ≤ 0.05°), line widths (Caglioti
 * U, V, W and Lorentzian X, Y of a Thompson–Cox–Hastings profile), quadratic background and counting
 * noise (normal with variance y: Poisson-like), all from a seeded generator. Cu Kα1, 2θ 10–90° in
 * steps of 0.02°.
 *
 * <p>"The right phase": a found candidate stands for a true phase if it has the same reduced formula
 * and its profile (at its fitted lattice scale and zero shift, drawn with the true widths) has a
 * cosine similarity above {@value #SAME_PHASE_SIMILARITY} with the true phase's noise-free profile. The library holds
 * several files of one phase (Si, Cu, NaCl, ...); any of them is right.
 */
public final class SyntheticMixtures {
    public static final double WAVELENGTH = 1.5406;
    public static final double MIN = 10;
    public static final double MAX = 90;
    public static final double STEP = 0.02;
    public static final double SAME_PHASE_SIMILARITY = 0.9;
    /** Sticks are calculated once over this range, which covers what the search needs. */
    private static final double CALC_MIN = 5;
    private static final double CALC_MAX = 100;

    /** A drawn measurement with its truth. */
    public record Sample(PowderProfile measured, List<Candidate> phases, double[] weightFractions,
            double[] latticeScales, double zeroShift, ProfileModel widths) {
    }

    private final List<Candidate> library;

    private SyntheticMixtures(List<Candidate> library) {
        this.library = library;
    }

    /** Every structure file of the shared library, with its absolute sticks calculated once. */
    public static SyntheticMixtures sharedLibrary() {
        List<String> files = TestData.files("cif", "vasp", "json");
        XrdCalculator calculator = XrdCalculator.builder().wavelength(WAVELENGTH).twoThetaRange(CALC_MIN, CALC_MAX)
                .build();
        List<Candidate> out = files.parallelStream().map(f -> {
            Candidate c = new Candidate(f, TestData.structure(f));
            return c.withSticks(calculator.calculateAbsolute(c.structure()), CALC_MIN, CALC_MAX);
        }).toList();
        return new SyntheticMixtures(out);
    }

    public List<Candidate> candidates() {
        return library;
    }

    /** Candidates with at least {@code minLines} lines of relative intensity ≥ 1% in range. */
    public List<Candidate> drawable(int minLines) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : library) {
            XrdPattern p = sticks(c);
            double max = 0;
            for (XrdPeak k : p.peaks()) {
                max = Math.max(max, k.intensity());
            }
            int n = 0;
            for (XrdPeak k : p.peaks()) {
                n += k.twoTheta() >= MIN && k.twoTheta() <= MAX && k.intensity() >= 0.01 * max ? 1 : 0;
            }
            if (n >= minLines) {
                out.add(c);
            }
        }
        return out;
    }

    /** Absolute sticks of a library candidate. */
    public static XrdPattern sticks(Candidate c) {
        return c.sticksFor(WAVELENGTH, CALC_MIN, CALC_MAX);
    }

    /** {@code k} phases of {@code pool} that are pairwise distinct (other formula, dissimilar patterns). */
    public List<Candidate> distinctPhases(List<Candidate> pool, int k, Random random) {
        while (true) {
            List<Candidate> chosen = new ArrayList<>();
            for (int tries = 0; chosen.size() < k && tries < 100; tries++) {
                Candidate c = pool.get(random.nextInt(pool.size()));
                boolean distinct = true;
                for (Candidate d : chosen) {
                    distinct &= !c.formula().equals(d.formula());
                }
                if (distinct) {
                    chosen.add(c);
                }
            }
            if (chosen.size() == k) {
                return chosen;
            }
        }
    }

    /** Weight fractions for k phases: each at least {@code min}, summing to 1. */
    public static double[] fractions(int k, double min, Random random) {
        double[] w = new double[k];
        double left = 1 - k * min;
        double sum = 0;
        for (int i = 0; i < k; i++) {
            w[i] = random.nextDouble();
            sum += w[i];
        }
        for (int i = 0; i < k; i++) {
            w[i] = min + left * w[i] / sum;
        }
        return w;
    }

    /** A noisy measurement of the phases mixed with the weight fractions. */
    public static Sample sample(List<Candidate> phases, double[] weightFractions, Random random) {
        double u = 0.01 * random.nextDouble();
        double v = -0.002 * random.nextDouble();
        double w = 0.003 + 0.009 * random.nextDouble();
        double lx = 0.06 * random.nextDouble();
        double ly = 0.03 * random.nextDouble();
        ProfileModel model = ProfileModel.defaults().withCaglioti(u, v, w).withLorentzianTerms(lx, ly);
        double zero = 0.1 * (random.nextDouble() - 0.5);
        double[] scales = new double[phases.size()];
        double[] y = null;
        double[] x = null;
        for (int i = 0; i < phases.size(); i++) {
            scales[i] = 1 + 0.006 * (random.nextDouble() - 0.5);
            Candidate c = phases.get(i);
            XrdPattern strained = StrainedPeaks.isotropic(sticks(c), scales[i] - 1);
            double cellVolume = c.structure().volume() * Math.pow(scales[i], 3);
            double factor = weightFractions[i] / (c.structure().composition().weight() * cellVolume);
            PowderProfile p = draw(strained, model, zero, factor);
            x = p.twoTheta();
            if (y == null) {
                y = new double[x.length];
            }
            for (int j = 0; j < y.length; j++) {
                y[j] += p.intensity(j);
            }
        }
        double top = 0;
        for (double e : y) {
            top = Math.max(top, e);
        }
        double counts = 2000 + 18000 * random.nextDouble();
        double b0 = 50 + 250 * random.nextDouble();
        double b1 = random.nextDouble() - 0.5;
        double b2 = 0.5 * random.nextDouble();
        for (int j = 0; j < y.length; j++) {
            double t = (x[j] - 50) / 40;
            double mean = y[j] * counts / top + b0 * (1 + b1 * t + b2 * t * t);
            y[j] = Math.max(0, mean + Math.sqrt(mean) * random.nextGaussian());
        }
        PowderProfile measured = new PowderProfile("synthetic", x, y, WAVELENGTH);
        return new Sample(measured, List.copyOf(phases), weightFractions.clone(), scales, zero, model);
    }

    /** Sticks drawn on the synthetic grid with the model, shifted by {@code zero}, times {@code factor}. */
    public static PowderProfile draw(XrdPattern sticks, ProfileModel model, double zero, double factor) {
        return new PowderProfileBuilder().range(MIN, MAX, STEP).profile(model).zeroShift(zero).scale(factor)
                .tailTolerance(1e-2).build(sticks);
    }

    /** True if {@code found} stands for the true phase {@code index} of the sample (see the class notes). */
    public static boolean isRight(Sample sample, int index, PhaseMatch found) {
        Candidate truth = sample.phases().get(index);
        if (!truth.formula().equals(found.candidate().formula())) {
            return false;
        }
        XrdPattern trueSticks = StrainedPeaks.isotropic(sticks(truth), sample.latticeScales()[index] - 1);
        double[] a = draw(trueSticks, sample.widths(), sample.zeroShift(), 1).intensity();
        double[] b = draw(found.sticks(), sample.widths(), found.zeroShift(), 1).intensity();
        return MixtureAnalysis.cosine(a, b) > SAME_PHASE_SIMILARITY;
    }

    /** True if every true phase is represented in the chosen mixture. */
    public static boolean allFound(Sample sample, PhaseMixture mixture) {
        for (int i = 0; i < sample.phases().size(); i++) {
            boolean found = false;
            for (PhaseShare s : mixture.phases()) {
                found |= isRight(sample, i, s.match());
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * The results of identifying {@code cases} samples of {@code k} phases each (weight fractions at
     * least {@code minFraction}), drawn from the phases with at least three lines.
     *
     * @param topRight samples whose best-ranked candidate is one of the true phases
     * @param mixtureRight samples whose chosen mixture holds every true phase
     * @param exact samples whose chosen mixture holds every true phase and nothing else
     * @param fractionErrors |W found − W true| of every phase of the exact samples
     * @param failures a line per sample whose mixture missed a phase
     */
    public record Outcome(int cases, int topRight, int mixtureRight, int exact, List<Double> fractionErrors,
            List<String> failures, double seconds) {
        public double maxFractionError() {
            return fractionErrors.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        public double meanFractionError() {
            return fractionErrors.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%d cases: top-1 right %.1f%%, all phases in mixture %.1f%%, exact mixture %.1f%%, "
                            + "weight fraction error mean %.3f max %.3f, %.2f s per case",
                    cases, 100.0 * topRight / cases, 100.0 * mixtureRight / cases, 100.0 * exact / cases,
                    meanFractionError(), maxFractionError(), seconds / cases);
        }
    }

    /** Draws and identifies {@code cases} samples of {@code k} phases; deterministic for a seed. */
    public Outcome run(PhaseIdentifier identifier, int k, double minFraction, int cases, long seed) {
        Random random = new Random(seed);
        List<Candidate> pool = drawable(3);
        int top = 0;
        int mixture = 0;
        int exact = 0;
        List<Double> errors = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int n = 0; n < cases; n++) {
            List<Candidate> phases = distinctPhases(pool, k, random);
            double[] w = fractions(k, minFraction, random);
            Sample sample = sample(phases, w, random);
            PhaseSearchResult result = identifier.identify(sample.measured(), library);
            boolean topOk = false;
            for (int i = 0; i < k; i++) {
                topOk |= isRight(sample, i, result.best());
            }
            top += topOk ? 1 : 0;
            PhaseMixture m = result.mixture();
            if (allFound(sample, m)) {
                mixture++;
                if (m.size() == k) {
                    exact++;
                    for (int i = 0; i < k; i++) {
                        for (PhaseShare s : m.phases()) {
                            if (isRight(sample, i, s.match())) {
                                errors.add(Math.abs(s.weightFraction() - w[i]));
                                break;
                            }
                        }
                    }
                }
            } else {
                failures.add(describe(sample, result));
            }
        }
        return new Outcome(cases, top, mixture, exact, errors, failures, (System.nanoTime() - start) / 1e9);
    }

    private static String describe(Sample sample, PhaseSearchResult result) {
        StringBuilder b = new StringBuilder("true");
        for (int i = 0; i < sample.phases().size(); i++) {
            b.append(String.format(java.util.Locale.ROOT, " %s %.2f (scale %.4f)", sample.phases().get(i).name(),
                    sample.weightFractions()[i], sample.latticeScales()[i]));
        }
        b.append(String.format(java.util.Locale.ROOT, " zero %.3f | found", sample.zeroShift()));
        for (PhaseShare s : result.mixture().phases()) {
            b.append(String.format(java.util.Locale.ROOT, " %s %.2f (scale %.4f, zero %.3f)", s.name(),
                    s.weightFraction(), s.match().latticeScale(), s.match().zeroShift()));
        }
        b.append(String.format(java.util.Locale.ROOT, " | smoothed Rwp by count %s | top %s %.3f",
                java.util.Arrays.toString(result.mixture().smoothedRwpByPhaseCount()), result.best().name(),
                result.best().figureOfMerit()));
        return b.toString();
    }
}
