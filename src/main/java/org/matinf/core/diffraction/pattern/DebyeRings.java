package org.matinf.core.diffraction.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.matinf.core.diffraction.HklFamily;
import org.matinf.core.diffraction.FamilyGrouping;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.core.diffraction.electron.ElectronScattering;
import org.matinf.core.diffraction.electron.ElectronStructureFactors;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Structure;

/**
 * The Debye rings of a structure out to a largest g: every reflection h k l of the cell with
 * |g| = 1/d ≤ gMax whose kinematic electron structure factor is not (numerically) zero,
 * grouped by spacing. Systematic absences (of centring, screw axes, glide planes and the
 * particular positions of the atoms) come out of the structure factor itself: a reflection counts
 * when |F|² exceeds {@value #ABSENT} of the strongest one's. Reflections whose d differ by less
 * than 1 part in 10⁵ share a ring.
 */
public final class DebyeRings {
    /** |F|² below this fraction of the strongest reflection's counts as absent. */
    public static final double ABSENT = 1e-6;
    /** Relative d difference under which reflections share a ring. */
    private static final double SAME_D = 1e-5;
    /** Refuse to enumerate more reflections than this (a huge cell or g range). */
    private static final long MAX_REFLECTIONS = 20_000_000;

    private DebyeRings() {
    }

    /** The rings of a structure up to gMax (1/nm), with Peng's electron scattering factors. */
    public static List<DebyeRing> of(Structure structure, double gMax) {
        return of(structure, gMax, ElectronScattering.PENG);
    }

    /**
     * The rings of a structure up to gMax (1/nm), in order of increasing g.
     *
     * @throws IllegalArgumentException for a molecule, a missing scattering factor, or a range that
     *     holds more than 20 million reflections
     */
    public static List<DebyeRing> of(Structure structure, double gMax, ElectronScattering model) {
        PatternChecks.positive(gMax, "the largest g (1/nm)");
        ElectronStructureFactors factors = new ElectronStructureFactors(structure, model);
        Lattice lattice = structure.lattice();
        double gMaxA = gMax / 10.0;
        int[] n = new int[3];
        long total = 1;
        for (int i = 0; i < 3; i++) {
            n[i] = (int) Math.floor(gMaxA * lattice.abc()[i] + 1e-9);
            total *= 2L * n[i] + 1;
        }
        if (total > MAX_REFLECTIONS) {
            throw new IllegalArgumentException("too many reflections to list (" + total + ") up to g = " + gMax
                    + " 1/nm for this cell; use a smaller range");
        }
        List<double[]> refl = new ArrayList<>();
        double strongest = 0;
        for (int h = -n[0]; h <= n[0]; h++) {
            for (int k = -n[1]; k <= n[1]; k++) {
                for (int l = -n[2]; l <= n[2]; l++) {
                    if (h == 0 && k == 0 && l == 0) {
                        continue;
                    }
                    double d = lattice.dSpacing(h, k, l);
                    if (10.0 / d > gMax * (1 + 1e-12)) {
                        continue;
                    }
                    double f2 = factors.intensity(h, k, l);
                    strongest = Math.max(strongest, f2);
                    refl.add(new double[] {d, f2, h, k, l});
                }
            }
        }
        double floor = ABSENT * strongest;
        refl.removeIf(r -> !(r[1] > floor));
        refl.sort((a, b) -> Double.compare(b[0], a[0]));
        return group(refl, XrdCalculator.usesMillerBravais(lattice));
    }

    /** Rings from reflections sorted by decreasing d. */
    private static List<DebyeRing> group(List<double[]> refl, boolean millerBravais) {
        List<DebyeRing> rings = new ArrayList<>();
        FamilyGrouping grouping = new FamilyGrouping(millerBravais);
        double max = 0;
        int start = 0;
        while (start < refl.size()) {
            double d0 = refl.get(start)[0];
            int end = start;
            double sum = 0;
            grouping.clear();
            while (end < refl.size() && Math.abs(refl.get(end)[0] - d0) <= SAME_D * d0) {
                double[] r = refl.get(end);
                sum += r[1];
                grouping.add((int) r[2], (int) r[3], (int) r[4]);
                end++;
            }
            List<HklFamily> families = new ArrayList<>(grouping.families());
            families.sort(Comparator.comparingInt(HklFamily::h).thenComparingInt(HklFamily::k)
                    .thenComparingInt(HklFamily::l).reversed());
            rings.add(new DebyeRing(d0, 10.0 / d0, end - start, sum, families));
            max = Math.max(max, sum);
            start = end;
        }
        List<DebyeRing> scaled = new ArrayList<>(rings.size());
        for (DebyeRing r : rings) {
            scaled.add(new DebyeRing(r.d(), r.g(), r.multiplicity(), 100 * r.intensity() / max, r.families()));
        }
        return scaled;
    }
}
