package org.matinf.core.descriptors;

import java.util.List;

/**
 * matminer's {@code IonProperty}: "compound possible" (1 or 0; see {@link ChargeBalance} for the
 * rule), "max ionic char" and "avg ionic char", where the ionic character of a pair of elements
 * is 1 − exp(−(χA − χB)²/4) with pymatgen's Pauling electronegativities χ (missing ones imputed as
 * their mean) and the average is Σ_{i<j} fᵢ fⱼ · character over atomic fractions. A single
 * element gives 1, 0, 0.
 */
public final class IonProperty implements CompositionFeaturizer {

    @Override
    public List<String> labels() {
        return List.of("compound possible", "max ionic char", "avg ionic char");
    }

    @Override
    public void featurize(ElementAmounts c, double[] out, int offset) {
        if (c.size() < 2) {
            out[offset] = 1;
            out[offset + 1] = 0;
            out[offset + 2] = 0;
            return;
        }
        double[] x = c.values(ElementData.pymatgen(), "X");
        double max = Double.NEGATIVE_INFINITY;
        double avg = 0;
        for (int i = 0; i < c.size(); i++) {
            for (int j = i + 1; j < c.size(); j++) {
                double d = x[i] - x[j];
                double ionic = 1.0 - Math.exp(-0.25 * d * d);
                max = Math.max(max, ionic);
                avg += c.fraction(i) * c.fraction(j) * ionic;
            }
        }
        out[offset] = ChargeBalance.possible(c) ? 1 : 0;
        out[offset + 1] = max;
        out[offset + 2] = avg;
    }
}
