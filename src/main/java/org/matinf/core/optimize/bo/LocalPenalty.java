package org.matinf.core.optimize.bo;

import java.util.List;

/**
 * Local penalisation of a batch (González, Dai, Hennig, Lawrence, AISTATS 2016): around a chosen
 * candidate x_j with predicted μ_j, σ_j the acquisition is multiplied by
 * φ_j(x) = Φ((L‖x − x_j‖ − M + μ_j)/σ_j), the probability that x lies outside the ball that
 * probably holds x_j's neighbourhood optimum; L is a Lipschitz constant of the mean (the largest
 * finite-difference gradient norm on sample candidates) and M the best observed value. Acquisitions
 * that can be negative (confidence bounds) go through softplus first, so the product stays a ranking.
 */
final class LocalPenalty {
    private static final double STEP = 1e-4;

    private LocalPenalty() {
    }

    static double lipschitz(Surrogate model, List<Domain.Candidate> sample) {
        double l = 1e-7;
        int limit = Math.min(sample.size(), 500);
        for (int i = 0; i < limit; i++) {
            double[] x = sample.get(i).encoded();
            double[][] probes = new double[2 * x.length][];
            for (int c = 0; c < x.length; c++) {
                probes[2 * c] = x.clone();
                probes[2 * c][c] += STEP;
                probes[2 * c + 1] = x.clone();
                probes[2 * c + 1][c] -= STEP;
            }
            double[] m = model.predict(probes).mean();
            double g2 = 0;
            for (int c = 0; c < x.length; c++) {
                double g = (m[2 * c] - m[2 * c + 1]) / (2 * STEP);
                g2 += g * g;
            }
            l = Math.max(l, Math.sqrt(g2));
        }
        return l;
    }

    static double[] apply(double[] values, Acquisition a, double[][] encoded, List<double[]> centres, List<double[]> predicted,
            double lipschitz, double best) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = a.kind() == Acquisition.Kind.UCB ? softplus(values[i]) : values[i];
            for (int j = 0; j < centres.size(); j++) {
                double mu = predicted.get(j)[0];
                double sd = Math.max(predicted.get(j)[1], 1e-12);
                double r = Math.sqrt(Proposer.distance2(encoded[i], centres.get(j)));
                v *= Acquisition.cdf((lipschitz * r - best + mu) / sd);
            }
            out[i] = v;
        }
        return out;
    }

    private static double softplus(double v) {
        return v > 30 ? v : Math.log1p(Math.exp(v));
    }
}
