package org.matinf.core.optimize.bo;

import java.util.Arrays;

/**
 * How one strategy did over the seeds of a {@link VirtualLab}.
 *
 * <p>{@code iterations[s]} is the number of experiments after the initial ones until the best
 * material of seed s's pool was measured (0 when it was among the initial rows). A seed in which
 * the strategy did not find it within {@code budget} experiments counts as {@code budget + 1}: a
 * lower bound of the true count, so the median and mean are lower bounds whenever
 * {@link #foundFraction()} is below 1 (the median stays exact while more than half are found).
 *
 * @param strategy the strategy
 * @param budget the most experiments tried after the initial ones
 * @param iterations per seed, in seed order ({@code budget + 1} for not found)
 * @param found per seed, whether the best was measured within the budget
 * @param bestSoFar per seed, the best target measured after 0, 1, … {@code budget} experiments
 *     (after the initial ones; constant once the best is found)
 */
public record StrategyOutcome(Strategy strategy, int budget, int[] iterations, boolean[] found, double[][] bestSoFar) {
    /** Median of the iterations (mean of the two middle ones for an even count of seeds). */
    public double median() {
        int[] s = iterations.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** Mean of the iterations (not-found seeds as {@code budget + 1}). */
    public double mean() {
        return Arrays.stream(iterations).average().orElse(Double.NaN);
    }

    /** Fraction of the seeds in which the best was found within the budget. */
    public double foundFraction() {
        int f = 0;
        for (boolean b : found) {
            f += b ? 1 : 0;
        }
        return (double) f / found.length;
    }
}
