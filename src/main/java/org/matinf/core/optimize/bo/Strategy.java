package org.matinf.core.optimize.bo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A way of choosing the next experiment in a {@link VirtualLab}: Bayesian optimisation with an
 * acquisition function, or random search (no model).
 *
 * @param name the label in tables and plots ("EI", "UCB", "TS", "PI", "random")
 * @param acquisition the acquisition function, or null for random search
 */
public record Strategy(String name, Acquisition acquisition) {
    /** Random search: the untested pool rows in a random order. */
    public static final Strategy RANDOM = new Strategy("random", null);

    /** Checks the name. */
    public Strategy {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a strategy needs a name");
        }
    }

    /** Bayesian optimisation with the function, named by its kind (EI, PI, UCB, TS). */
    public static Strategy of(Acquisition acquisition) {
        return new Strategy(acquisition.kind().name(), acquisition);
    }

    /** Whether this is random search. */
    public boolean random() {
        return acquisition == null;
    }

    /**
     * The strategies of a comma-separated list such as {@code EI,UCB,TS} (any case; {@code random}
     * is accepted too), each with ξ and κ, repeats dropped, followed by random search if the list
     * does not name it.
     *
     * @throws IllegalArgumentException for an unknown name or an empty list
     */
    public static List<Strategy> parse(String text, double xi, double kappa) {
        List<Strategy> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            Strategy st = s.toLowerCase(Locale.ROOT).equals("random") ? RANDOM
                    : of(new Acquisition(Acquisition.parseKind(s), xi, kappa));
            if (out.stream().noneMatch(o -> o.name.equals(st.name))) {
                out.add(st);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no acquisition function given: use EI, UCB, TS, PI or a list such as EI,UCB,TS");
        }
        out.remove(RANDOM);
        out.add(RANDOM);
        return out;
    }
}
