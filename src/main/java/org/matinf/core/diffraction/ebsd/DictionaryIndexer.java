package org.matinf.core.diffraction.ebsd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;

/**
 * Dictionary indexing of EBSD patterns. Each experimental pattern is binned and normalised as the
 * dictionary's patterns ({@link PatternVectors}) and compared with all of them by the normalised
 * cross-correlation (NCC, the dot product of the vectors); the {@code candidates} best matches are
 * kept (ties to the lower dictionary index). With refinement, the best of them and then each next
 * candidate more than one step away from those already refined, up to {@code refined} in all, are
 * refined by {@link OrientationRefinement} (Nelder–Mead over a small rotation, NCC at full
 * resolution, initial simplex half the step); the highest refined NCC wins.
 *
 * <p><b>Uncertainty</b> ({@link DictionaryMatch#uncertainty()}, degrees): after refinement, the
 * least-squares estimate from the NCC's curvature and residual described in
 * {@link OrientationRefinement}, but not below 0.05°; without refinement, half the dictionary step
 * (a random orientation lies about 0.55 steps from its nearest dictionary orientation).
 *
 * <p>Patterns are matched in batches of {@value #BATCH} (each dictionary vector is read once per
 * batch) and batches and refinements run on {@code threads} threads; every pattern's result is
 * computed by the same sequential code, so it does not depend on the number of threads.
 * Thread-safe.
 */
public final class DictionaryIndexer {
    /** Patterns matched together against each dictionary vector. */
    static final int BATCH = 8;
    /** The smallest uncertainty reported after refinement, degrees. */
    static final double MIN_UNCERTAINTY = 0.05;

    private final OrientationDictionary dictionary;
    private final boolean refine;
    private final int candidates;
    private final int refined;
    private final int threads;

    private DictionaryIndexer(Builder b) {
        this.dictionary = b.dictionary;
        this.refine = b.refine;
        this.candidates = b.candidates;
        this.refined = b.refined;
        this.threads = b.threads;
    }

    /** A builder for an indexer using this dictionary. */
    public static Builder builder(OrientationDictionary dictionary) {
        if (dictionary == null || dictionary.size() == 0) {
            throw new IllegalArgumentException("the dictionary has no orientations");
        }
        return new Builder(dictionary);
    }

    /** The dictionary. */
    public OrientationDictionary dictionary() {
        return dictionary;
    }

    /**
     * Indexes one pattern.
     *
     * @throws IllegalArgumentException for a pattern of the wrong size, with non-finite pixels or without contrast
     */
    public DictionaryMatch index(GrayImage pattern) {
        return index(List.of(pattern), ProgressListener.NONE).get(0);
    }

    /**
     * Indexes patterns (in order); progress counts matched batches and refined patterns.
     *
     * @throws IllegalArgumentException naming the first bad pattern (1-based), as {@link #index(GrayImage)}
     * @throws CancelledException if the progress listener says the user cancelled
     */
    public List<DictionaryMatch> index(List<GrayImage> patterns, ProgressListener progress) {
        ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        int n = patterns.size();
        int length = dictionary.vectorLength();
        float[][] binned = new float[n][];
        for (int i = 0; i < n; i++) {
            binned[i] = vector(patterns.get(i), i + 1, dictionary.binning());
        }
        int[][] best = new int[n][];
        float[][] bestScores = new float[n][];
        int batches = (n + BATCH - 1) / BATCH;
        ParallelWork.run(batches, threads, p, "Dictionary matching", b -> {
            int from = b * BATCH;
            int to = Math.min(n, from + BATCH);
            match(binned, from, to, length, best, bestScores);
        });
        DictionaryMatch[] out = new DictionaryMatch[n];
        if (!refine) {
            for (int i = 0; i < n; i++) {
                out[i] = new DictionaryMatch(dictionary.orientation(best[i][0]), bestScores[i][0], dictionary.step() / 2,
                        best[i][0], bestScores[i][0], false);
            }
        } else {
            ThreadLocal<OrientationRefinement> refiners = ThreadLocal.withInitial(() -> new OrientationRefinement(dictionary.simulator()));
            ParallelWork.run(n, threads, p, "Orientation refinement", i -> out[i] = refine(refiners.get(),
                    vector(patterns.get(i), i + 1, 1), best[i], bestScores[i]));
        }
        return Arrays.asList(out);
    }

    /** The normalised vector of a pattern at this binning, checked. */
    private float[] vector(GrayImage pattern, int number, int binning) {
        EbsdDetector d = dictionary.detector();
        if (pattern == null) {
            throw new IllegalArgumentException("pattern " + number + " is missing");
        }
        if (pattern.width() != d.cols() || pattern.height() != d.rows()) {
            throw new IllegalArgumentException("pattern " + number + " is " + pattern.width() + " x " + pattern.height()
                    + " pixels, the dictionary was simulated for " + d.cols() + " x " + d.rows());
        }
        int bad = pattern.firstNonFinite();
        if (bad >= 0) {
            throw new IllegalArgumentException("pattern " + number + ": pixel (" + bad % pattern.width() + ", " + bad / pattern.width()
                    + ") is " + pattern.pixels()[bad] + "; replace NaN/infinite pixels first");
        }
        int size = PatternVectors.binnedSide(d.cols(), binning) * PatternVectors.binnedSide(d.rows(), binning);
        float[] v = new float[size];
        if (!PatternVectors.normalise(pattern.pixels(), d.cols(), d.rows(), binning, v, 0)) {
            throw new IllegalArgumentException("pattern " + number + " has no contrast (all pixels equal); it cannot be indexed");
        }
        return v;
    }

    /** The top candidates of patterns from … to−1 against every dictionary vector. */
    private void match(float[][] binned, int from, int to, int length, int[][] best, float[][] bestScores) {
        int m = to - from;
        int k = Math.min(candidates, dictionary.size());
        int[][] index = new int[m][k];
        float[][] score = new float[m][k];
        for (float[] s : score) {
            Arrays.fill(s, Float.NEGATIVE_INFINITY);
        }
        for (int[] ix : index) {
            Arrays.fill(ix, -1);
        }
        float[] vectors = dictionary.vectorsShared();
        for (int j = 0, offset = 0; j < dictionary.size(); j++, offset += length) {
            for (int e = 0; e < m; e++) {
                float s = PatternVectors.dot(vectors, offset, binned[from + e], length);
                if (s > score[e][k - 1]) {
                    insert(score[e], index[e], s, j);
                }
            }
        }
        for (int e = 0; e < m; e++) {
            best[from + e] = index[e];
            bestScores[from + e] = score[e];
        }
    }

    /** Inserts (s, j) into descending lists, after equal scores (which have lower indices). */
    private static void insert(float[] score, int[] index, float s, int j) {
        int p = score.length - 1;
        while (p > 0 && s > score[p - 1]) {
            score[p] = score[p - 1];
            index[p] = index[p - 1];
            p--;
        }
        score[p] = s;
        index[p] = j;
    }

    private DictionaryMatch refine(OrientationRefinement refiner, float[] pattern, int[] index, float[] score) {
        double step = Double.isNaN(dictionary.step()) ? 2 : dictionary.step();
        List<Orientation> done = new ArrayList<>();
        OrientationRefinement.Result winner = null;
        for (int c = 0; c < index.length && done.size() < refined && index[c] >= 0; c++) {
            Orientation start = dictionary.orientation(index[c]);
            if (done.stream().anyMatch(o -> Misorientation.disorientationAngle(o, start, dictionary.group()) <= step)) {
                continue;
            }
            done.add(start);
            OrientationRefinement.Result r = refiner.refine(pattern, start, step / 2);
            if (winner == null || r.score() > winner.score()) {
                winner = r;
            }
        }
        double u = winner.uncertainty();
        return new DictionaryMatch(dictionary.group().toFundamentalZone(winner.orientation()), winner.score(),
                Double.isNaN(u) ? step / 2 : Math.max(MIN_UNCERTAINTY, u), index[0], score[0], true);
    }

    /** Settings of an indexer. */
    public static final class Builder {
        private final OrientationDictionary dictionary;
        private boolean refine = true;
        private int candidates = 5;
        private int refined = 2;
        private int threads = ParallelWork.defaultThreads();

        private Builder(OrientationDictionary dictionary) {
            this.dictionary = dictionary;
        }

        /** Whether to refine the best matches (default true). */
        public Builder refine(boolean on) {
            this.refine = on;
            return this;
        }

        /** How many best dictionary matches to keep, 1 to 100 (default 5). */
        public Builder candidates(int count) {
            if (count < 1 || count > 100) {
                throw new IllegalArgumentException("candidates must be from 1 to 100, got " + count);
            }
            this.candidates = count;
            return this;
        }

        /** How many distinct candidates to refine, at least 1 (default 2). */
        public Builder refined(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("refined must be at least 1, got " + count);
            }
            this.refined = count;
            return this;
        }

        /** Number of threads (default: the available processors); results do not depend on it. */
        public Builder threads(int count) {
            this.threads = ParallelWork.checkedThreads(count);
            return this;
        }

        /** The indexer. */
        public DictionaryIndexer build() {
            return new DictionaryIndexer(this);
        }
    }
}
