package org.matinf.core.descriptors;

import java.util.List;

/**
 * matminer's {@code Stoichiometry} with its default p = 0, 2, 3, 5, 7, 10: the 0-norm is the
 * number of elements, the p-norm (Σ fᵢᵖ)^(1/p) of the atomic fractions fᵢ.
 */
public final class Stoichiometry implements CompositionFeaturizer {
    private static final int[] P = {0, 2, 3, 5, 7, 10};

    @Override
    public List<String> labels() {
        return List.of("0-norm", "2-norm", "3-norm", "5-norm", "7-norm", "10-norm");
    }

    @Override
    public void featurize(ElementAmounts c, double[] out, int offset) {
        for (int k = 0; k < P.length; k++) {
            if (P[k] == 0) {
                out[offset + k] = c.size();
                continue;
            }
            double s = 0;
            for (int i = 0; i < c.size(); i++) {
                s += Math.pow(c.amount(i) / c.total(), P[k]);
            }
            out[offset + k] = Math.pow(s, 1.0 / P[k]);
        }
    }
}
