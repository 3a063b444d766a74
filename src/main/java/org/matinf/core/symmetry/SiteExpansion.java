package org.matinf.core.symmetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/**
 * Generates all sites of a cell from an asymmetric unit and a list of operations, in two steps:
 * <ol>
 * <li>an asymmetric-unit entry that some operation maps onto an earlier entry (within the tolerance)
 * is merged into it: its species are added to that site (mixed or partial occupancy, e.g. Al 0.94 and
 * Nb 0.06 on one site); label, Biso and charge of the first entry are kept;</li>
 * <li>every remaining entry is moved by every operation, wrapped into [0, 1), and copies within the
 * tolerance of one already made are dropped (special positions). The copies keep the entry's species,
 * label, Biso, charge and properties.</li>
 * </ol>
 * Distances are measured in Å between the nearest periodic images.
 */
final class SiteExpansion {
    private final List<SymmetryOperation> operations;
    private final Lattice lattice;
    private final double tolerance;

    SiteExpansion(List<SymmetryOperation> operations, Lattice lattice, double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("Site tolerance must be a finite number >= 0: " + tolerance);
        }
        this.operations = operations;
        this.lattice = lattice;
        this.tolerance = tolerance;
    }

    List<Site> expand(List<Site> asymmetricUnit) {
        List<Site> out = new ArrayList<>();
        for (Site entry : mergeEquivalentEntries(asymmetricUnit)) {
            List<double[]> orbit = new ArrayList<>();
            for (SymmetryOperation op : operations) {
                double[] f = op.apply(entry.frac());
                for (int k = 0; k < 3; k++) {
                    f[k] = Structure.wrap(f[k]);
                }
                if (indexOf(orbit, f) < 0) {
                    orbit.add(f);
                    out.add(entry.withFrac(f));
                }
            }
        }
        return out;
    }

    private List<Site> mergeEquivalentEntries(List<Site> entries) {
        List<Site> kept = new ArrayList<>();
        List<double[]> positions = new ArrayList<>();
        for (Site s : entries) {
            int match = -1;
            for (SymmetryOperation op : operations) {
                match = indexOf(positions, op.apply(s.frac()));
                if (match >= 0) {
                    break;
                }
            }
            if (match < 0) {
                kept.add(s);
                positions.add(s.frac());
            } else {
                Map<Species, Double> species = new LinkedHashMap<>(kept.get(match).species());
                s.species().forEach((sp, occ) -> species.merge(sp, occ, Double::sum));
                kept.set(match, kept.get(match).withSpecies(species));
            }
        }
        return kept;
    }

    private int indexOf(List<double[]> positions, double[] f) {
        double[] cart = new double[3];
        for (int i = 0; i < positions.size(); i++) {
            double[] p = positions.get(i);
            double dx = f[0] - p[0];
            double dy = f[1] - p[1];
            double dz = f[2] - p[2];
            dx -= Math.rint(dx);
            dy -= Math.rint(dy);
            dz -= Math.rint(dz);
            lattice.toCartesian(dx, dy, dz, cart);
            if (cart[0] * cart[0] + cart[1] * cart[1] + cart[2] * cart[2] <= tolerance * tolerance) {
                return i;
            }
        }
        return -1;
    }
}
