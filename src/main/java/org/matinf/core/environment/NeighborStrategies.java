package org.matinf.core.environment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Near-neighbour strategies by name, as commands take them ({@code method=CrystalNN}). */
public final class NeighborStrategies {
    private static final Map<String, Supplier<NeighborStrategy>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("MinimumDistance", () -> MinimumDistanceNN.DEFAULT);
        BY_NAME.put("Voronoi", () -> VoronoiNN.DEFAULT);
        BY_NAME.put("CrystalNN", () -> CrystalNN.DEFAULT);
        BY_NAME.put("Covalent", () -> CovalentNN.COVALENT);
        BY_NAME.put("Jmol", () -> CovalentNN.JMOL);
    }

    private NeighborStrategies() {
    }

    /** The names, in the order commands list them. */
    public static java.util.List<String> names() {
        return java.util.List.copyOf(BY_NAME.keySet());
    }

    /** The strategy of a name (case-insensitive), with its defaults. */
    public static NeighborStrategy parse(String name) {
        String key = name == null ? "" : name.strip();
        for (Map.Entry<String, Supplier<NeighborStrategy>> e : BY_NAME.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return e.getValue().get();
            }
        }
        throw new IllegalArgumentException("unknown neighbour method '" + name + "': use one of " + String.join(", ", BY_NAME.keySet()));
    }
}
