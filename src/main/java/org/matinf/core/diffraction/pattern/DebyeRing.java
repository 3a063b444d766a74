package org.matinf.core.diffraction.pattern;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.matinf.core.diffraction.HklFamily;

/**
 * One Debye ring of a polycrystal: all allowed reflections of one spacing d. A ring may hold
 * several families that are not symmetry-equivalent but fall together (in a cubic crystal 5 1 1
 * and 3 3 3).
 *
 * @param d spacing in Å
 * @param g 1/d in 1/nm
 * @param multiplicity number of reflections h k l in the ring
 * @param intensity Σ |F|² over the ring's reflections (kinematic), strongest ring of the list = 100
 * @param families the families of reflections (permutations up to sign), each with its largest
 *     member as label
 */
public record DebyeRing(double d, double g, int multiplicity, double intensity, List<HklFamily> families) {
    public DebyeRing {
        families = List.copyOf(families);
    }

    /** The families' indices without spaces or signs lost, e.g. "111", "511/333", "1-10". */
    public String label() {
        return families.stream().map(DebyeRing::compact).collect(Collectors.joining("/"));
    }

    /** "h k l" written together when every index is one digit, else with spaces: "111", "-1 10 0". */
    static String compact(HklFamily f) {
        int[] i = {f.h(), f.k(), f.l()};
        boolean small = true;
        for (int v : i) {
            small &= Math.abs(v) < 10;
        }
        return small ? f.label().replace(" ", "") : f.label();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DebyeRing(%s, d=%.5f Å, g=%.4f 1/nm, m=%d, I=%.2f)", label(), d, g,
                multiplicity, intensity);
    }
}
