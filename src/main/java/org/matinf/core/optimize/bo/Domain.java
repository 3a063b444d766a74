package org.matinf.core.optimize.bo;

import java.util.List;
import java.util.Random;

/** Where proposals come from: a candidate pool or a search space, seen through the encoding. */
interface Domain {
    /** A candidate: its encoding and what it is (a pool row or a point of the space). */
    record Candidate(double[] encoded, int row, double[] point) {
        Proposal propose(double mean, double std, double acquisition) {
            return new Proposal(point, row, mean, std, acquisition);
        }
    }

    /** Scores of many encoded candidates at once (larger is better). */
    interface Scorer {
        double[] score(double[][] encoded);
    }

    /** The best candidate not yet taken, or null when none is left. */
    Candidate argmax(Scorer scorer, Random random);

    /** A finite set of candidates not yet taken, on which Thompson sampling draws. */
    List<Candidate> sample(Random random);

    /** Random candidates not yet taken (the initial design). */
    List<Candidate> random(int count, Random random);

    /** Marks a candidate as taken (proposed in this batch). */
    void take(Candidate c);
}
