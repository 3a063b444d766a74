package org.matinf.fiji;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/** Structures built in code. */
public final class TestStructures {
    private TestStructures() {
    }

    /** Rock salt NaCl, conventional cell (8 sites), lattice parameter a. */
    public static Structure rockSalt(double a) {
        List<Site> sites = new ArrayList<>();
        double[][] fcc = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        for (double[] f : fcc) {
            sites.add(Site.of(PeriodicTable.bySymbol("Na"), f[0], f[1], f[2]));
        }
        for (double[] f : fcc) {
            sites.add(Site.of(PeriodicTable.bySymbol("Cl"), (f[0] + 0.5) % 1, (f[1] + 0.5) % 1, (f[2] + 0.5) % 1));
        }
        return new Structure(Lattice.cubic(a), sites);
    }
}
