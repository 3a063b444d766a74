package org.matinf.core.diffraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.matinf.core.structure.Lattice;
import org.matinf.core.symmetry.SymmetryOperation;

/**
 * Where the sticks of a pattern move when the lattice is strained: for plotting a strain series over
 * a measured or calculated pattern. Only positions change: the new d comes from Bragg's law and the
 * strained lattice, the new 2θ from the pattern's wavelength, and intensities are kept. (Strictly the
 * intensities change too, a little: the atomic form factors f(sinθ/λ) and the Lorentz-polarisation
 * factor move with 2θ; recalculate the pattern from the strained structure when that matters.)
 * Reflections that no longer satisfy λ/2d ≤ 1 are dropped.
 *
 * <p>Isotropic strain ε scales every d by exactly (1 + ε) and needs no lattice. Axial strain
 * (εa, εb, εc) stretches the lattice vectors a, b, c by (1 + εa), (1 + εb), (1 + εc) (cell angles
 * kept) and recomputes d for each family from its (h k l). Anisotropic strain can split a family whose
 * members are no longer equivalent (e.g. {1 0 0} of a cubic cell under εc ≠ εa): with the symmetry
 * operations ({@link #withSymmetry}) each family is split into its members grouped by new d, the
 * intensity shared in proportion to the number of members; without them the representative (h k l)
 * moves the whole family. Peaks with several families share their intensity in proportion to
 * multiplicity. Intensities are not rescaled: the parts of a split line add up to the original.
 * Immutable.
 */
public final class StrainedPeaks {
    /** Lines closer than this in 2θ (degrees) after straining stay one peak. */
    private static final double MERGE_TWO_THETA = 1e-6;

    private final Lattice lattice;
    private final List<SymmetryOperation> operations;

    /** Axial strain for patterns indexed in {@code lattice}. */
    public StrainedPeaks(Lattice lattice) {
        this(lattice, List.of());
    }

    private StrainedPeaks(Lattice lattice, List<SymmetryOperation> operations) {
        this.lattice = lattice;
        this.operations = List.copyOf(operations);
    }

    /** The same helper splitting families into their members with the rotation parts of {@code ops}. */
    public StrainedPeaks withSymmetry(List<SymmetryOperation> ops) {
        return new StrainedPeaks(lattice, ops);
    }

    /** {@code lattice} with its vectors a, b, c stretched by (1 + εa), (1 + εb), (1 + εc). */
    public static Lattice strainedLattice(Lattice lattice, double ea, double eb, double ec) {
        double[] s = {1 + ea, 1 + eb, 1 + ec};
        for (double f : s) {
            if (!(f > 0) || !Double.isFinite(f)) {
                throw new IllegalArgumentException("Strains must be finite and above −1: " + ea + ", " + eb + ", " + ec);
            }
        }
        return lattice.transformed(new double[][] {{s[0], 0, 0}, {0, s[1], 0}, {0, 0, s[2]}});
    }

    /** The pattern under isotropic strain ε: every d multiplied by (1 + ε). */
    public static XrdPattern isotropic(XrdPattern pattern, double epsilon) {
        if (!(1 + epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("Strain must be finite and above −1, not " + epsilon);
        }
        List<XrdPeak> out = new ArrayList<>(pattern.size());
        for (XrdPeak p : pattern.peaks()) {
            XrdPeak q = at(pattern.wavelength(), p.d() * (1 + epsilon), p.intensity(), p.families());
            if (q != null) {
                out.add(q);
            }
        }
        return new XrdPattern(pattern.wavelength(), out);
    }

    /** One pattern per isotropic strain, in the order given. */
    public static List<XrdPattern> isotropicSeries(XrdPattern pattern, double... strains) {
        List<XrdPattern> out = new ArrayList<>(strains.length);
        for (double e : strains) {
            out.add(isotropic(pattern, e));
        }
        return out;
    }

    /**
     * The pattern after stretching a, b, c by (1 + εa), (1 + εb), (1 + εc). Throws if a peak has no
     * families or its families are not indexed in this helper's lattice.
     */
    public XrdPattern axial(XrdPattern pattern, double ea, double eb, double ec) {
        Lattice strained = strainedLattice(lattice, ea, eb, ec);
        List<XrdPeak> out = new ArrayList<>();
        for (XrdPeak p : pattern.peaks()) {
            ReflectionIndices.requireIndexedIn(lattice, p);
            List<Line> lines = new ArrayList<>();
            for (HklFamily f : p.families()) {
                split(strained, f, lines);
            }
            double weight = lines.stream().mapToDouble(x -> x.weight).sum();
            lines.sort(Comparator.comparingDouble((Line x) -> x.d).reversed());
            int i = 0;
            while (i < lines.size()) {
                int j = i;
                List<HklFamily> merged = new ArrayList<>();
                double share = 0;
                while (j < lines.size() && sameTwoTheta(pattern.wavelength(), lines.get(i).d, lines.get(j).d)) {
                    merged.add(lines.get(j).family);
                    share += lines.get(j).weight;
                    j++;
                }
                XrdPeak q = at(pattern.wavelength(), lines.get(i).d, p.intensity() * share / weight, merged);
                if (q != null) {
                    out.add(q);
                }
                i = j;
            }
        }
        out.sort(Comparator.comparingDouble(XrdPeak::twoTheta));
        return new XrdPattern(pattern.wavelength(), out);
    }

    /** A member group of a family at one strained d, weighted by its share of the family multiplicity. */
    private static final class Line {
        final HklFamily family;
        final double d;
        final double weight;

        Line(HklFamily family, double d, double weight) {
            this.family = family;
            this.d = d;
            this.weight = weight;
        }
    }

    private void split(Lattice strained, HklFamily f, List<Line> lines) {
        double m = Math.max(1, f.multiplicity());
        if (operations.isEmpty()) {
            lines.add(new Line(f, strained.dSpacing(f.h(), f.k(), f.l()), m));
            return;
        }
        List<int[]> members = ReflectionIndices.equivalents(f.h(), f.k(), f.l(), operations);
        List<int[]> left = new ArrayList<>(members);
        while (!left.isEmpty()) {
            int[] first = left.get(0);
            double d = strained.dSpacing(first[0], first[1], first[2]);
            List<int[]> group = new ArrayList<>();
            for (int[] e : left) {
                if (Math.abs(strained.dSpacing(e[0], e[1], e[2]) - d) <= 1e-9 * d) {
                    group.add(e);
                }
            }
            left.removeAll(group);
            double share = m * group.size() / members.size();
            int multiplicity = (int) Math.max(1, Math.round(share));
            lines.add(new Line(new HklFamily(first[0], first[1], first[2], multiplicity), d, share));
        }
    }

    private static boolean sameTwoTheta(double wavelength, double d1, double d2) {
        return Math.abs(twoTheta(wavelength, d1) - twoTheta(wavelength, d2)) <= MERGE_TWO_THETA;
    }

    private static double twoTheta(double wavelength, double d) {
        return 2 * Math.toDegrees(Math.asin(wavelength / (2 * d)));
    }

    /** The peak at spacing d for the wavelength, or null if d is below λ/2. */
    private static XrdPeak at(double wavelength, double d, double intensity, List<HklFamily> families) {
        double s = wavelength / (2 * d);
        if (!(s <= 1)) {
            return null;
        }
        return new XrdPeak(twoTheta(wavelength, d), intensity, d, families);
    }
}
