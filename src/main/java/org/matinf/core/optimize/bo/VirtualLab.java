package org.matinf.core.optimize.bo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.matinf.core.optimize.gp.GpSettings;
import org.matinf.core.progress.Futures;
import org.matinf.core.progress.ProgressListener;

/**
 * A virtual laboratory: replays Bayesian optimisation on a data set whose targets are all known,
 * to see how many experiments each strategy needs to find the best material.
 *
 * <p>For every seed s a pool of {@code pool} rows is drawn ({@link #draw}; all rows when the data
 * set is not larger), and {@code initial} pool rows are "measured" first, the same for every
 * strategy. Then each strategy proposes one experiment at a time (q = 1), its target is looked up
 * and added to the measurements, until the best target of the pool has been measured or the
 * budget is spent. While every target measured so far is equal (the model cannot rank), the proposal
 * is a random untested row. Random search is simulated exactly: the untested rows in a seeded random order.
 * How not-found seeds are counted: see {@link StrategyOutcome}.
 *
 * <p>Seeds run in parallel on {@code threads} threads; every seed depends only on its own inputs,
 * so the result is the same for any number of threads.
 */
public final class VirtualLab {
    /** Default budget of the model-based strategies (experiments after the initial ones). */
    public static final int DEFAULT_BUDGET = 200;
    private static final long INITIAL_STREAM = 0x9E3779B97F4A7C15L;

    /**
     * What to replay.
     *
     * @param goal maximise or minimise the target
     * @param pool candidates per seed (all rows if the data set has no more)
     * @param initial random measurements before the first proposal, 1 ≤ initial &lt; pool
     * @param seeds the seeds, one campaign per seed and strategy
     * @param budget most proposals of a model-based strategy (random search always runs until it finds the best)
     * @param strategies the strategies
     * @param gp the Gaussian process of the model-based strategies
     * @param threads seeds run in parallel (≥ 1)
     */
    public record Settings(Goal goal, int pool, int initial, long[] seeds, int budget, List<Strategy> strategies, GpSettings gp,
            int threads) {
        /** Checks the values. */
        public Settings {
            if (goal == null || gp == null || strategies == null || strategies.isEmpty()) {
                throw new IllegalArgumentException("a virtual lab needs a goal, strategies and GP settings");
            }
            if (pool < 2) {
                throw new IllegalArgumentException("the pool must hold at least 2 candidates, got " + pool);
            }
            if (initial < 1 || initial >= pool) {
                throw new IllegalArgumentException("initial must be at least 1 and smaller than the pool (" + pool + "), got " + initial);
            }
            if (seeds == null || seeds.length == 0) {
                throw new IllegalArgumentException("at least one seed is needed");
            }
            if (budget < 1) {
                throw new IllegalArgumentException("budget must be at least 1, got " + budget);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            seeds = seeds.clone();
            strategies = List.copyOf(strategies);
        }

        /** The seeds first, first + 1, … first + count − 1. */
        public static long[] seedRange(long first, int count) {
            if (count < 1) {
                throw new IllegalArgumentException("seeds must be at least 1, got " + count);
            }
            long[] s = new long[count];
            for (int i = 0; i < count; i++) {
                s[i] = first + i;
            }
            return s;
        }
    }

    /**
     * The random draws of one seed.
     *
     * <p>Every shuffle is {@code Collections.shuffle(list, new Random(stream(seed, k)))} with
     * {@link #stream}, which decorrelates neighbouring seeds (java.util.Random's first draws of
     * seeds 0, 1, 2 … are strongly correlated).
     *
     * @param pool the data-set rows of the pool: the first {@code pool} of a shuffle (stream 0) of
     *     all rows (all rows in order when there are not more)
     * @param initial pool positions measured first: the first {@code initial} of a shuffle
     *     (stream 1) of 0 … pool − 1
     * @param randomOrder the other pool positions in random search's order: shuffled (stream 2)
     *     from increasing order
     */
    public record Draw(int[] pool, int[] initial, int[] randomOrder) {
    }

    private VirtualLab() {
    }

    /** The seed of random stream k of a campaign seed: {@code new SplittableRandom(seed + k · 0x9E3779B97F4A7C15L).nextLong()}. */
    public static long stream(long seed, int k) {
        return new SplittableRandom(seed + k * INITIAL_STREAM).nextLong();
    }

    /** The pool, initial rows and random-search order of a seed (see {@link Draw}). */
    public static Draw draw(long seed, int rows, int pool, int initial) {
        List<Integer> all = range(rows);
        if (rows > pool) {
            Collections.shuffle(all, new Random(stream(seed, 0)));
        }
        int size = Math.min(rows, pool);
        int[] poolRows = all.subList(0, size).stream().mapToInt(Integer::intValue).toArray();
        List<Integer> positions = range(size);
        Collections.shuffle(positions, new Random(stream(seed, 1)));
        int[] first = positions.subList(0, initial).stream().mapToInt(Integer::intValue).toArray();
        List<Integer> rest = new ArrayList<>(positions.subList(initial, size));
        Collections.sort(rest);
        Collections.shuffle(rest, new Random(stream(seed, 2)));
        return new Draw(poolRows, first, rest.stream().mapToInt(Integer::intValue).toArray());
    }

    private static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    /**
     * Replays every strategy on every seed.
     *
     * @param ids one identifier per row (formulas; used in the result only)
     * @param features one row per material, finite numbers
     * @param target the known target of every row, finite
     * @throws IllegalArgumentException for mismatched lengths, missing values, or initial ≥ the pool actually drawn
     */
    public static VirtualLabResult run(List<String> ids, double[][] features, double[] target, Settings s, ProgressListener progress) {
        int n = target.length;
        if (ids.size() != n || features.length != n) {
            throw new IllegalArgumentException(ids.size() + " identifiers, " + features.length + " feature rows and " + n + " targets");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(target[i])) {
                throw new IllegalArgumentException("row " + (i + 1) + " (" + ids.get(i) + "): the target is missing (NaN) or not finite");
            }
        }
        int poolSize = Math.min(n, s.pool());
        if (s.initial() >= poolSize) {
            throw new IllegalArgumentException("initial (" + s.initial() + ") must be smaller than the pool; the data set has only "
                    + n + " rows");
        }
        int models = (int) s.strategies().stream().filter(st -> !st.random()).count();
        long total = (long) s.seeds().length * Math.max(1, models);
        AtomicInteger done = new AtomicInteger();
        SeedRun[] runs = new SeedRun[s.seeds().length];
        int threads = Math.min(s.threads(), runs.length);
        ExecutorService executor = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "matinf-virtual-lab");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            List<Future<SeedRun>> futures = new ArrayList<>();
            for (int k = 0; k < runs.length; k++) {
                long seed = s.seeds()[k];
                Callable<SeedRun> work = () -> runSeed(seed, ids, features, target, s, () -> {
                    int d = done.incrementAndGet();
                    synchronized (progress) {
                        progress.progress(d, total, "virtual lab");
                    }
                }, progress);
                if (executor == null) {
                    runs[k] = work.call();
                } else {
                    futures.add(executor.submit(work));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                runs[k] = Futures.join(futures.get(k));
            }
        } catch (RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            // the work throws no checked exception; Callable only declares one
            throw new IllegalStateException(ex);
        } finally {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
        return collect(runs, s, ids, poolSize);
    }

    private static VirtualLabResult collect(SeedRun[] runs, Settings s, List<String> ids, int poolSize) {
        List<StrategyOutcome> outcomes = new ArrayList<>();
        for (int j = 0; j < s.strategies().size(); j++) {
            int[] it = new int[runs.length];
            boolean[] found = new boolean[runs.length];
            double[][] trace = new double[runs.length][];
            for (int k = 0; k < runs.length; k++) {
                it[k] = runs[k].iterations[j];
                found[k] = runs[k].found[j];
                trace[k] = runs[k].traces[j];
            }
            outcomes.add(new StrategyOutcome(s.strategies().get(j), runs[0].budgets[j], it, found, trace));
        }
        double[] best = Arrays.stream(runs).mapToDouble(r -> r.best).toArray();
        List<String> bestIds = Arrays.stream(runs).map(r -> ids.get(r.bestRow)).toList();
        return new VirtualLabResult(outcomes, s.seeds(), best, bestIds, poolSize, s.initial());
    }

    /** One seed's campaigns: per strategy, iterations, found, best-so-far trace and budget. */
    private record SeedRun(double best, int bestRow, int[] iterations, boolean[] found, double[][] traces, int[] budgets) {
    }

    private static SeedRun runSeed(long seed, List<String> ids, double[][] features, double[] target, Settings s, Runnable tick,
            ProgressListener progress) {
        Draw d = draw(seed, target.length, s.pool(), s.initial());
        int size = d.pool().length;
        double sign = s.goal().sign();
        double[] y = new double[size];
        double[][] x = new double[size][];
        List<String> rowIds = new ArrayList<>(size);
        int bestAt = 0;
        for (int i = 0; i < size; i++) {
            y[i] = target[d.pool()[i]];
            x[i] = features[d.pool()[i]];
            rowIds.add(Integer.toString(d.pool()[i]));
            if (sign * y[i] > sign * y[bestAt]) {
                bestAt = i;
            }
        }
        double best = y[bestAt];
        CandidatePool pool = new CandidatePool("seed " + seed, rowIds, x, names(x[0].length));
        int n = s.strategies().size();
        int[] iterations = new int[n];
        boolean[] found = new boolean[n];
        double[][] traces = new double[n][];
        int[] budgets = new int[n];
        for (int j = 0; j < n; j++) {
            Strategy st = s.strategies().get(j);
            budgets[j] = st.random() ? size - s.initial() : Math.min(s.budget(), size - s.initial());
            Campaign c = new Campaign(d.initial(), y, best, sign, budgets[j]);
            if (st.random()) {
                for (int p : d.randomOrder()) {
                    if (c.finished()) {
                        break;
                    }
                    c.measure(p);
                }
            } else {
                while (!c.finished()) {
                    progress.checkCancelled();
                    Proposer.Settings ps = new Proposer.Settings(s.goal(), st.acquisition(), BatchMethod.BELIEVER, s.gp(),
                            stream(seed, 3 + c.iteration()));
                    double[] results = c.results();
                    // while every result is equal the model cannot rank: a random untested row, as in the
                    // proposer's start (the tested rows passed as taken, none as measured)
                    List<Proposal> next = Arrays.stream(results).allMatch(v -> v == results[0])
                            ? Proposer.fromPool(pool, new int[0], new double[0], c.tested(), 1, ps)
                            : Proposer.fromPool(pool, c.tested(), results, 1, ps);
                    if (next.isEmpty()) {
                        break;
                    }
                    c.measure(next.get(0).row());
                }
                tick.run();
            }
            iterations[j] = c.foundAt >= 0 ? c.foundAt : budgets[j] + 1;
            found[j] = c.foundAt >= 0;
            traces[j] = c.trace();
        }
        return new SeedRun(best, d.pool()[bestAt], iterations, found, traces, budgets);
    }

    private static List<String> names(int d) {
        List<String> n = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            n.add("feature " + (i + 1));
        }
        return n;
    }

    /** The measurements of one strategy on one seed. */
    private static final class Campaign {
        private final int[] tested;
        private final double[] results;
        private final double[] y;
        private final double best;
        private final double sign;
        private final int budget;
        private final int initial;
        private final double[] trace;
        private int count;
        private double bestSoFar;
        private int foundAt = -1;

        Campaign(int[] initialRows, double[] y, double best, double sign, int budget) {
            this.y = y;
            this.best = best;
            this.sign = sign;
            this.budget = budget;
            this.initial = initialRows.length;
            this.tested = new int[initial + budget];
            this.results = new double[initial + budget];
            this.trace = new double[budget + 1];
            this.bestSoFar = Double.NaN;
            for (int r : initialRows) {
                add(r);
            }
            trace[0] = bestSoFar;
            if (bestSoFar == best) {
                foundAt = 0;
            }
        }

        private void add(int row) {
            tested[count] = row;
            results[count] = y[row];
            count++;
            if (Double.isNaN(bestSoFar) || sign * y[row] > sign * bestSoFar) {
                bestSoFar = y[row];
            }
        }

        /** Experiments after the initial ones. */
        int iteration() {
            return count - initial;
        }

        boolean finished() {
            return foundAt >= 0 || iteration() >= budget;
        }

        void measure(int row) {
            add(row);
            trace[iteration()] = bestSoFar;
            if (bestSoFar == best) {
                foundAt = iteration();
            }
        }

        int[] tested() {
            return Arrays.copyOf(tested, count);
        }

        double[] results() {
            return Arrays.copyOf(results, count);
        }

        /** Best so far after 0 … budget experiments; after the end the last value is kept. */
        double[] trace() {
            for (int i = iteration() + 1; i < trace.length; i++) {
                trace[i] = bestSoFar;
            }
            return trace;
        }
    }
}
