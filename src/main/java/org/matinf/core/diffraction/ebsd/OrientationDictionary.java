package org.matinf.core.diffraction.ebsd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.orientation.UniformOrientations;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;

/**
 * A dictionary for EBSD dictionary indexing: orientations covering the fundamental zone of a Laue
 * class at an angular step, each with its simulated Kikuchi pattern ({@link KikuchiPatternSimulator},
 * i.e. the experiment's detector and voltage) stored as a binned, normalised vector
 * ({@link PatternVectors}) in one flat float array.
 *
 * <p><b>Sampling.</b> A step ω (radians) gives every orientation the volume of a cube of side ω in
 * rotation-vector space (where all rotations occupy 8π² near the identity), so the fundamental zone
 * of a class with |G| rotations gets n = ⌈8π² / (|G| ω³)⌉ orientations: the first n of the
 * super-Fibonacci spiral ({@link UniformOrientations#superFibonacci}) reduced to the zone
 * ({@link LaueGroup#toFundamentalZone}), exact duplicates (to 1e-9 in every quaternion component)
 * removed. The step is thus the spacing of a cubic grid of the same density, as kikuchipy's
 * "resolution" of cubochoric sampling: m-3m at 3° has 22,919 orientations. Measured for m-3m
 * (OrientationDictionaryTest, 5°): the mean distance between nearest dictionary neighbours is
 * 0.59 ω, a random orientation lies on average 0.54 ω from its nearest dictionary orientation and
 * at most 1.04 ω in 1000 random orientations (1.04 ω at 4° in 2000; 1.38 ω at 1.7° in 300), within
 * the stated bound {@link #COVERING_RADIUS} ω.
 *
 * <p><b>Size.</b> n × ⌊rows/b⌋ × ⌊cols/b⌋ × 4 bytes for binning b (default: {@link #defaultBinning}); the
 * builder refuses dictionaries above its memory limit (default half the Java heap) before
 * simulating. Built in parallel; each pattern is computed by the same sequential code whatever the
 * number of threads, so the dictionary is deterministic. Immutable and thread-safe.
 */
public final class OrientationDictionary {
    /** The stated bound on the distance from an orientation to its nearest dictionary orientation, in steps. */
    public static final double COVERING_RADIUS = 1.5;
    /** The coarsest step in degrees. */
    public static final double MAX_STEP = 20;
    /** The most orientations a dictionary may hold. */
    public static final int MAX_ORIENTATIONS = 20_000_000;

    private final KikuchiPatternSimulator simulator;
    private final LaueGroup group;
    private final double step;
    private final int binning;
    private final int length;
    private final List<Orientation> orientations;
    private final float[] vectors;

    private OrientationDictionary(Builder b, List<Orientation> orientations) {
        this.simulator = b.simulator;
        this.group = b.group;
        this.step = b.step;
        this.binning = b.binning;
        EbsdDetector d = simulator.detector();
        this.length = PatternVectors.binnedSide(d.cols(), binning) * PatternVectors.binnedSide(d.rows(), binning);
        this.orientations = Collections.unmodifiableList(new ArrayList<>(orientations));
        this.vectors = new float[Math.multiplyExact(orientations.size(), length)];
        int pixels = d.rows() * d.cols();
        ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[pixels]);
        ParallelWork.run(orientations.size(), b.threads, b.progress, "EBSD dictionary", i -> {
            float[] pattern = scratch.get();
            simulator.simulate(orientations.get(i), pattern);
            PatternVectors.normalise(pattern, d.cols(), d.rows(), binning, vectors, i * length);
        });
    }

    /** A builder for the dictionary of patterns simulated by {@code simulator} for a crystal of Laue class {@code group}. */
    public static Builder builder(KikuchiPatternSimulator simulator, LaueGroup group) {
        if (simulator == null || group == null) {
            throw new IllegalArgumentException("a dictionary needs a pattern simulator and a Laue class");
        }
        return new Builder(simulator, group);
    }

    /**
     * The number of orientations n = ⌈8π² / (|G| ω³)⌉ of a fundamental-zone sampling at this step
     * (before the rare duplicates are removed), as a double so that absurd steps do not overflow.
     *
     * @throws IllegalArgumentException for a step that is not a number of degrees in (0, {@link #MAX_STEP}]
     */
    public static double orientationCount(LaueGroup group, double stepDegrees) {
        checkStep(stepDegrees);
        double w = Math.toRadians(stepDegrees);
        return Math.ceil(8 * Math.PI * Math.PI / (group.order() * w * w * w));
    }

    /**
     * The orientations of a fundamental-zone sampling at this step (see the class description).
     *
     * @throws IllegalArgumentException for a bad step or one that needs more than {@link #MAX_ORIENTATIONS}
     */
    public static List<Orientation> sampling(LaueGroup group, double stepDegrees) {
        int n = checkedCount(group, stepDegrees);
        List<Orientation> out = new ArrayList<>(n);
        Set<List<Long>> seen = new HashSet<>();
        for (Orientation o : UniformOrientations.superFibonacci(n)) {
            Orientation z = group.toFundamentalZone(o);
            double[] q = z.quaternion();
            if (seen.add(List.of(Math.round(q[0] * 1e9), Math.round(q[1] * 1e9), Math.round(q[2] * 1e9), Math.round(q[3] * 1e9)))) {
                out.add(z);
            }
        }
        return out;
    }

    private static int checkedCount(LaueGroup group, double stepDegrees) {
        double n = orientationCount(group, stepDegrees);
        if (n > MAX_ORIENTATIONS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a step of %s° would need %.3g orientations for Laue class %s (at most %,d); choose a larger step",
                    number(stepDegrees), n, group.symbol(), MAX_ORIENTATIONS));
        }
        return (int) n;
    }

    private static void checkStep(double stepDegrees) {
        if (!(stepDegrees > 0) || stepDegrees > MAX_STEP) {
            throw new IllegalArgumentException("step must be a number of degrees above 0 and at most " + number(MAX_STEP) + ", got "
                    + stepDegrees);
        }
    }

    /**
     * The default binning of the stored patterns: b = max(1, ⌊min(rows, cols) / 30⌋), so they keep
     * 30 to 59 pixels on their shorter side (60 × 60 patterns are stored as 30 × 30).
     */
    public static int defaultBinning(EbsdDetector detector) {
        return Math.max(1, Math.min(detector.rows(), detector.cols()) / 30);
    }

    /** The bytes the pattern vectors of n orientations take at this detector size and binning. */
    public static long bytes(long orientations, EbsdDetector detector, int binning) {
        return orientations * PatternVectors.binnedSide(detector.rows(), binning) * PatternVectors.binnedSide(detector.cols(), binning)
                * Float.BYTES;
    }

    /** The simulator of the patterns (detector, voltage, crystal). */
    public KikuchiPatternSimulator simulator() {
        return simulator;
    }

    /** The detector the patterns were simulated for. */
    public EbsdDetector detector() {
        return simulator.detector();
    }

    /** The Laue class whose fundamental zone the orientations cover. */
    public LaueGroup group() {
        return group;
    }

    /** The angular step in degrees (NaN for a dictionary of given orientations). */
    public double step() {
        return step;
    }

    /** The binning b of the stored vectors. */
    public int binning() {
        return binning;
    }

    /** Number of orientations. */
    public int size() {
        return orientations.size();
    }

    /** The orientations, in the order of their patterns. */
    public List<Orientation> orientations() {
        return orientations;
    }

    /** Orientation i. */
    public Orientation orientation(int i) {
        return orientations.get(i);
    }

    /** Values per stored vector: ⌊rows/b⌋ · ⌊cols/b⌋. */
    public int vectorLength() {
        return length;
    }

    /** The flat array of all vectors: vector i starts at i · {@link #vectorLength()}. Not copied; do not change it. */
    float[] vectorsShared() {
        return vectors;
    }

    /** A copy of the stored vector of orientation i. */
    public float[] vector(int i) {
        float[] v = new float[length];
        System.arraycopy(vectors, i * length, v, 0, length);
        return v;
    }

    /** Bytes taken by the stored vectors. */
    public long bytes() {
        return (long) vectors.length * Float.BYTES;
    }

    @Override
    public String toString() {
        EbsdDetector d = detector();
        return String.format(Locale.ROOT, "OrientationDictionary(%s, %d orientations, step %s°, %d x %d patterns binned %d, %.1f MB)",
                group.symbol(), size(), number(step), d.cols(), d.rows(), binning, bytes() / 1e6);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "NaN" : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Settings of a dictionary; checked by {@link #build()}. */
    public static final class Builder {
        private final KikuchiPatternSimulator simulator;
        private final LaueGroup group;
        private double step = 3;
        private List<Orientation> given;
        private int binning;
        private int threads = ParallelWork.defaultThreads();
        private long memoryLimit = Runtime.getRuntime().maxMemory() / 2;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder(KikuchiPatternSimulator simulator, LaueGroup group) {
            this.simulator = simulator;
            this.group = group;
            this.binning = defaultBinning(simulator.detector());
        }

        /** The angular step in degrees (default 3), see the class description. */
        public Builder step(double degrees) {
            this.step = degrees;
            this.given = null;
            return this;
        }

        /** Instead of a fundamental-zone sampling, these orientations (their step is NaN). */
        public Builder orientations(List<Orientation> list) {
            this.given = list == null ? List.of() : List.copyOf(list);
            this.step = Double.NaN;
            return this;
        }

        /** The binning of the stored vectors, 1 to the detector's shorter side (default {@link #defaultBinning}). */
        public Builder binning(int factor) {
            this.binning = factor;
            return this;
        }

        /** Number of threads (default: the available processors); the dictionary does not depend on it. */
        public Builder threads(int count) {
            this.threads = ParallelWork.checkedThreads(count);
            return this;
        }

        /**
         * The largest size of the stored vectors in bytes (default: half the Java heap, which Fiji's
         * Edit › Options › Memory sets).
         */
        public Builder memoryLimit(long bytes) {
            this.memoryLimit = bytes;
            return this;
        }

        /** Progress (patterns simulated of n) and cancellation. */
        public Builder progress(ProgressListener listener) {
            this.progress = listener == null ? ProgressListener.NONE : listener;
            return this;
        }

        /**
         * Samples the orientations and simulates their patterns.
         *
         * @throws IllegalArgumentException for a bad step or binning, no orientations, or a dictionary above the memory limit
         * @throws CancelledException if the progress listener says the user cancelled
         */
        public OrientationDictionary build() {
            EbsdDetector d = simulator.detector();
            if (binning < 1 || binning > Math.min(d.rows(), d.cols())) {
                throw new IllegalArgumentException("binning must be from 1 to " + Math.min(d.rows(), d.cols()) + " for "
                        + d.cols() + " x " + d.rows() + " patterns, got " + binning);
            }
            long count = given != null ? given.size() : checkedCount(group, step);
            if (count == 0) {
                throw new IllegalArgumentException("the dictionary has no orientations");
            }
            long need = bytes(count, d, binning);
            if (need > memoryLimit) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the dictionary would need %,d orientations x %d x %d values = %.0f MB, more than the %.0f MB allowed; "
                                + "choose a larger step or binning",
                        count, PatternVectors.binnedSide(d.cols(), binning), PatternVectors.binnedSide(d.rows(), binning), need / 1e6,
                        memoryLimit / 1e6));
            }
            return new OrientationDictionary(this, given != null ? given : sampling(group, step));
        }
    }
}
