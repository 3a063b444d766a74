package org.matinf.core.optimize.bo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The untested rows of a candidate pool. */
final class PoolDomain implements Domain {
    private final CandidatePool pool;
    private final boolean[] taken;

    /** @param tested rows already measured (never proposed again) */
    PoolDomain(CandidatePool pool, boolean[] tested) {
        this.pool = pool;
        this.taken = tested.clone();
    }

    private List<Candidate> open() {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (!taken[i]) {
                out.add(new Candidate(pool.encoded(i), i, null));
            }
        }
        return out;
    }

    @Override
    public Candidate argmax(Scorer scorer, Random random) {
        List<Candidate> open = open();
        if (open.isEmpty()) {
            return null;
        }
        double[] s = scorer.score(open.stream().map(Candidate::encoded).toArray(double[][]::new));
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return open.get(best);
    }

    @Override
    public List<Candidate> sample(Random random) {
        return open();
    }

    @Override
    public List<Candidate> random(int count, Random random) {
        List<Candidate> open = open();
        Collections.shuffle(open, random);
        return open.subList(0, Math.min(count, open.size()));
    }

    @Override
    public void take(Candidate c) {
        taken[c.row()] = true;
    }
}
