package org.matinf.core.optimize.bo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.matinf.core.optimize.gp.GpPrediction;
import org.matinf.core.optimize.gp.GpSettings;

/**
 * Bayesian optimisation's proposal step: fits a Gaussian process to the measured experiments and
 * chooses the next q by maximising an acquisition function over a candidate pool or a search
 * space. With fewer than {@value #MINIMUM_OBSERVATIONS} measurements there is no model yet and the
 * proposals are a space-filling start (random pool rows; maximin points of the space).
 */
public final class Proposer {
    /** Measurements needed before the model proposes. */
    public static final int MINIMUM_OBSERVATIONS = 2;
    /** At most this many pool candidates (the most promising by an optimistic bound) enter a Thompson draw. */
    static final int THOMPSON_LIMIT = 2000;

    /**
     * How to propose.
     *
     * @param goal maximise or minimise the target
     * @param acquisition the acquisition function
     * @param batch how several proposals are kept apart (Thompson sampling draws once per proposal instead)
     * @param gp the Gaussian process (kernel, noise, restarts); its {@code normalize} flag is ignored, targets are always standardised
     * @param seed seed of every random choice (same inputs and seed, same proposals)
     */
    public record Settings(Goal goal, Acquisition acquisition, BatchMethod batch, GpSettings gp, long seed) {
        /** Checks for nulls. */
        public Settings {
            if (goal == null || acquisition == null || batch == null || gp == null) {
                throw new IllegalArgumentException("goal, acquisition, batch method and GP settings are all needed");
            }
        }
    }

    private Proposer() {
    }

    /**
     * Proposes up to q untested pool rows.
     *
     * @param tested the pool rows already measured
     * @param results their measured targets, in the same order
     */
    public static List<Proposal> fromPool(CandidatePool pool, int[] tested, double[] results, int q, Settings s) {
        return fromPool(pool, tested, results, new int[0], q, s);
    }

    /**
     * Proposes up to q untested pool rows while earlier proposals are still being measured: the
     * pending rows are not proposed again and the model assumes they give their predicted mean
     * (Kriging believer), so the new proposals go elsewhere.
     *
     * @param pending rows proposed earlier and not yet measured
     */
    public static List<Proposal> fromPool(CandidatePool pool, int[] tested, double[] results, int[] pending, int q, Settings s) {
        check(tested.length, results, q);
        boolean[] done = new boolean[pool.size()];
        double[][] x = new double[tested.length][];
        for (int i = 0; i < tested.length; i++) {
            x[i] = pool.encoded(checkRow(pool, tested[i], "measurement " + (i + 1)));
            done[tested[i]] = true;
        }
        double[][] waiting = new double[pending.length][];
        for (int i = 0; i < pending.length; i++) {
            waiting[i] = pool.encoded(checkRow(pool, pending[i], "pending proposal " + (i + 1)));
            done[pending[i]] = true;
        }
        return propose(new PoolDomain(pool, done), x, results, waiting, q, s, false);
    }

    private static int checkRow(CandidatePool pool, int row, String what) {
        if (row < 0 || row >= pool.size()) {
            throw new IllegalArgumentException(what + ": row " + row + " is not in the pool");
        }
        return row;
    }

    /**
     * Proposes q points of a search space.
     *
     * @param measured the points measured (one value per parameter, categoricals as level indices)
     * @param results their measured targets, in the same order
     * @throws IllegalArgumentException naming the point for a wrong number of values, a level index
     *     that is not one, or a result that is missing
     */
    public static List<Proposal> inSpace(SearchSpace space, double[][] measured, double[] results, int q, Settings s) {
        return inSpace(space, measured, results, new double[0][], q, s);
    }

    /**
     * Proposes q points of a search space while earlier proposals are still being measured (the
     * model assumes the pending points give their predicted mean, so new proposals go elsewhere).
     *
     * @param pending points proposed earlier and not yet measured
     */
    public static List<Proposal> inSpace(SearchSpace space, double[][] measured, double[] results, double[][] pending, int q, Settings s) {
        check(measured.length, results, q);
        return propose(new SpaceDomain(space), encode(space, measured, "measurement"), results, encode(space, pending, "pending proposal"), q, s, true);
    }

    private static double[][] encode(SearchSpace space, double[][] points, String what) {
        double[][] x = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != space.parameters().size()) {
                throw new IllegalArgumentException(what + " " + (i + 1) + ": " + points[i].length + " values for "
                        + space.parameters().size() + " parameters");
            }
            for (int j = 0; j < points[i].length; j++) {
                Parameter p = space.parameters().get(j);
                double v = points[i][j];
                if (p instanceof Parameter.Categorical && !(v == Math.rint(v) && v >= 0 && v < p.width())) {
                    throw new IllegalArgumentException(what + " " + (i + 1) + ": " + p.name() + " must be a level index 0 … "
                            + (p.width() - 1) + ", got " + v);
                }
            }
            x[i] = space.encode(points[i]);
        }
        return x;
    }

    private static void check(int n, double[] results, int q) {
        if (q < 1) {
            throw new IllegalArgumentException("the number of proposals must be at least 1, got " + q);
        }
        if (results.length != n) {
            throw new IllegalArgumentException(n + " measured points but " + results.length + " results");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(results[i])) {
                throw new IllegalArgumentException("measurement " + (i + 1) + ": the result is " + (Double.isNaN(results[i]) ? "missing (NaN)" : "not finite"));
            }
        }
    }

    private static List<Proposal> propose(Domain domain, double[][] x, double[] y, double[][] pending, int q, Settings s, boolean maximin) {
        Random random = new Random(s.seed());
        if (x.length < MINIMUM_OBSERVATIONS) {
            double[][] fixed = new double[x.length + pending.length][];
            System.arraycopy(x, 0, fixed, 0, x.length);
            System.arraycopy(pending, 0, fixed, x.length, pending.length);
            return initialDesign(domain, fixed, q, random, maximin);
        }
        double[] u = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            u[i] = s.goal().sign() * y[i];
        }
        Surrogate model = Surrogate.fit(x, u, s.gp());
        for (double[] p : pending) {
            model = model.believe(p, model.predict(new double[][] {p}).mean()[0]);
        }
        List<Proposal> out = new ArrayList<>();
        if (s.acquisition().sampled()) {
            for (int k = 0; k < q; k++) {
                Proposal p = thompson(domain, model, random, s.goal());
                if (p == null) {
                    break;
                }
                out.add(p);
            }
            return out;
        }
        return s.batch() == BatchMethod.BELIEVER ? believer(domain, model, q, s, random) : penalized(domain, model, q, s, random);
    }

    private static List<Proposal> believer(Domain domain, Surrogate model, int q, Settings s, Random random) {
        List<Proposal> out = new ArrayList<>();
        Surrogate current = model;
        for (int k = 0; k < q; k++) {
            Surrogate m = current;
            Domain.Candidate c = domain.argmax(e -> acquisition(m, e, s.acquisition()), random);
            if (c == null) {
                break;
            }
            domain.take(c);
            out.add(report(model, m, c, s));
            double believed = m.predict(new double[][] {c.encoded()}).mean()[0];
            if (k + 1 < q) {
                current = m.believe(c.encoded(), believed);
            }
        }
        return out;
    }

    private static List<Proposal> penalized(Domain domain, Surrogate model, int q, Settings s, Random random) {
        List<Proposal> out = new ArrayList<>();
        List<double[]> centres = new ArrayList<>();
        List<double[]> predicted = new ArrayList<>();
        double lipschitz = LocalPenalty.lipschitz(model, domain.sample(new Random(s.seed() + 1)));
        for (int k = 0; k < q; k++) {
            Domain.Candidate c = domain.argmax(e -> {
                double[] a = acquisition(model, e, s.acquisition());
                return LocalPenalty.apply(a, s.acquisition(), e, centres, predicted, lipschitz, model.best());
            }, random);
            if (c == null) {
                break;
            }
            domain.take(c);
            out.add(report(model, model, c, s));
            GpPrediction p = model.predict(new double[][] {c.encoded()});
            centres.add(c.encoded());
            predicted.add(new double[] {p.mean()[0], p.std()[0]});
        }
        return out;
    }

    private static Proposal thompson(Domain domain, Surrogate model, Random random, Goal goal) {
        List<Domain.Candidate> pool = domain.sample(random);
        if (pool.isEmpty()) {
            return null;
        }
        if (pool.size() > THOMPSON_LIMIT) {
            double[] ucb = acquisition(model, pool.stream().map(Domain.Candidate::encoded).toArray(double[][]::new), new Acquisition(Acquisition.Kind.UCB, 0, 3));
            List<Domain.Candidate> all = pool;
            pool = IntStream.range(0, all.size()).boxed().sorted(Comparator.comparingDouble(i -> -ucb[i])).limit(THOMPSON_LIMIT).map(all::get).toList();
        }
        double[][] e = pool.stream().map(Domain.Candidate::encoded).toArray(double[][]::new);
        double[] draw = model.samples(e, 1, random.nextLong())[0];
        int best = 0;
        for (int i = 1; i < draw.length; i++) {
            if (draw[i] > draw[best]) {
                best = i;
            }
        }
        Domain.Candidate c = pool.get(best);
        domain.take(c);
        GpPrediction p = model.predict(new double[][] {c.encoded()});
        return c.propose(goal.sign() * p.mean()[0], p.std()[0], goal.sign() * draw[best]);
    }

    static double[] acquisition(Surrogate model, double[][] encoded, Acquisition a) {
        GpPrediction p = model.predict(encoded);
        double[] v = new double[encoded.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.value(p.mean()[i], p.std()[i], model.best());
        }
        return v;
    }

    /** The proposal with the real model's prediction and the acquisition under the model that chose it. */
    private static Proposal report(Surrogate real, Surrogate chooser, Domain.Candidate c, Settings s) {
        GpPrediction p = real.predict(new double[][] {c.encoded()});
        double a = acquisition(chooser, new double[][] {c.encoded()}, s.acquisition())[0];
        return c.propose(s.goal().sign() * p.mean()[0], p.std()[0], a);
    }

    private static List<Proposal> initialDesign(Domain domain, double[][] measured, int q, Random random, boolean maximin) {
        if (!maximin) {
            return domain.random(q, random).stream().map(c -> c.propose(Double.NaN, Double.NaN, Double.NaN)).toList();
        }
        List<Domain.Candidate> draws = new ArrayList<>(domain.random(Math.max(256, 64 * q), random));
        List<double[]> fixed = new ArrayList<>(List.of(measured));
        List<Proposal> out = new ArrayList<>();
        for (int k = 0; k < q && !draws.isEmpty(); k++) {
            int best = 0;
            double bestDistance = -1;
            for (int i = 0; i < draws.size(); i++) {
                double d = Double.POSITIVE_INFINITY;
                for (double[] f : fixed) {
                    d = Math.min(d, distance2(draws.get(i).encoded(), f));
                }
                if (d > bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            Domain.Candidate c = draws.remove(best);
            fixed.add(c.encoded());
            out.add(c.propose(Double.NaN, Double.NaN, Double.NaN));
        }
        return out;
    }

    static double distance2(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }
}
