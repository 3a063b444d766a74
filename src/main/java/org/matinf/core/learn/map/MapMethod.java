package org.matinf.core.learn.map;

import java.util.Arrays;
import java.util.Locale;

/** The 2-D maps of a feature matrix. */
public enum MapMethod {
    /** First two principal components ({@link PcaMap}). */
    PCA,
    /** t-SNE ({@link TsneMap}). */
    TSNE,
    /** UMAP ({@link UmapMap}). */
    UMAP;

    /** Parses a macro value: pca, tsne, umap (t-sne also accepted). */
    public static MapMethod of(String name) {
        String s = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace("-", "");
        for (MapMethod m : values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("method must be one of " + Arrays.stream(values())
                .map(m -> m.name().toLowerCase(Locale.ROOT)).toList() + ", got '" + name + "'");
    }

    /** Names of the two map axes in output tables. */
    public String[] axes() {
        return this == PCA ? new String[] {"pc1", "pc2"} : new String[] {"x", "y"};
    }
}
