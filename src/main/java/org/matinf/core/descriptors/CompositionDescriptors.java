package org.matinf.core.descriptors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.matinf.core.structure.Composition;
import org.matinf.core.structure.FormulaParser;

/**
 * Descriptor vectors of compositions from one or more {@link DescriptorPreset}s, columns in the
 * order of the presets. Thread-safe.
 */
public final class CompositionDescriptors {
    private final List<DescriptorPreset> presets;
    private final List<CompositionFeaturizer> featurizers = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final int[] widths;

    public CompositionDescriptors(List<DescriptorPreset> presets) {
        if (presets.isEmpty()) {
            throw new IllegalArgumentException("no descriptor preset given");
        }
        this.presets = List.copyOf(presets);
        this.widths = new int[presets.size()];
        for (DescriptorPreset p : presets) {
            CompositionFeaturizer f = p.featurizer();
            widths[featurizers.size()] = f.labels().size();
            featurizers.add(f);
            labels.addAll(f.labels());
        }
    }

    /** Descriptors of presets given as in a macro ("magpie", "magpie,stoichiometry", "all"). */
    public static CompositionDescriptors of(String presets) {
        return new CompositionDescriptors(DescriptorPreset.parse(presets));
    }

    public List<DescriptorPreset> presets() {
        return presets;
    }

    /** Column names of all presets. */
    public List<String> labels() {
        return Collections.unmodifiableList(labels);
    }

    /** Number of columns. */
    public int size() {
        return labels.size();
    }

    /**
     * The descriptors of a formula.
     *
     * @throws IllegalArgumentException for an unparsable formula, unknown element, or a composition
     *     a preset cannot describe (the message says why)
     */
    public double[] compute(String formula) {
        return compute(FormulaParser.parse(formula));
    }

    /** The descriptors of a composition. */
    public double[] compute(Composition composition) {
        ElementAmounts c = ElementAmounts.of(composition);
        double[] out = new double[labels.size()];
        int k = 0;
        for (int i = 0; i < widths.length; i++) {
            featurizers.get(i).featurize(c, out, k);
            k += widths[i];
        }
        return out;
    }
}
