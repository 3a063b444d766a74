package org.matinf.core.descriptors.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;

/**
 * The features of many structures by several featurisers, side by side: one row per structure,
 * the columns of the first featuriser, then those of the second, and so on. Structures are
 * featurised in parallel; the result does not depend on the number of threads.
 */
public final class StructureFeatureTable {
    private final List<String> labels;
    private final double[][] rows;

    private StructureFeatureTable(List<String> labels, double[][] rows) {
        this.labels = labels;
        this.rows = rows;
    }

    /**
     * Featurises every structure.
     *
     * @throws IllegalArgumentException if two featurisers share a label
     */
    public static StructureFeatureTable compute(List<Structure> structures, List<StructureFeaturizer> featurizers,
            ProgressListener progress) {
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StructureFeaturizer f : featurizers) {
            for (String l : f.labels()) {
                if (!seen.add(l)) {
                    throw new IllegalArgumentException("Two featurisers both give the feature '" + l + "'");
                }
                labels.add(l);
            }
        }
        double[][] rows = new double[structures.size()][];
        AtomicLong done = new AtomicLong();
        IntStream.range(0, structures.size()).parallel().forEach(i -> {
            progress.checkCancelled();
            double[] row = new double[labels.size()];
            int off = 0;
            for (StructureFeaturizer f : featurizers) {
                double[] v = f.featurize(structures.get(i));
                System.arraycopy(v, 0, row, off, v.length);
                off += v.length;
            }
            rows[i] = row;
            progress.progress(done.incrementAndGet(), structures.size(), "Structure descriptors");
        });
        return new StructureFeatureTable(List.copyOf(labels), rows);
    }

    /** The feature names, in column order. */
    public List<String> labels() {
        return labels;
    }

    /** Number of structures. */
    public int rows() {
        return rows.length;
    }

    /** The features of structure i (a copy). */
    public double[] row(int i) {
        return rows[i].clone();
    }

    /** The values of one feature over all structures. */
    public double[] column(int c) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][c];
        }
        return out;
    }
}
