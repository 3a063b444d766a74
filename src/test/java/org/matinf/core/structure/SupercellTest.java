package org.matinf.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;

class SupercellTest {
    private static Structure rockSalt() {
        List<Site> sites = new ArrayList<>();
        double[][] fcc = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        for (double[] f : fcc) {
            sites.add(Site.of(Element.of("Na"), f[0], f[1], f[2]));
            sites.add(Site.of(Element.of("Cl"), f[0] + 0.5, f[1], f[2]));
        }
        return new Structure(Lattice.cubic(5.64), sites);
    }

    @Test
    void reportsProgressUpToTheTotal() {
        List<long[]> calls = new ArrayList<>();
        Structure big = rockSalt().supercell(new int[][] {{10, 0, 0}, {0, 10, 0}, {0, 0, 10}},
                (done, total, message) -> calls.add(new long[] {done, total}));
        assertEquals(8000, big.numSites());
        assertTrue(calls.size() >= 2, "progress reported " + calls.size() + " times");
        long[] last = calls.get(calls.size() - 1);
        assertEquals(8000, last[0]);
        assertEquals(8000, last[1]);
        assertEquals(rockSalt().density(), big.density(), 1e-12);
    }

    @Test
    void stopsWhenCancelled() {
        ProgressListener cancelAtOnce = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class,
                () -> rockSalt().supercell(new int[][] {{4, 0, 0}, {0, 4, 0}, {0, 0, 4}}, cancelAtOnce));
    }

    @Test
    void rejectsSingularAndHugeMatrices() {
        Structure s = rockSalt();
        assertThrows(IllegalArgumentException.class, () -> s.supercell(new int[][] {{1, 0, 0}, {2, 0, 0}, {0, 0, 1}}));
        assertThrows(IllegalArgumentException.class, () -> s.supercell(new int[][] {{1000, 0, 0}, {0, 1000, 0}, {0, 0, 1000}}));
    }

    @Test
    void leftHandedMatrixKeepsSitesAndDensity() {
        Structure s = rockSalt().supercell(new int[][] {{0, 1, 0}, {1, 0, 0}, {0, 0, 2}});
        assertEquals(16, s.numSites());
        assertEquals(2 * rockSalt().volume(), s.volume(), 1e-9);
        assertEquals(0, s.neighbors(1.0).size());
    }
}
