package org.matinf.core.descriptors.structure;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.environment.CoordinationPolyhedron;
import org.matinf.core.environment.NeighborStrategies;
import org.matinf.core.environment.NeighborStrategy;
import org.matinf.core.environment.PolyhedronScore;
import org.matinf.core.environment.SiteEnvironment;
import org.matinf.core.structure.Structure;

/**
 * Statistics over the sites of a structure of local-environment features, in the style of
 * matminer's {@code SiteStatsFingerprint} over a {@code CrystalNNFingerprint}-like site fingerprint.
 * Per site: the coordination number ("CN") and, for every shape of {@link CoordinationPolyhedron},
 * its order parameter if the site's coordination number is the shape's, else 0 ("octahedral CN_6",
 * ...). Per structure: mean, std_dev (population), minimum and maximum of each over the sites,
 * labelled matminer's way: "mean CN", "std_dev CN", ..., "mean octahedral CN_6", ...
 * A structure without sites gives NaN.
 */
public final class SiteStatsFeatures implements StructureFeaturizer {
    /** The statistics, in label order. */
    public static final List<String> STATS = List.of("mean", "std_dev", "minimum", "maximum");

    private final NeighborStrategy strategy;
    private final List<String> labels;

    /** Site statistics with the coordination shells of a neighbour strategy. */
    public SiteStatsFeatures(NeighborStrategy strategy) {
        this.strategy = strategy;
        List<String> l = new ArrayList<>();
        for (String attribute : siteLabels()) {
            for (String stat : STATS) {
                l.add(stat + " " + attribute);
            }
        }
        this.labels = List.copyOf(l);
    }

    /** CrystalNN when it is registered in {@link NeighborStrategies}, else MinimumDistance. */
    public static NeighborStrategy defaultStrategy() {
        return NeighborStrategies.parse(NeighborStrategies.names().contains("CrystalNN") ? "CrystalNN" : "MinimumDistance");
    }

    /** The neighbour strategy that finds the coordination shells. */
    public NeighborStrategy strategy() {
        return strategy;
    }

    /** The per-site feature names: "CN", then "shape CN_n" for every shape. */
    public static List<String> siteLabels() {
        List<String> out = new ArrayList<>();
        out.add("CN");
        for (CoordinationPolyhedron p : CoordinationPolyhedron.values()) {
            out.add(p.label() + " CN_" + p.cn());
        }
        return out;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[] featurize(Structure structure) {
        int width = CoordinationPolyhedron.values().length + 1;
        double[] out = new double[labels.size()];
        int n = structure.numSites();
        if (n == 0) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        double[][] site = new double[n][width];
        List<SiteEnvironment> environments = SiteEnvironment.all(structure, strategy);
        for (int i = 0; i < n; i++) {
            SiteEnvironment e = environments.get(i);
            site[i][0] = e.cn();
            for (PolyhedronScore s : e.scores()) {
                site[i][1 + s.polyhedron().ordinal()] = Double.isNaN(s.score()) ? 0 : s.score();
            }
        }
        for (int f = 0; f < width; f++) {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : site) {
                sum += row[f];
                min = Math.min(min, row[f]);
                max = Math.max(max, row[f]);
            }
            double mean = sum / n;
            double squares = 0;
            for (double[] row : site) {
                squares += (row[f] - mean) * (row[f] - mean);
            }
            int o = f * STATS.size();
            out[o] = mean;
            out[o + 1] = Math.sqrt(squares / n);
            out[o + 2] = min;
            out[o + 3] = max;
        }
        return out;
    }
}
