package org.matinf.core.structure;

/**
 * A surface slab made by {@link SlabBuilder}: the slab structure and how it was cut from the bulk.
 *
 * <p>The slab structure is periodic in a and b (the oriented cell's in-plane vectors) and has its
 * c vector along the outward surface normal, with length (slab cells + vacuum cells) × cell
 * height. Its Cartesian frame is the standard one: a along x, b in the xy plane, c along z. The
 * {@link #rotation() rotation} maps the bulk's Cartesian frame onto it. Immutable.
 */
public final class Slab {
    private final Structure structure;
    private final int[] miller;
    private final Structure orientedCell;
    private final int[][] transformation;
    private final double shift;
    private final int slabCells;
    private final int vacuumCells;
    private final double[][] rotation;

    Slab(Structure structure, int[] miller, Structure orientedCell, int[][] transformation, double shift,
            int slabCells, int vacuumCells, double[][] rotation) {
        this.structure = structure;
        this.miller = miller.clone();
        this.orientedCell = orientedCell;
        this.transformation = new int[][] {transformation[0].clone(), transformation[1].clone(),
            transformation[2].clone()};
        this.shift = shift;
        this.slabCells = slabCells;
        this.vacuumCells = vacuumCells;
        this.rotation = Mat3.copy(rotation);
    }

    /** The slab with its vacuum, centred in the cell along c. */
    public Structure structure() {
        return structure;
    }

    /** The Miller indices (h k l) of the surface, divided by their common divisor. */
    public int[] miller() {
        return miller.clone();
    }

    /** The oriented unit cell in the bulk's Cartesian frame, sites wrapped into [0, 1). */
    public Structure orientedCell() {
        return orientedCell;
    }

    /** Rows a, b, c of the oriented cell in terms of the bulk lattice vectors (determinant ±1). */
    public int[][] transformation() {
        return new int[][] {transformation[0].clone(), transformation[1].clone(), transformation[2].clone()};
    }

    /**
     * Where the oriented cell was cut, as a fraction of its c vector in [0, 1): the oriented cell's
     * atoms were moved down by this much (and wrapped) before stacking.
     */
    public double shift() {
        return shift;
    }

    /** Number of oriented cells stacked in the slab. */
    public int slabCells() {
        return slabCells;
    }

    /** Number of oriented-cell heights of vacuum. */
    public int vacuumCells() {
        return vacuumCells;
    }

    /** Height of the oriented cell along the surface normal, volume / |a × b|; equal to d(hkl). */
    public double cellHeight() {
        return orientedCell.volume() / surfaceArea();
    }

    /** Area of the surface cell |a × b| in Å². */
    public double surfaceArea() {
        double[][] m = orientedCell.lattice().matrix();
        return Vec3.norm(Vec3.cross(m[0], m[1]));
    }

    /** Slab thickness as counted for the request: slab cells × cell height (Å). */
    public double slabThickness() {
        return slabCells * cellHeight();
    }

    /** Vacuum thickness as counted for the request: vacuum cells × cell height (Å). */
    public double vacuumThickness() {
        return vacuumCells * cellHeight();
    }

    /** Distance along the normal between the lowest and the highest atom of the slab (Å). */
    public double atomLayerThickness() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Site s : structure.sites()) {
            lo = Math.min(lo, s.frac(2));
            hi = Math.max(hi, s.frac(2));
        }
        return (hi - lo) * structure.lattice().c();
    }

    /** Empty space between the top atoms and the bottom atoms of the next slab image (Å). */
    public double vacuumGap() {
        return structure.lattice().c() - atomLayerThickness();
    }

    /** Unit outward surface normal in the bulk's Cartesian frame: parallel to G(hkl). */
    public double[] normal() {
        return rotation[2].clone();
    }

    /**
     * The rotation from the bulk's Cartesian frame to the slab's: rows are the slab's x, y, z axes
     * written in the bulk frame, so slab coordinates = rotation × bulk coordinates (plus a
     * translation).
     */
    public double[][] rotation() {
        return Mat3.copy(rotation);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Slab (%d %d %d) of %s: %d cells + %d vacuum cells, shift %.4f, %s",
                miller[0], miller[1], miller[2], structure.reducedFormula(), slabCells, vacuumCells, shift,
                structure.lattice());
    }
}
