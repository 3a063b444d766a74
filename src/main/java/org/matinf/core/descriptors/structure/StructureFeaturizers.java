package org.matinf.core.descriptors.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Structure;

/**
 * The named structure featurisers ("presets") MatInf offers, in menu order: {@code density},
 * {@code rdf}, {@code partial_rdf}, {@code soap}, {@code site_stats}; {@code all} means every registered preset.
 *
 * <p>This is where further structure features plug in (e.g. the coordination-based features of
 * the local-environment work): call {@link #register} with a preset name and a {@link Factory};
 * the Fiji command "Structure Descriptors" and {@code all} pick the new preset up.
 */
public final class StructureFeaturizers {
    /** The preset that stands for every registered preset. */
    public static final String ALL = "all";

    /** Makes a featuriser from the settings and the whole data set (for element lists). */
    @FunctionalInterface
    public interface Factory {
        StructureFeaturizer create(StructureDescriptorSettings settings, List<Structure> dataSet);
    }

    private static final Map<String, Factory> PRESETS = new LinkedHashMap<>();

    static {
        register("density", (settings, data) -> new DensityFeatures());
        register("rdf", (settings, data) -> new RadialDistributionFunction(settings.rdfCutoff(), settings.rdfBin()));
        register("partial_rdf", (settings, data) -> PartialRadialDistributionFunction.fit(settings.rdfCutoff(),
                settings.rdfBin(), data));
        register("soap", (settings, data) -> new Soap(settings.soapRcut(), settings.soapNmax(), settings.soapLmax(),
                settings.soapSigma(), elementsOf(data), settings.soapAverage()));
        register("site_stats", (settings, data) -> new SiteStatsFeatures(SiteStatsFeatures.defaultStrategy()));
    }

    private StructureFeaturizers() {
    }

    /** Registers (or replaces) a preset; names are lower case without spaces. */
    public static synchronized void register(String name, Factory factory) {
        if (name == null || !name.matches("[a-z0-9_]+") || name.equals(ALL)) {
            throw new IllegalArgumentException("A preset name is lower-case letters, digits and _, not 'all': " + name);
        }
        PRESETS.put(name, factory);
    }

    /** The registered preset names, in order, followed by {@code all}. */
    public static synchronized List<String> names() {
        List<String> out = new ArrayList<>(PRESETS.keySet());
        out.add(ALL);
        return out;
    }

    /**
     * The featurisers of a preset (several for {@code all}), made for a data set.
     *
     * @throws IllegalArgumentException for an unknown preset, naming the known ones
     */
    public static synchronized List<StructureFeaturizer> create(String preset, StructureDescriptorSettings settings,
            List<Structure> dataSet) {
        String key = preset == null ? "" : preset.strip().toLowerCase(Locale.ROOT);
        List<StructureFeaturizer> out = new ArrayList<>();
        if (key.equals(ALL)) {
            for (Factory f : PRESETS.values()) {
                out.add(f.create(settings, dataSet));
            }
            return out;
        }
        Factory f = PRESETS.get(key);
        if (f == null) {
            throw new IllegalArgumentException("Unknown preset '" + preset + "'; choose one of " + String.join(", ", names()));
        }
        out.add(f.create(settings, dataSet));
        return out;
    }

    private static List<Element> elementsOf(List<Structure> data) {
        return PartialRadialDistributionFunction.elementsOf(data);
    }
}
