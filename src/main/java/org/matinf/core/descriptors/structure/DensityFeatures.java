package org.matinf.core.descriptors.structure;

import java.util.List;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/**
 * Density-like features as matminer's {@code DensityFeatures}: the density in g/cm³, the volume per
 * site ("vpa", Å³) and the packing fraction, i.e. the volume of spheres with each element's
 * empirical atomic radius ({@link Element#atomicRadius()}, pymatgen's {@code atomic_radius}) over
 * the cell volume. Like matminer, vpa and packing fraction are only defined for ordered structures
 * (NaN otherwise); a non-periodic structure (a molecule) has NaN for all three.
 */
public final class DensityFeatures implements StructureFeaturizer {
    private static final List<String> LABELS = List.of("density", "vpa", "packing fraction");

    @Override
    public List<String> labels() {
        return LABELS;
    }

    @Override
    public double[] featurize(Structure s) {
        if (!s.isPeriodic() || s.numSites() == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double density = s.density();
        if (!s.isOrdered()) {
            return new double[] {density, Double.NaN, Double.NaN};
        }
        return new double[] {density, s.volumePerSite(), packingFraction(s)};
    }

    /** Σ 4/3 π r³ over sites (atomic radii) divided by the cell volume; NaN if a radius is unknown. */
    static double packingFraction(Structure s) {
        double sum = 0;
        for (Site site : s.sites()) {
            for (Species sp : site.species().keySet()) {
                double r = sp.element().atomicRadius();
                sum += r * r * r;
            }
        }
        return 4 * Math.PI * sum / (3 * s.volume());
    }
}
