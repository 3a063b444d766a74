package org.matinf.core.descriptors;

import java.util.Arrays;
import java.util.Map;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Composition;

/**
 * A composition reduced to what descriptors need: atomic numbers in the order first met and
 * their amounts as written (D and T count as H). Weights for statistics are these amounts, as in
 * matminer, which divides by their sum.
 */
public final class ElementAmounts {
    private final int[] z;
    private final double[] amounts;
    private final double total;

    private ElementAmounts(int[] z, double[] amounts) {
        this.z = z;
        this.amounts = amounts;
        double t = 0;
        for (double a : amounts) {
            t += a;
        }
        this.total = t;
    }

    /**
     * The element amounts of a composition.
     *
     * @throws IllegalArgumentException for an empty composition, a negative or non-finite amount or
     *     an element beyond Z = 118
     */
    public static ElementAmounts of(Composition composition) {
        int[] z = new int[composition.amounts().size()];
        double[] a = new double[z.length];
        int n = 0;
        for (Map.Entry<Element, Double> e : composition.amounts().entrySet()) {
            int zi = e.getKey().z();
            double amount = e.getValue();
            if (!(amount > 0) || Double.isInfinite(amount)) {
                throw new IllegalArgumentException("amount of " + e.getKey() + " must be a positive number, got " + amount);
            }
            if (zi > ElementPropertyTable.MAX_Z) {
                throw new IllegalArgumentException("no element data for " + e.getKey());
            }
            int at = indexOf(z, n, zi);
            if (at >= 0) {
                a[at] += amount;
            } else {
                z[n] = zi;
                a[n++] = amount;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("the composition holds no element");
        }
        return new ElementAmounts(Arrays.copyOf(z, n), Arrays.copyOf(a, n));
    }

    private static int indexOf(int[] z, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (z[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Number of distinct elements. */
    public int size() {
        return z.length;
    }

    /** Atomic number of the i-th element. */
    public int z(int i) {
        return z[i];
    }

    /** Amount of the i-th element as written in the formula. */
    public double amount(int i) {
        return amounts[i];
    }

    /** Atomic fraction of the i-th element. */
    public double fraction(int i) {
        return amounts[i] / total;
    }

    /** Sum of the amounts (atoms per formula as written). */
    public double total() {
        return total;
    }

    /** The amounts as weights (a copy). */
    double[] weights() {
        return amounts.clone();
    }

    /** The values of a property for each element, in order. */
    double[] values(ElementPropertyTable table, String property) {
        double[] column = table.column(property);
        double[] v = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            v[i] = column[z[i]];
        }
        return v;
    }
}
