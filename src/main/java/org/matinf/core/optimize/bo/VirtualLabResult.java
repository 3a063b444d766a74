package org.matinf.core.optimize.bo;

import java.util.List;

/**
 * The outcome of a {@link VirtualLab}: one {@link StrategyOutcome} per strategy (in the order
 * asked, random search last) and, per seed, the pool's best target and its identifier.
 *
 * @param outcomes per strategy
 * @param seeds the seeds, in order
 * @param poolBest per seed, the best target in the pool
 * @param bestIds per seed, the identifier of the best material of the pool (the first one on a tie)
 * @param poolSize the number of candidates in every pool
 * @param initial the number of initial measurements
 */
public record VirtualLabResult(List<StrategyOutcome> outcomes, long[] seeds, double[] poolBest, List<String> bestIds,
        int poolSize, int initial) {
    /** Copies the lists. */
    public VirtualLabResult {
        outcomes = List.copyOf(outcomes);
        bestIds = List.copyOf(bestIds);
    }

    /** The outcome of a strategy by name, or null. */
    public StrategyOutcome outcome(String name) {
        return outcomes.stream().filter(o -> o.strategy().name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The gap between the pool's best target and the best measured so far, |best − best so far|,
     * after 0, 1, … {@code length − 1} experiments (after a strategy's budget its last value), at
     * quantile q over the seeds (linear interpolation between order statistics, as NumPy's default).
     *
     * @param q 0 … 1 (0.5: the median)
     */
    public double[] gapQuantile(StrategyOutcome o, double q, int length) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be within 0 … 1, got " + q);
        }
        double[] out = new double[length];
        double[] gaps = new double[seeds.length];
        for (int i = 0; i < length; i++) {
            for (int s = 0; s < seeds.length; s++) {
                double[] t = o.bestSoFar()[s];
                gaps[s] = Math.abs(poolBest[s] - t[Math.min(i, t.length - 1)]);
            }
            java.util.Arrays.sort(gaps);
            double at = q * (gaps.length - 1);
            int lo = (int) Math.floor(at);
            int hi = Math.min(lo + 1, gaps.length - 1);
            out[i] = gaps[lo] + (at - lo) * (gaps[hi] - gaps[lo]);
        }
        return out;
    }
}
