package org.matinf.core.descriptors;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistics of element properties weighted by the amounts, as matminer's
 * {@code ElementProperty}: columns "{source} {statistic} {property}", properties outermost.
 * {@link #magpie()} is {@code ElementProperty.from_preset("magpie")}: 22 properties × minimum,
 * maximum, range, mean, avg_dev, mode = 132 columns named like "MagpieData mean Electronegativity".
 */
public final class ElementPropertyStatistics implements CompositionFeaturizer {
    /** The 22 Magpie properties of matminer's "magpie" preset, in its order. */
    public static final List<String> MAGPIE_PROPERTIES = List.of("Number", "MendeleevNumber", "AtomicWeight",
            "MeltingT", "Column", "Row", "CovalentRadius", "Electronegativity", "NsValence", "NpValence",
            "NdValence", "NfValence", "NValence", "NsUnfilled", "NpUnfilled", "NdUnfilled", "NfUnfilled",
            "NUnfilled", "GSvolume_pa", "GSbandgap", "GSmagmom", "SpaceGroupNumber");

    /** The statistics of the "magpie" preset, in matminer's order. */
    public static final List<String> MAGPIE_STATISTICS = List.of("minimum", "maximum", "range", "mean", "avg_dev", "mode");

    private final ElementPropertyTable table;
    private final String prefix;
    private final List<String> properties;

    private ElementPropertyStatistics(ElementPropertyTable table, String prefix, List<String> properties) {
        this.table = table;
        this.prefix = prefix;
        this.properties = List.copyOf(properties);
        properties.forEach(table::column);
    }

    /** matminer's {@code ElementProperty.from_preset("magpie")} (132 columns). */
    public static ElementPropertyStatistics magpie() {
        return new ElementPropertyStatistics(ElementData.magpie(), "MagpieData", MAGPIE_PROPERTIES);
    }

    @Override
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        for (String p : properties) {
            for (String s : MAGPIE_STATISTICS) {
                out.add(prefix + " " + s + " " + p);
            }
        }
        return out;
    }

    @Override
    public void featurize(ElementAmounts c, double[] out, int offset) {
        double[] w = c.weights();
        int k = offset;
        for (String p : properties) {
            double[] x = c.values(table, p);
            out[k++] = PropertyStats.minimum(x);
            out[k++] = PropertyStats.maximum(x);
            out[k++] = PropertyStats.range(x);
            out[k++] = PropertyStats.mean(x, w);
            out[k++] = PropertyStats.avgDev(x, w);
            out[k++] = PropertyStats.mode(x, w);
        }
    }
}
