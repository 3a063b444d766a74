package org.matinf.core.diffraction;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Vec3;
import org.matinf.core.symmetry.SymmetryOperation;

/**
 * March–Dollase preferred orientation (W. A. Dollase, J. Appl. Cryst. 19 (1986) 267): the intensity
 * of a reflection whose plane normal makes the angle α with the preferred-orientation axis is
 * multiplied by
 * <pre>
 *   P(α) = (r² cos²α + sin²α / r)^(−3/2)
 * </pre>
 * r = 1 is a random powder; r &lt; 1 means platelets whose axis lies along the diffraction vector
 * (reflections near the axis are enhanced, in Bragg–Brentano geometry), r &gt; 1 needles. P averages
 * to 1 over all orientations, so the total diffracted intensity is conserved. The axis is the normal
 * of the lattice plane (h k l), i.e. the reciprocal-lattice vector h a* + k b* + l c*.
 *
 * <p>A peak merges several reflections, but a {@link HklFamily} holds only a representative (h k l)
 * and a count. With the symmetry operations of the structure ({@link #withSymmetry}) the factor of a
 * family is the mean of P over the symmetry-equivalent reflections (generated from the rotation parts
 * and Friedel's law), which is exact. Without them the representative stands for its whole family,
 * an approximation that is exact only when the family is a single pair ±(h k l) or all its members
 * make the same angle with the axis (e.g. (0 0 l) in a tetragonal cell for a [0 0 1] axis). The
 * factor of a peak with several families is their multiplicity-weighted mean, which assumes the
 * families have equal structure factors. Immutable.
 */
public final class MarchDollase {
    private final Lattice lattice;
    private final double[] axis;
    private final int[] axisHkl;
    private final double r;
    private final List<SymmetryOperation> operations;

    /**
     * @param lattice the cell in which the peaks' (h k l) are indexed
     * @param h Miller indices of the plane whose normal is the preferred-orientation axis
     * @param r March coefficient, &gt; 0 (1 = no preferred orientation)
     */
    public MarchDollase(Lattice lattice, int h, int k, int l, double r) {
        this(lattice, new int[] {h, k, l}, r, List.of());
    }

    private MarchDollase(Lattice lattice, int[] axisHkl, double r, List<SymmetryOperation> operations) {
        if (!(r > 0) || !Double.isFinite(r)) {
            throw new IllegalArgumentException("The March coefficient r must be positive, not " + r);
        }
        this.lattice = lattice;
        this.axisHkl = axisHkl.clone();
        this.axis = Vec3.unit(lattice.reciprocalVector(axisHkl[0], axisHkl[1], axisHkl[2]));
        this.r = r;
        this.operations = List.copyOf(operations);
    }

    /**
     * The same correction averaging each family over its symmetry-equivalent reflections, generated with
     * the rotation parts of {@code ops} (e.g. {@code SpaceGroup.operations()} of the structure, in the
     * setting of the lattice).
     */
    public MarchDollase withSymmetry(List<SymmetryOperation> ops) {
        return new MarchDollase(lattice, axisHkl, r, ops);
    }

    /** The March coefficient r. */
    public double r() {
        return r;
    }

    /** The March–Dollase factor P(α) for coefficient {@code r} and angle α in radians. */
    public static double factor(double r, double alpha) {
        double c = Math.cos(alpha);
        double s = Math.sin(alpha);
        return Math.pow(r * r * c * c + s * s / r, -1.5);
    }

    /** The angle α in degrees between the normal of (h k l) and the preferred-orientation axis. */
    public double angle(int h, int k, int l) {
        return Math.toDegrees(Math.acos(cosAngle(h, k, l)));
    }

    private double cosAngle(int h, int k, int l) {
        double[] g = Vec3.unit(lattice.reciprocalVector(h, k, l));
        return Math.max(-1, Math.min(1, Vec3.dot(g, axis)));
    }

    /** The factor of the single reflection (h k l). */
    public double factor(int h, int k, int l) {
        double c = cosAngle(h, k, l);
        return Math.pow(r * r * c * c + (1 - c * c) / r, -1.5);
    }

    /** The factor of a family: mean over its equivalents with symmetry, else its representative's. */
    public double factor(HklFamily family) {
        if (operations.isEmpty()) {
            return factor(family.h(), family.k(), family.l());
        }
        List<int[]> eq = ReflectionIndices.equivalents(family.h(), family.k(), family.l(), operations);
        double sum = 0;
        for (int[] e : eq) {
            sum += factor(e[0], e[1], e[2]);
        }
        return sum / eq.size();
    }

    /**
     * The factor of a peak: the multiplicity-weighted mean over its families. Throws if the peak has no
     * families or they are not indexed in this correction's lattice.
     */
    public double factor(XrdPeak peak) {
        ReflectionIndices.requireIndexedIn(lattice, peak);
        double sum = 0;
        double weight = 0;
        for (HklFamily f : peak.families()) {
            double m = Math.max(1, f.multiplicity());
            sum += m * factor(f);
            weight += m;
        }
        return sum / weight;
    }

    /**
     * The pattern with every intensity multiplied by its peak's factor, then rescaled so that the
     * strongest peak is 100 again.
     */
    public XrdPattern apply(XrdPattern pattern) {
        List<XrdPeak> out = new ArrayList<>(pattern.size());
        double max = 0;
        for (XrdPeak p : pattern.peaks()) {
            XrdPeak q = p.withIntensity(p.intensity() * factor(p));
            max = Math.max(max, q.intensity());
            out.add(q);
        }
        if (max > 0) {
            double norm = 100 / max;
            out.replaceAll(q -> q.withIntensity(norm * q.intensity()));
        }
        return new XrdPattern(pattern.wavelength(), out);
    }

    /**
     * The distinct reflections equivalent to (h k l) under the rotation parts of {@code ops} and
     * Friedel's law, (h k l) first. The operations must be in the setting of the cell the indices refer
     * to.
     */
    public static List<int[]> equivalentReflections(int h, int k, int l, List<SymmetryOperation> ops) {
        return ReflectionIndices.equivalents(h, k, l, ops);
    }
}
