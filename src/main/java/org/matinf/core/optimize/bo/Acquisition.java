package org.matinf.core.optimize.bo;

import java.util.Locale;
import org.apache.commons.math3.special.Erf;

/**
 * An acquisition function: how much a candidate with predictive mean μ and standard deviation σ
 * is worth measuring next. Values are computed for maximisation of u = sign · y (see
 * {@link Goal#sign()}); {@code best} is the best u observed so far.
 *
 * <ul>
 * <li>{@link Kind#EI} expected improvement (u_best + ξ exceeded): (μ − u_best − ξ)Φ(z) + σφ(z), z = (μ − u_best − ξ)/σ;
 *     with σ = 0 it is max(0, μ − u_best − ξ).</li>
 * <li>{@link Kind#PI} probability of improvement: Φ(z) (with σ = 0: 1 if μ > u_best + ξ, else 0).</li>
 * <li>{@link Kind#UCB} the optimistic confidence bound μ + κσ in the goal's direction (upper bound
 *     when maximising, lower bound when minimising: "LCB" is accepted as the same function).</li>
 * <li>{@link Kind#TS} Thompson sampling: the value is a draw from the joint posterior, so it needs
 *     the model, not only μ and σ ({@link #value} refuses it).</li>
 * </ul>
 *
 * @param kind the function
 * @param xi ξ ≥ 0, the margin of EI and PI (in target units)
 * @param kappa κ ≥ 0, the width of the confidence bound
 */
public record Acquisition(Kind kind, double xi, double kappa) {
    /** The acquisition functions. */
    public enum Kind {
        /** Expected improvement. */
        EI,
        /** Probability of improvement. */
        PI,
        /** Upper (maximise) or lower (minimise) confidence bound. */
        UCB,
        /** Thompson sampling. */
        TS
    }

    /** Default ξ (scikit-optimize's and BoTorch's common choice). */
    public static final double DEFAULT_XI = 0.01;
    /** Default κ. */
    public static final double DEFAULT_KAPPA = 2.0;

    /** Checks the values. */
    public Acquisition {
        if (kind == null) {
            throw new IllegalArgumentException("no acquisition function given");
        }
        if (!(xi >= 0) || Double.isInfinite(xi)) {
            throw new IllegalArgumentException("xi must be a finite number ≥ 0, got " + xi);
        }
        if (!(kappa >= 0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("kappa must be a finite number ≥ 0, got " + kappa);
        }
    }

    /** The function with the default ξ and κ. */
    public static Acquisition of(Kind kind) {
        return new Acquisition(kind, DEFAULT_XI, DEFAULT_KAPPA);
    }

    /**
     * Parses {@code EI}, {@code PI}, {@code UCB}, {@code LCB} (the same as UCB), {@code TS} or
     * {@code Thompson}, any case.
     */
    public static Kind parseKind(String text) {
        String s = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return switch (s) {
            case "EI", "EXPECTEDIMPROVEMENT", "EXPECTED_IMPROVEMENT" -> Kind.EI;
            case "PI", "PROBABILITYOFIMPROVEMENT", "PROBABILITY_OF_IMPROVEMENT" -> Kind.PI;
            case "UCB", "LCB", "CB" -> Kind.UCB;
            case "TS", "THOMPSON" -> Kind.TS;
            default -> throw new IllegalArgumentException("unknown acquisition function '" + text
                    + "': use EI, PI, UCB (LCB when minimising) or TS (Thompson sampling)");
        };
    }

    /** Whether the function is a draw from the posterior (Thompson sampling). */
    public boolean sampled() {
        return kind == Kind.TS;
    }

    /**
     * The acquisition value of one candidate, for maximisation of u.
     *
     * @param mean μ of u at the candidate
     * @param std σ ≥ 0 at the candidate
     * @param best the best u observed so far
     */
    public double value(double mean, double std, double best) {
        double improvement = mean - best - xi;
        return switch (kind) {
            case EI -> std > 0 ? improvement * cdf(improvement / std) + std * pdf(improvement / std) : Math.max(0, improvement);
            case PI -> std > 0 ? cdf(improvement / std) : improvement > 0 ? 1 : 0;
            case UCB -> mean + kappa * std;
            case TS -> throw new IllegalStateException("Thompson sampling draws from the posterior: it has no value from μ and σ alone");
        };
    }

    /** Standard normal cumulative distribution function, accurate in the tails (erfc). */
    static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** Standard normal density. */
    static double pdf(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EI, PI -> kind + "(xi=" + xi + ")";
            case UCB -> "UCB(kappa=" + kappa + ")";
            case TS -> "TS";
        };
    }
}
