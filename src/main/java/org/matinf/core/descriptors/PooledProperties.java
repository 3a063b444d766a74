package org.matinf.core.descriptors;

import java.util.ArrayList;
import java.util.List;

/**
 * XenonPy-style pooling of every numeric element property of the bundled tables (Magpie,
 * Oliynyk, pymatgen; {@link ElementData}). Columns are "{statistic}:{source}:{property}", sources
 * outermost, then properties in table order, then the statistics
 * <ul>
 * <li>{@code ave}: Σ fᵢxᵢ with atomic fractions fᵢ,</li>
 * <li>{@code sum}: Σ aᵢxᵢ with the amounts aᵢ as written,</li>
 * <li>{@code var}: Σ fᵢ(xᵢ − ave)²,</li>
 * <li>{@code gmean}: exp(Σ fᵢ ln xᵢ) (0 if some xᵢ = 0, NaN if some xᵢ &lt; 0),</li>
 * <li>{@code hmean}: 1 / Σ (fᵢ / xᵢ) (0 if some xᵢ = 0, NaN if some xᵢ &lt; 0),</li>
 * <li>{@code max}, {@code min}.</li>
 * </ul>
 * Missing table values are imputed with the property's mean over the elements (as matminer does).
 */
public final class PooledProperties implements CompositionFeaturizer {
    /** The statistics, in column order. */
    public static final List<String> STATISTICS = List.of("ave", "sum", "var", "gmean", "hmean", "max", "min");

    private final List<ElementPropertyTable> tables;

    /** Pools over all of {@link ElementData#all()}. */
    public PooledProperties() {
        this.tables = ElementData.all();
    }

    @Override
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        for (ElementPropertyTable t : tables) {
            for (String p : t.properties()) {
                for (String s : STATISTICS) {
                    out.add(s + ":" + t.source() + ":" + p);
                }
            }
        }
        return out;
    }

    @Override
    public void featurize(ElementAmounts c, double[] out, int offset) {
        double[] w = c.weights();
        int k = offset;
        for (ElementPropertyTable t : tables) {
            for (String p : t.properties()) {
                double[] x = c.values(t, p);
                out[k++] = PropertyStats.mean(x, w);
                out[k++] = PropertyStats.sum(x, w);
                out[k++] = PropertyStats.variance(x, w);
                out[k++] = PropertyStats.geometricMean(x, w);
                out[k++] = PropertyStats.harmonicMean(x, w);
                out[k++] = PropertyStats.maximum(x);
                out[k++] = PropertyStats.minimum(x);
            }
        }
    }
}
