package org.matinf.core.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a surface slab of a crystal for the Miller plane (h k l).
 *
 * <ol>
 * <li>The oriented unit cell is the bulk in the basis of {@link SurfaceBasis#orientedCell}: a, b
 * the shortest in-plane vectors, c the out-of-plane vector of index 1 nearest the normal. Its
 * height along the normal is H = volume / |a × b| = d(hkl).</li>
 * <li>n = ⌈min slab / H⌉ oriented cells are stacked along c, and m = ⌈min vacuum / H⌉ cell
 * heights of vacuum added (pymatgen's counting with {@code in_unit_planes=False}).</li>
 * <li>The slab's c vector is replaced by one perpendicular to the surface of length (n + m) H; the
 * atoms keep their positions, so nothing but the stacking of slab images across the vacuum
 * changes. The slab is centred along c (midway between its lowest and highest atom).</li>
 * <li>Unless a shift is given, the cut lies in the middle of the widest gap between atomic planes
 * (atoms within 0.1 Å along the normal form one plane), so no plane is cut through.</li>
 * </ol>
 *
 * <p>Use: {@code new SlabBuilder(bulk, 1, 1, 1).minSlabThickness(10).minVacuum(15).build()}.
 */
public final class SlabBuilder {
    /** Default largest height difference (Å) between atoms of one atomic plane. */
    public static final double DEFAULT_PLANE_TOLERANCE = 0.1;
    /** Slabs with more sites than this are refused. */
    public static final long MAX_SITES = 5_000_000L;
    private static final double LAYER_TOL = 1e-9;

    private final Structure bulk;
    private final int[] miller;
    private double minSlab = 10;
    private double minVacuum = 15;
    private double shift = Double.NaN;
    private double planeTolerance = DEFAULT_PLANE_TOLERANCE;

    /**
     * A builder for the (h k l) surface of a periodic structure; defaults: 10 Å slab, 15 Å vacuum,
     * automatic cut.
     *
     * @throws IllegalArgumentException for (0 0 0) or a non-periodic structure
     */
    public SlabBuilder(Structure bulk, int h, int k, int l) {
        if (bulk == null || !bulk.isPeriodic()) {
            throw new IllegalArgumentException("A slab needs a periodic crystal structure");
        }
        if (bulk.numSites() == 0) {
            throw new IllegalArgumentException("A slab needs a structure with at least one site");
        }
        this.bulk = bulk;
        this.miller = SurfaceBasis.reducedMiller(new int[] {h, k, l});
    }

    /** Smallest slab thickness in Å (counted as whole oriented cells), &gt; 0. */
    public SlabBuilder minSlabThickness(double angstrom) {
        if (!(angstrom > 0) || !Double.isFinite(angstrom)) {
            throw new IllegalArgumentException("Minimum slab thickness must be a positive number: " + angstrom);
        }
        minSlab = angstrom;
        return this;
    }

    /** Smallest vacuum thickness in Å (counted as whole cell heights), ≥ 0. */
    public SlabBuilder minVacuum(double angstrom) {
        minVacuum = nonNegative(angstrom, "Minimum vacuum");
        return this;
    }

    /**
     * Cuts the oriented cell at this fraction of its c vector (wrapped into [0, 1)) instead of in
     * the widest gap between planes; shift 0 is pymatgen's {@code get_slab()} default.
     */
    public SlabBuilder shift(double fraction) {
        if (!Double.isFinite(fraction)) {
            throw new IllegalArgumentException("Shift must be a finite number: " + fraction);
        }
        shift = Structure.wrap(fraction);
        return this;
    }

    /** Largest height difference (Å) between atoms counted as one atomic plane, ≥ 0. */
    public SlabBuilder planeTolerance(double angstrom) {
        planeTolerance = nonNegative(angstrom, "Plane tolerance");
        return this;
    }

    /** Builds the slab. */
    public Slab build() {
        int[][] t = SurfaceBasis.orientedCell(bulk.lattice(), miller);
        Structure cell = bulk.supercell(t).wrapped();
        double[][] m = cell.lattice().matrix();
        double[] normal = Vec3.unit(Vec3.cross(m[0], m[1]));
        double height = Vec3.dot(m[2], normal);
        int slabCells = cellsFor(minSlab, height);
        int vacuumCells = cellsFor(minVacuum, height);
        if ((long) slabCells * cell.numSites() > MAX_SITES) {
            throw new IllegalArgumentException("The slab would hold " + (long) slabCells * cell.numSites()
                    + " sites; the limit is " + MAX_SITES);
        }
        double cut = Double.isNaN(shift) ? AtomicPlanes.widestGapCut(heights(cell), planeTolerance / height) : shift;
        double[] inPlane = SurfaceBasis.planeCoordinates(m[2], m[0], m[1]);
        int total = slabCells + vacuumCells;
        List<Site> sites = new ArrayList<>(slabCells * cell.numSites());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int layer = 0; layer < slabCells; layer++) {
            for (Site s : cell.sites()) {
                double z = Structure.wrap(s.frac(2) - cut) + layer;
                lo = Math.min(lo, z);
                hi = Math.max(hi, z);
                sites.add(s.withFrac(new double[] {s.frac(0) + z * inPlane[0], s.frac(1) + z * inPlane[1], z}));
            }
        }
        double centre = 0.5 * total - 0.5 * (lo + hi);
        for (int i = 0; i < sites.size(); i++) {
            double[] f = sites.get(i).frac();
            sites.set(i, sites.get(i).withFrac(new double[] {Structure.wrap(f[0]), Structure.wrap(f[1]),
                (f[2] + centre) / total}));
        }
        double[][] rotation = standardFrame(m[0], normal);
        double[][] slabMatrix = {Mat3.times(rotation, m[0]), Mat3.times(rotation, m[1]), {0, 0, total * height}};
        slabMatrix[0][1] = 0;
        slabMatrix[0][2] = 0;
        slabMatrix[1][2] = 0;
        String title = String.format(java.util.Locale.ROOT, "%s (%d %d %d) slab", bulk.reducedFormula(), miller[0],
                miller[1], miller[2]);
        Structure slab = new Structure(new Lattice(slabMatrix), sites, true, title);
        return new Slab(slab, miller, cell, t, cut, slabCells, vacuumCells, rotation);
    }

    private static double nonNegative(double value, String what) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a non-negative number: " + value);
        }
        return value;
    }

    /** Whole cells needed to reach {@code thickness}; exact multiples (to 1e-9) need no extra cell. */
    private static int cellsFor(double thickness, double height) {
        double n = Math.ceil(thickness / height - LAYER_TOL);
        if (n > Integer.MAX_VALUE / 2.0) {
            throw new IllegalArgumentException("Thickness " + thickness + " Å needs too many cells of " + height + " Å");
        }
        return Math.max(0, (int) n);
    }

    private static double[] heights(Structure cell) {
        double[] z = new double[cell.numSites()];
        for (int i = 0; i < z.length; i++) {
            z[i] = cell.site(i).frac(2);
        }
        return z;
    }

    /** Rows x = a/|a|, y = z × x, z = normal. */
    private static double[][] standardFrame(double[] a, double[] normal) {
        double[] x = Vec3.unit(a);
        return new double[][] {x, Vec3.cross(normal, x), normal.clone()};
    }
}
