package org.matinf.core.descriptors;

import java.util.List;

/**
 * matminer's {@code ValenceOrbital}: the amount-weighted mean number of s, p, d and f valence
 * electrons (Magpie's NsValence ... NfValence) and each divided by the weighted mean NValence.
 */
public final class ValenceOrbital implements CompositionFeaturizer {
    private static final String[] ORBITALS = {"s", "p", "d", "f"};

    @Override
    public List<String> labels() {
        return List.of("avg s valence electrons", "avg p valence electrons", "avg d valence electrons",
                "avg f valence electrons", "frac s valence electrons", "frac p valence electrons",
                "frac d valence electrons", "frac f valence electrons");
    }

    @Override
    public void featurize(ElementAmounts c, double[] out, int offset) {
        ElementPropertyTable magpie = ElementData.magpie();
        double[] w = c.weights();
        double total = PropertyStats.mean(c.values(magpie, "NValence"), w);
        for (int k = 0; k < ORBITALS.length; k++) {
            double avg = PropertyStats.mean(c.values(magpie, "N" + ORBITALS[k] + "Valence"), w);
            out[offset + k] = avg;
            out[offset + ORBITALS.length + k] = avg / total;
        }
    }
}
