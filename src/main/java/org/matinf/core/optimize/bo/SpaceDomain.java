package org.matinf.core.optimize.bo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The feasible points of a search space. The acquisition is maximised by multi-start local search:
 * {@value #DRAWS} random feasible points are scored, the {@value #STARTS} best distinct ones start a
 * compass (pattern) search over the continuous variables, categorical levels held, within the
 * bounds and constraints; the best end point wins.
 */
final class SpaceDomain implements Domain {
    static final int DRAWS = 2048;
    static final int STARTS = 5;
    private static final double FIRST_STEP = 0.1;
    private static final double LAST_STEP = 1e-4;
    private final SearchSpace space;

    SpaceDomain(SearchSpace space) {
        this.space = space;
    }

    private Candidate candidate(double[] point) {
        return new Candidate(space.encode(point), -1, point);
    }

    @Override
    public Candidate argmax(Scorer scorer, Random random) {
        List<double[]> draws = space.randomFeasible(DRAWS, random);
        if (draws.isEmpty()) {
            return null;
        }
        double[] s = scorer.score(draws.stream().map(space::encode).toArray(double[][]::new));
        Integer[] order = IntStream.range(0, s.length).boxed().sorted(Comparator.comparingDouble(i -> -s[i])).toArray(Integer[]::new);
        double[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < Math.min(STARTS, order.length); k++) {
            double[] start = draws.get(order[k]);
            double[] end = refine(start, s[order[k]], scorer);
            double v = scorer.score(new double[][] {space.encode(end)})[0];
            if (v > bestScore) {
                bestScore = v;
                best = end;
            }
        }
        return candidate(best);
    }

    /** Compass search on the continuous variables from a feasible start. */
    private double[] refine(double[] start, double startScore, Scorer scorer) {
        List<Integer> moving = new ArrayList<>();
        for (int i = 0; i < space.parameters().size(); i++) {
            if (space.parameters().get(i) instanceof Parameter.Continuous) {
                moving.add(i);
            }
        }
        double[] x = start.clone();
        double fx = startScore;
        double step = FIRST_STEP;
        for (int it = 0; it < 400 && step >= LAST_STEP && !moving.isEmpty(); it++) {
            List<double[]> trials = new ArrayList<>();
            for (int i : moving) {
                Parameter.Continuous c = (Parameter.Continuous) space.parameters().get(i);
                for (int sign = -1; sign <= 1; sign += 2) {
                    double[] t = x.clone();
                    t[i] = Math.min(c.high(), Math.max(c.low(), x[i] + sign * step * (c.high() - c.low())));
                    if (t[i] != x[i] && space.feasible(t)) {
                        trials.add(t);
                    }
                }
            }
            if (trials.isEmpty()) {
                step /= 2;
                continue;
            }
            double[] v = scorer.score(trials.stream().map(space::encode).toArray(double[][]::new));
            int best = 0;
            for (int k = 1; k < v.length; k++) {
                if (v[k] > v[best]) {
                    best = k;
                }
            }
            if (v[best] > fx) {
                x = trials.get(best);
                fx = v[best];
            } else {
                step /= 2;
            }
        }
        return x;
    }

    @Override
    public List<Candidate> sample(Random random) {
        return space.randomFeasible(DRAWS / 2, random).stream().map(this::candidate).toList();
    }

    @Override
    public List<Candidate> random(int count, Random random) {
        return space.randomFeasible(count, random).stream().map(this::candidate).toList();
    }

    @Override
    public void take(Candidate c) {
        // a continuous space is not used up: the batch method keeps proposals apart
    }
}
