package org.matinf.core.descriptors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.matinf.core.element.PeriodicTable;

/** Atomic fraction of each element H..Pu (94 columns named by symbol, 0 for absent elements). */
public final class ElementFraction implements CompositionFeaturizer {
    /** Highest atomic number with a column (Pu). */
    public static final int MAX_Z = 94;

    private static final List<String> LABELS;

    static {
        List<String> l = new ArrayList<>();
        for (int z = 1; z <= MAX_Z; z++) {
            l.add(PeriodicTable.byZ(z).symbol());
        }
        LABELS = Collections.unmodifiableList(l);
    }

    @Override
    public List<String> labels() {
        return LABELS;
    }

    @Override
    public void featurize(ElementAmounts c, double[] out, int offset) {
        for (int i = 0; i < c.size(); i++) {
            if (c.z(i) > MAX_Z) {
                throw new IllegalArgumentException("element " + PeriodicTable.byZ(c.z(i)).symbol()
                        + " is beyond Pu: the fraction descriptors have columns H..Pu only");
            }
        }
        java.util.Arrays.fill(out, offset, offset + MAX_Z, 0.0);
        for (int i = 0; i < c.size(); i++) {
            out[offset + c.z(i) - 1] = c.fraction(i);
        }
    }
}
