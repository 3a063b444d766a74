package org.matinf.core.descriptors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The composition descriptor families, by the names used in macros. */
public enum DescriptorPreset {
    /** matminer's ElementProperty "magpie" preset, 132 columns. */
    MAGPIE("magpie", ElementPropertyStatistics::magpie),
    /** matminer's Stoichiometry: 0-, 2-, 3-, 5-, 7-, 10-norm. */
    STOICHIOMETRY("stoichiometry", Stoichiometry::new),
    /** matminer's ValenceOrbital: avg and frac s/p/d/f valence electrons. */
    VALENCE_ORBITAL("valence_orbital", ValenceOrbital::new),
    /** matminer's IonProperty: compound possible, max and avg ionic character. */
    ION_PROPERTY("ion_property", IonProperty::new),
    /** Atomic fractions of H..Pu. */
    FRACTION("fraction", ElementFraction::new),
    /** XenonPy-style pooling of all bundled element properties. */
    POOLED("pooled", PooledProperties::new);

    private final String key;
    private final Supplier<CompositionFeaturizer> factory;

    DescriptorPreset(String key, Supplier<CompositionFeaturizer> factory) {
        this.key = key;
        this.factory = factory;
    }

    /** The macro name, e.g. "valence_orbital". */
    public String key() {
        return key;
    }

    /** A new featurizer of this family. */
    public CompositionFeaturizer featurizer() {
        return factory.get();
    }

    /**
     * Parses a preset name, "all", or a comma-separated list of them ("magpie,stoichiometry");
     * repeats are dropped, the order given is kept.
     *
     * @throws IllegalArgumentException naming the unknown preset and the choices
     */
    public static List<DescriptorPreset> parse(String text) {
        List<DescriptorPreset> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            String k = part.strip().toLowerCase(Locale.ROOT);
            if (k.equals("all")) {
                for (DescriptorPreset p : values()) {
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                }
                continue;
            }
            DescriptorPreset found = Arrays.stream(values()).filter(p -> p.key.equals(k)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown descriptor preset '" + part.strip()
                            + "' (choose from " + String.join(", ", keys()) + ", all)"));
            if (!out.contains(found)) {
                out.add(found);
            }
        }
        return out;
    }

    /** All preset keys in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(DescriptorPreset::key).toList();
    }
}
