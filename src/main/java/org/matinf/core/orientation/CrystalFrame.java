package org.matinf.core.orientation;

import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Mat3;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.Vec3;

/**
 * The Cartesian crystal reference frame that orientations refer to: x along a, z along c*
 * (normal to the a–b plane), y = z × x (De Graef's and EMsoft's standard frame; MTEX's and orix's
 * default). For cubic, tetragonal and orthorhombic crystals the axes are a, b, c; for hexagonal
 * ones x ∥ a₁ and z ∥ c. The frame is independent of how a {@link Lattice} happens to be stored.
 */
public final class CrystalFrame {
    /** Rows: the frame's unit axes in the lattice's own Cartesian coordinates. */
    private final double[][] axes;
    /** Columns: a, b, c in this frame. */
    private final double[][] direct;
    private final double[][] directInverse;
    private final Lattice lattice;

    /** The standard frame of a lattice. */
    public CrystalFrame(Lattice lattice) {
        this.lattice = lattice;
        double[] a = lattice.vector(0);
        double[] b = lattice.vector(1);
        double[] e1 = Vec3.unit(a);
        double[] e3 = Vec3.unit(Vec3.cross(a, b));
        double[] e2 = Vec3.cross(e3, e1);
        axes = new double[][] {e1, e2, e3};
        double[][] cols = new double[3][];
        for (int i = 0; i < 3; i++) {
            cols[i] = Mat3.times(axes, lattice.vector(i));
        }
        direct = Mat3.transpose(cols);
        directInverse = Mat3.inverse(direct);
    }

    /** The lattice. */
    public Lattice lattice() {
        return lattice;
    }

    /**
     * The same lattice with its vectors written in this frame (rows a, b, c): a along x, b in the
     * x–y plane, c with a positive z component. Fractional coordinates keep their meaning, so a
     * structure on this lattice is the same crystal, turned into the frame orientations refer to.
     */
    public Lattice standardLattice() {
        double[][] rows = Mat3.transpose(direct);
        return new Lattice(rows);
    }

    /** A structure re-expressed on {@link #standardLattice()} (same fractional coordinates). */
    public static Structure standardized(Structure structure) {
        Lattice standard = new CrystalFrame(structure.lattice()).standardLattice();
        return new Structure(standard, structure.sites(), structure.isPeriodic(), structure.title());
    }

    /** The unit normal of the plane (h k l), i.e. the direction of g = h a* + k b* + l c*, in this frame. */
    public double[] planeNormal(double h, double k, double l) {
        return Vec3.unit(Mat3.times(axes, lattice.reciprocalVector(h, k, l)));
    }

    /** The unit vector of the lattice direction [u v w] in this frame. */
    public double[] direction(double u, double v, double w) {
        return Vec3.unit(Mat3.times(direct, new double[] {u, v, w}));
    }

    /**
     * The Cartesian matrix R = A W A⁻¹ (A: columns a, b, c in this frame) of a symmetry operation
     * whose rotation part W acts on fractional coordinates (x' = W x).
     */
    public double[][] cartesian(double[][] w) {
        return Mat3.multiply(Mat3.multiply(direct, w), directInverse);
    }
}
