package org.matinf.core.descriptors.structure;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.structure.Structure;

/**
 * The radial distribution function as matminer's {@code RadialDistributionFunction}: the distances
 * from every site to all neighbours (periodic images included) up to the cut-off are counted in
 * bins, and each count is divided by the bin's shell volume 4/3 π (r₂³ − r₁³) and by the number
 * density N/V. (As in matminer, counts are summed over all N centres, so at large r the value tends
 * to N, not 1.) Labels are matminer's, e.g. {@code "rdf [0.00000 - 0.10000]A"}. Defined for ordered
 * periodic structures; NaN otherwise.
 */
public final class RadialDistributionFunction implements StructureFeaturizer {
    private final DistanceBins bins;
    private final List<String> labels;

    /** @param cutoff largest distance in Å (matminer: 20); @param binWidth bin width in Å (matminer: 0.1) */
    public RadialDistributionFunction(double cutoff, double binWidth) {
        this.bins = new DistanceBins(cutoff, binWidth);
        List<String> l = new ArrayList<>(bins.count());
        for (int b = 0; b < bins.count(); b++) {
            l.add("rdf " + bins.range(b) + "A");
        }
        this.labels = List.copyOf(l);
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[] featurize(Structure s) {
        double[] rdf = new double[bins.count()];
        if (!s.isPeriodic() || !s.isOrdered() || s.numSites() == 0) {
            java.util.Arrays.fill(rdf, Double.NaN);
            return rdf;
        }
        PairDistances.forEach(s, bins.reach(), (i, j, d) -> {
            int b = bins.of(d);
            if (b >= 0) {
                rdf[b]++;
            }
        });
        double numberDensity = s.numSites() / s.volume();
        for (int b = 0; b < rdf.length; b++) {
            rdf[b] /= bins.shellVolume(b) * numberDensity;
        }
        return rdf;
    }
}
