package org.matinf.core.symmetry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;

/**
 * A space group in a given setting: its International Tables number, its Hermann–Mauguin symbol and
 * the full list of its general-position operations, centring translations included (so Fm-3m has 192
 * operations). Operations read from a CIF make a group too, with number 0 when the file does not say.
 * Immutable.
 */
public final class SpaceGroup {
    private final int number;
    private final String symbol;
    private final List<SymmetryOperation> operations;

    /**
     * A group from its operations; duplicates (equal up to a lattice translation) are dropped and the
     * identity is put first if missing.
     *
     * @param number International Tables number 1..230, or 0 if unknown
     * @param symbol Hermann–Mauguin symbol as it should be shown, e.g. "P2_1/c" or "P 1 21/n 1"
     */
    public SpaceGroup(int number, String symbol, List<SymmetryOperation> operations) {
        if (number < 0 || number > 230) {
            throw new IllegalArgumentException("Space group number must be 1..230 (or 0 for unknown): " + number);
        }
        this.number = number;
        this.symbol = symbol == null ? "" : symbol;
        List<SymmetryOperation> ops = new ArrayList<>();
        boolean hasIdentity = false;
        for (SymmetryOperation op : operations) {
            if (contains(ops, op)) {
                continue;
            }
            hasIdentity |= op.equalsModuloLattice(SymmetryOperation.identity());
            ops.add(op);
        }
        if (!hasIdentity) {
            ops.add(0, SymmetryOperation.identity());
        }
        this.operations = Collections.unmodifiableList(ops);
    }

    private static boolean contains(List<SymmetryOperation> ops, SymmetryOperation op) {
        for (SymmetryOperation o : ops) {
            if (o.equalsModuloLattice(op)) {
                return true;
            }
        }
        return false;
    }

    /** International Tables number, 0 if unknown. */
    public int number() {
        return number;
    }

    /** Hermann–Mauguin symbol (empty if unknown). */
    public String symbol() {
        return symbol;
    }

    /** All operations, centring included; the first one is the identity. */
    public List<SymmetryOperation> operations() {
        return operations;
    }

    /** Number of operations per conventional cell (the multiplicity of the general position). */
    public int order() {
        return operations.size();
    }

    /** The lattice translations of the centring (the zero vector included): 1 for P, 2 for C or I, 4 for F. */
    public List<double[]> centringVectors() {
        List<double[]> out = new ArrayList<>();
        for (SymmetryOperation op : operations) {
            if (op.isTranslation()) {
                out.add(op.reduced().translation());
            }
        }
        return out;
    }

    /** Crystal family derived from the number: "triclinic", "monoclinic", ..., "cubic" ("" if unknown). */
    public String crystalSystem() {
        return crystalSystem(number);
    }

    static String crystalSystem(int n) {
        if (n < 1) {
            return "";
        }
        String[] names = {"triclinic", "monoclinic", "orthorhombic", "tetragonal", "trigonal", "hexagonal", "cubic"};
        int[] last = {2, 15, 74, 142, 167, 194, 230};
        for (int i = 0; i < last.length; i++) {
            if (n <= last[i]) {
                return names[i];
            }
        }
        return "";
    }

    /**
     * The same group in another setting: new basis (a', b', c') = (a, b, c) P, new origin at {@code origin}
     * (old fractional coordinates). Translations are reduced into [0, 1) and operations that become equal
     * up to a lattice translation are merged (e.g. hexagonal R centring on rhombohedral axes).
     */
    public SpaceGroup transformed(double[][] p, double[] origin, String newSymbol) {
        List<SymmetryOperation> ops = new ArrayList<>();
        for (SymmetryOperation op : operations) {
            ops.add(op.transformed(p, origin).reduced());
        }
        return new SpaceGroup(number, newSymbol, ops);
    }

    /**
     * The sites of the whole cell generated from an asymmetric unit; see {@link SiteExpansion}. Sites
     * closer than {@code tolerance} Å (over periodic images) are one site: symmetry copies on a special
     * position collapse, and asymmetric-unit entries at the same place (mixed occupancy) become one site
     * with several species.
     */
    public List<Site> expand(Lattice lattice, List<Site> asymmetricUnit, double tolerance) {
        return new SiteExpansion(operations, lattice, tolerance).expand(asymmetricUnit);
    }

    @Override
    public String toString() {
        return (symbol.isEmpty() ? "space group" : symbol) + (number > 0 ? " (No. " + number + ")" : "") + ", "
                + operations.size() + " operations";
    }
}
