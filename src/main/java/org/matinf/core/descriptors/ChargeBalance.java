package org.matinf.core.descriptors;

import java.math.BigInteger;
import java.util.List;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;

/**
 * Whether a composition can be charge-balanced with the elements' oxidation states, in the spirit
 * of pymatgen's {@code oxi_state_guesses} (every atom may take any of its element's states, so
 * mixed valence as in Fe3O4 is found). The rule:
 * <ol>
 * <li>Each element's states are pymatgen's common oxidation states, or all its known oxidation
 * states when it has no common one; an element with none (He, Ne, Ar, Z ≥ 104) cannot be charged.</li>
 * <li>The amounts are scaled to whole numbers by the smallest multiplier m = 1..{@value #MAX_MULTIPLIER}
 * that brings every amount within {@value #INTEGER_TOLERANCE} of an integer, then divided by their
 * greatest common divisor.</li>
 * <li>If that works and gives at most {@value #MAX_ATOMS} atoms, the answer is exact: is there an
 * assignment of one state to each atom with total charge 0?</li>
 * <li>Otherwise (no such multiplier, or more atoms) the relaxed test is used: 0 lies between
 * Σ aᵢ·min(statesᵢ) and Σ aᵢ·max(statesᵢ) with the amounts as written.</li>
 * </ol>
 */
public final class ChargeBalance {
    /** Largest multiplier tried to make the amounts whole numbers. */
    public static final int MAX_MULTIPLIER = 100;
    /** How close a scaled amount must be to an integer. */
    public static final double INTEGER_TOLERANCE = 1e-5;
    /** Largest number of atoms solved exactly. */
    public static final int MAX_ATOMS = 200;

    private ChargeBalance() {
    }

    /** The oxidation states used for atomic number z (possibly empty). */
    public static List<Integer> states(int z) {
        Element e = PeriodicTable.byZ(z);
        return e.commonOxidationStates().isEmpty() ? e.oxidationStates() : e.commonOxidationStates();
    }

    /** True if the composition can be charge-balanced under the rule above. */
    public static boolean possible(ElementAmounts c) {
        int n = c.size();
        int[] min = new int[n];
        int[] max = new int[n];
        for (int i = 0; i < n; i++) {
            List<Integer> s = states(c.z(i));
            if (s.isEmpty()) {
                return false;
            }
            min[i] = s.stream().mapToInt(Integer::intValue).min().getAsInt();
            max[i] = s.stream().mapToInt(Integer::intValue).max().getAsInt();
        }
        long[] counts = wholeNumbers(c);
        if (counts == null) {
            double lo = 0;
            double hi = 0;
            for (int i = 0; i < n; i++) {
                lo += c.amount(i) * min[i];
                hi += c.amount(i) * max[i];
            }
            return lo <= 1e-9 && hi >= -1e-9;
        }
        return exact(c, counts, min, max);
    }

    /** Whole-number amounts with at most MAX_ATOMS atoms, or null. */
    private static long[] wholeNumbers(ElementAmounts c) {
        for (int m = 1; m <= MAX_MULTIPLIER; m++) {
            long[] k = new long[c.size()];
            boolean ok = true;
            for (int i = 0; i < c.size() && ok; i++) {
                double v = c.amount(i) * m;
                k[i] = Math.round(v);
                ok = Math.abs(v - k[i]) <= INTEGER_TOLERANCE && k[i] > 0;
            }
            if (ok) {
                long g = 0;
                for (long v : k) {
                    g = gcd(g, v);
                }
                long atoms = 0;
                for (int i = 0; i < k.length; i++) {
                    k[i] /= g;
                    atoms += k[i];
                }
                return atoms <= MAX_ATOMS ? k : null;
            }
        }
        return null;
    }

    private static long gcd(long a, long b) {
        return BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact();
    }

    /** Subset-sum over atoms: charges are shifted by each element's lowest state so they are ≥ 0. */
    private static boolean exact(ElementAmounts c, long[] counts, int[] min, int[] max) {
        long base = 0;
        int width = 0;
        for (int i = 0; i < counts.length; i++) {
            base += counts[i] * min[i];
            width += (int) counts[i] * (max[i] - min[i]);
        }
        long target = -base;
        if (target < 0 || target > width) {
            return false;
        }
        boolean[] reach = new boolean[width + 1];
        reach[0] = true;
        int top = 0;
        for (int i = 0; i < counts.length; i++) {
            int[] steps = states(c.z(i)).stream().mapToInt(Integer::intValue).toArray();
            for (int a = 0; a < counts[i]; a++) {
                boolean[] next = new boolean[width + 1];
                for (int j = 0; j <= top; j++) {
                    if (reach[j]) {
                        for (int s : steps) {
                            next[j + s - min[i]] = true;
                        }
                    }
                }
                top += max[i] - min[i];
                reach = next;
            }
        }
        return reach[(int) target];
    }
}
