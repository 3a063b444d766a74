package org.matinf.core.diffraction.electron;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.Vec3;

/**
 * Kinematic transmission electron diffraction (SAED) spot patterns of a crystal.
 *
 * <p><b>Frames.</b> The microscope frame is the sample frame of {@link Orientation}: x along the image
 * columns (to the right), y along the image rows (downwards), z along the beam, i.e. the electrons
 * travel along +z, from the source through the specimen to the detector (x, y, z right-handed: the
 * detector seen from the source). An orientation g puts a crystal vector v at gᵀ·v in this frame, so
 * the crystal direction along the beam is g·(0, 0, 1). A zone axis [u v w] is turned into the
 * orientation with [u v w] along +z (the beam travels along [u v w]) and, as x axis, the shortest
 * reflection g(hkl) of the zero-order Laue zone (h u + k v + l w = 0, kinematically forbidden or
 * not); among equally short ones the one with the largest h, then k, then l. So [0 0 1] of a
 * cubic crystal is the identity: (1 0 0) along x, (0 1 0) along y.
 *
 * <p><b>Ewald selection</b> (default). The incident wave vector is k₀ = (0, 0, 1/λ) with the
 * relativistic λ of the voltage. A reciprocal lattice point g (in the microscope frame) has the
 * excitation error s = √(k² − gx² − gy²) − k − gz, its distance along the beam to the Ewald sphere
 * (positive inside the sphere); at an exact zone axis s = −λg²/2 + O(g⁴). Points with |g| ≤ g_max
 * and |s| ≤ s_max become spots of intensity |F|² · shape(s, t) ({@link RelrodShape}, thickness t).
 * A spot lies at (gx, gy): the diffracted beam k₀ + g + s ẑ has the in-plane components of g, and
 * a detector at camera length L sees it at L·tan 2θ ≈ λL·√(gx² + gy²).
 *
 * <p><b>Zone-law selection</b> ({@link #pymatgenCompatible()}): every reflection of the zero-order
 * Laue zone (h u + k v + l w = 0 for a zone axis; |gz| ≤ 1e-6 1/Å for an orientation) with
 * intensity |F|², regardless of the Ewald sphere, as pymatgen's TEMCalculator does.
 *
 * <p>Relative intensities are divided by the strongest spot of the pattern; spots below the
 * minimum relative intensity are left out. Spots are listed by |g|, then h, k, l (larger first).
 * Immutable and thread-safe; build the {@link ReflectionSet} of a structure once with
 * {@link #reflections} and call {@link #calculate(ReflectionSet, Orientation)} for many orientations.
 */
public final class SpotPatternCalculator {
    /** Which reciprocal lattice points become spots. */
    public enum Selection {
        /** Excitation error from the Ewald sphere, cut-off s_max and relrod shape factor. */
        EWALD,
        /** The zero-order Laue zone, intensity |F|² (pymatgen's TEMCalculator). */
        ZONE_LAW
    }

    /** Tolerance of |gz| (1/Å) for the zone law with an orientation instead of a zone axis. */
    private static final double ZONE_TOLERANCE = 1e-6;

    private final double voltage;
    private final double wavelength;
    private final ElectronScattering model;
    private final double gMax;
    private final double sMax;
    private final double thickness;
    private final RelrodShape relrod;
    private final double minRelative;
    private final Selection selection;
    private final boolean siteBiso;

    private SpotPatternCalculator(Builder b) {
        this.voltage = b.voltage;
        this.wavelength = ElectronWavelength.angstrom(b.voltage);
        this.model = b.model;
        this.gMax = b.gMax;
        this.sMax = b.sMax;
        this.thickness = b.thickness;
        this.relrod = b.relrod;
        this.minRelative = b.minRelative;
        this.selection = b.selection;
        this.siteBiso = b.siteBiso;
    }

    /** Settings, starting from the defaults (see {@link Builder}). */
    public static Builder builder() {
        return new Builder();
    }

    /** The default calculator: 200 kV, Peng factors, Ewald selection (see {@link Builder}). */
    public static SpotPatternCalculator standard() {
        return builder().build();
    }

    /**
     * pymatgen TEMCalculator's physics: 200 kV, Mott–Bethe factors, zone-law selection, all spots
     * kept (also those of zero intensity), no displacement parameters; |g| ≤ 1.5 1/Å unless changed.
     */
    public static SpotPatternCalculator pymatgenCompatible() {
        return pymatgenCompatibleBuilder().build();
    }

    /** A builder preset to {@link #pymatgenCompatible()}, e.g. to change g_max. */
    public static Builder pymatgenCompatibleBuilder() {
        return builder().scattering(ElectronScattering.MOTT_BETHE).selection(Selection.ZONE_LAW).minRelativeIntensity(0)
                .useSiteBiso(false);
    }

    /** Accelerating voltage in kV. */
    public double voltage() {
        return voltage;
    }

    /** Relativistic electron wavelength in Å. */
    public double wavelength() {
        return wavelength;
    }

    public ElectronScattering model() {
        return model;
    }

    /** Largest |g| in 1/Å. */
    public double gMax() {
        return gMax;
    }

    /** Excitation-error cut-off in 1/Å. */
    public double maxExcitationError() {
        return sMax;
    }

    /** Specimen thickness in nm (0: no relrod shape factor). */
    public double thickness() {
        return thickness;
    }

    public RelrodShape relrod() {
        return relrod;
    }

    public double minRelativeIntensity() {
        return minRelative;
    }

    public Selection selection() {
        return selection;
    }

    /**
     * The reflections of a structure within g_max with their |F|², to reuse for many orientations.
     *
     * @throws IllegalArgumentException for a molecule or an element without scattering factors
     */
    public ReflectionSet reflections(Structure structure) {
        return reflections(structure, null);
    }

    private ReflectionSet reflections(Structure structure, ZoneAxis zone) {
        Structure s = structure;
        if (!siteBiso) {
            List<Site> sites = new ArrayList<>(s.numSites());
            for (Site site : s.sites()) {
                sites.add(site.withBiso(Double.NaN));
            }
            s = s.withSites(sites);
        }
        return new ReflectionSet(s, model, gMax, zone);
    }

    /**
     * The pattern of a structure along a zone axis (builds the reflections, for the zone-law
     * selection only those of the zone; see {@link #reflections}).
     */
    public List<DiffractionSpot> calculate(Structure structure, ZoneAxis zone) {
        return calculate(reflections(structure, selection == Selection.ZONE_LAW ? zone : null), zone);
    }

    /** The pattern of a structure in an orientation (builds the reflections; see {@link #reflections}). */
    public List<DiffractionSpot> calculate(Structure structure, Orientation orientation) {
        return calculate(reflections(structure), orientation);
    }

    /** The pattern along a zone axis, in the frame of {@link #orientation(Lattice, ZoneAxis)}. */
    public List<DiffractionSpot> calculate(ReflectionSet reflections, ZoneAxis zone) {
        return spots(reflections, orientation(reflections.lattice(), zone), Objects.requireNonNull(zone, "zone"));
    }

    /** The pattern of the crystal in an orientation (Bunge g: v_crystal = g · v_microscope). */
    public List<DiffractionSpot> calculate(ReflectionSet reflections, Orientation orientation) {
        return spots(reflections, Objects.requireNonNull(orientation, "orientation"), null);
    }

    private List<DiffractionSpot> spots(ReflectionSet set, Orientation orientation, ZoneAxis zone) {
        double[][] r = orientation.crystalToSample();
        double k = 1.0 / wavelength;
        double k2 = k * k;
        double t = thickness * 10.0;
        double limit = gMax * (1 + 1e-12);
        int[] hs = set.hs();
        int[] ks = set.ks();
        int[] ls = set.ls();
        double[] xs = set.xs();
        double[] ys = set.ys();
        double[] zs = set.zs();
        double[] gs = set.gs();
        double[] f2 = set.f2s();
        int n = set.size();
        int[] index = new int[n];
        double[] px = new double[n];
        double[] py = new double[n];
        double[] sv = new double[n];
        double[] iv = new double[n];
        int count = 0;
        double max = 0;
        boolean ewald = selection == Selection.EWALD;
        for (int i = 0; i < n && gs[i] <= limit; i++) {
            double x = r[0][0] * xs[i] + r[0][1] * ys[i] + r[0][2] * zs[i];
            double y = r[1][0] * xs[i] + r[1][1] * ys[i] + r[1][2] * zs[i];
            double z = r[2][0] * xs[i] + r[2][1] * ys[i] + r[2][2] * zs[i];
            double q2 = x * x + y * y;
            if (q2 >= k2) {
                continue;
            }
            double s = -q2 / (Math.sqrt(k2 - q2) + k) - z;
            double intensity;
            if (ewald) {
                if (Math.abs(s) > sMax) {
                    continue;
                }
                intensity = f2[i] * relrod.factor(s, t);
            } else {
                if (zone != null ? !zone.contains(hs[i], ks[i], ls[i]) : Math.abs(z) > ZONE_TOLERANCE) {
                    continue;
                }
                intensity = f2[i];
            }
            index[count] = i;
            px[count] = x;
            py[count] = y;
            sv[count] = s;
            iv[count] = intensity;
            max = Math.max(max, intensity);
            count++;
        }
        List<DiffractionSpot> out = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            double rel = max > 0 ? iv[c] / max : 0;
            if (rel < minRelative) {
                continue;
            }
            int i = index[c];
            out.add(new DiffractionSpot(hs[i], ks[i], ls[i], px[c], py[c], gs[i], 1.0 / gs[i], sv[c], iv[c], rel));
        }
        return out;
    }

    /**
     * The orientation that puts a zone axis along the beam (+z) and the shortest reflection of its
     * zero-order Laue zone along x (see the class comment): the Bunge matrix whose columns are the
     * microscope axes x, y = z × x, z in the lattice's Cartesian frame.
     */
    public static Orientation orientation(Lattice lattice, ZoneAxis zone) {
        double[] z = Vec3.unit(lattice.toCartesian(new double[] {zone.u(), zone.v(), zone.w()}));
        int[] hkl = inPlaneReference(lattice, zone);
        double[] x = Vec3.unit(lattice.reciprocalVector(hkl[0], hkl[1], hkl[2]));
        double[] y = Vec3.cross(z, x);
        double[][] g = new double[3][3];
        for (int i = 0; i < 3; i++) {
            g[i][0] = x[i];
            g[i][1] = y[i];
            g[i][2] = z[i];
        }
        return Orientation.fromMatrix(g);
    }

    /**
     * The (h k l) put along x for a zone axis: the shortest reciprocal lattice vector with
     * h u + k v + l w = 0; ties go to the largest h, then k, then l.
     */
    public static int[] inPlaneReference(Lattice lattice, ZoneAxis zone) {
        int n = Math.max(2, Math.max(Math.abs(zone.u()), Math.max(Math.abs(zone.v()), Math.abs(zone.w()))));
        double longest = Math.max(lattice.a(), Math.max(lattice.b(), lattice.c()));
        while (true) {
            int[] best = null;
            double bestLength = Double.POSITIVE_INFINITY;
            for (int h = n; h >= -n; h--) {
                for (int k = n; k >= -n; k--) {
                    for (int l = n; l >= -n; l--) {
                        if ((h != 0 || k != 0 || l != 0) && zone.contains(h, k, l)) {
                            double length = Vec3.norm(lattice.reciprocalVector(h, k, l));
                            if (length < bestLength * (1 - 1e-9)) {
                                best = new int[] {h, k, l};
                                bestLength = length;
                            }
                        }
                    }
                }
            }
            // Any shorter vector has |h| <= |g| |a| etc., so the box of half-width |g| max(a, b, c) is enough.
            int needed = (int) Math.ceil(bestLength * longest + 1e-9);
            if (needed <= n) {
                return best;
            }
            n = needed;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SpotPatternCalculator(%s kV, λ = %.6f Å, %s, %s, |g| <= %s 1/Å, |s| <= %s 1/Å, t = %s nm, %s)",
                voltage, wavelength, model, selection, gMax, sMax, thickness, relrod);
    }

    /**
     * Settings. Defaults: 200 kV, {@link ElectronScattering#PENG}, g_max 1.5 1/Å, s_max 0.05 1/Å,
     * thickness 10 nm with the {@link RelrodShape#GAUSSIAN} relrod (the exact plate's
     * {@link RelrodShape#SINC} has zeros at s = n/t: at 10 nm and 200 kV a ring near |g| = 0.9 1/Å
     * where e.g. Si (2 2 4) vanishes), minimum relative intensity 1e-4,
     * {@link Selection#EWALD}, sites' displacement parameters used.
     */
    public static final class Builder {
        private double voltage = 200;
        private ElectronScattering model = ElectronScattering.PENG;
        private double gMax = 1.5;
        private double sMax = 0.05;
        private double thickness = 10;
        private RelrodShape relrod = RelrodShape.GAUSSIAN;
        private double minRelative = 1e-4;
        private Selection selection = Selection.EWALD;
        private boolean siteBiso = true;

        private Builder() {
        }

        /** Accelerating voltage in kV, positive. */
        public Builder voltage(double kilovolts) {
            ElectronWavelength.angstrom(kilovolts); // validates
            this.voltage = kilovolts;
            return this;
        }

        /** Electron scattering factors. */
        public Builder scattering(ElectronScattering m) {
            this.model = Objects.requireNonNull(m, "scattering model");
            return this;
        }

        /** Largest |g| = 1/d in 1/Å (the pattern radius), positive. */
        public Builder maxG(double inverseAngstrom) {
            positive(inverseAngstrom, "largest |g| (1/Å)");
            this.gMax = inverseAngstrom;
            return this;
        }

        /** Excitation-error cut-off s_max in 1/Å, positive (Ewald selection only). */
        public Builder maxExcitationError(double inverseAngstrom) {
            positive(inverseAngstrom, "excitation-error cut-off (1/Å)");
            this.sMax = inverseAngstrom;
            return this;
        }

        /** Specimen thickness in nm, ≥ 0; 0 means no relrod shape factor (Ewald selection only). */
        public Builder thickness(double nanometres) {
            if (!(nanometres >= 0) || Double.isInfinite(nanometres)) {
                throw new IllegalArgumentException("thickness must be a number of nm >= 0, got " + nanometres);
            }
            this.thickness = nanometres;
            return this;
        }

        /** Shape of the relrods (Ewald selection only). */
        public Builder relrod(RelrodShape shape) {
            this.relrod = Objects.requireNonNull(shape, "relrod shape");
            return this;
        }

        /** Spots weaker than this fraction of the strongest are left out; 0 keeps all, in [0, 1]. */
        public Builder minRelativeIntensity(double fraction) {
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("minimum relative intensity must be between 0 and 1, got " + fraction);
            }
            this.minRelative = fraction;
            return this;
        }

        /** Which points become spots. */
        public Builder selection(Selection s) {
            this.selection = Objects.requireNonNull(s, "selection");
            return this;
        }

        /** Damp each site by its Biso from the file (default); pymatgen's TEMCalculator does not. */
        public Builder useSiteBiso(boolean on) {
            this.siteBiso = on;
            return this;
        }

        public SpotPatternCalculator build() {
            return new SpotPatternCalculator(this);
        }

        private static void positive(double v, String what) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(what + " must be a positive number, got " + v);
            }
        }
    }
}
