package org.matinf.core.diffraction.ebsd;

import org.matinf.core.orientation.CrystalFrame;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.electron.ElectronScattering;
import org.matinf.core.diffraction.electron.ElectronStructureFactors;
import org.matinf.core.diffraction.electron.ElectronWavelength;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Structure;

/**
 * The lattice planes (h k l) whose Kikuchi bands a kinematic EBSD simulation draws: every
 * reflection with d ≥ d_min whose kinematic electron intensity |F(hkl)|² (Peng factors by default,
 * sites' Biso when the file gives them, optionally a common Debye–Waller factor exp(−2 B s²),
 * s = 1/(2d)) is at least a small fraction (default 1e-4) of the strongest one. Systematic absences
 * (|F|² below 1e-10 |F(000)|²; numerically they are of order 1e-30) are always dropped. Friedel pairs (h k l) and (−h −k −l) draw the same band and are merged: the
 * one kept has its first nonzero index positive.
 *
 * <p>Each reflector carries its unit plane normal in the Cartesian {@link CrystalFrame}
 * (x ∥ a, z ∥ c*) and its Bragg angle θ_B = asin(λ / 2d) at the accelerating voltage (relativistic
 * λ, {@link ElectronWavelength}); a band covers the directions n with |asin(n·ĝ)| ≤ θ_B. The list is
 * ordered by decreasing d, then h, k, l. Immutable.
 */
public final class KikuchiReflectors {
    /** |F|² below this fraction of |F(000)|² is a systematic absence (numerically about 1e-30). */
    private static final double ABSENT = 1e-10;
    /** Reflectors whose intensities differ by less than this fraction count as symmetry-equivalent. */
    private static final double SAME_INTENSITY = 1e-6;

    /**
     * One band: Miller indices, d-spacing (Å), kinematic intensity |F|² (Å²), Bragg angle (radians)
     * and unit plane normal (nx, ny, nz) in the crystal frame.
     */
    public record Reflector(int h, int k, int l, double d, double intensity, double braggAngle, double nx, double ny,
            double nz) {

        /** The unit plane normal {nx, ny, nz} (a new array). */
        public double[] normal() {
            return new double[] {nx, ny, nz};
        }

        /** "1 1 1", "-2 0 0". */
        public String label() {
            return h + " " + k + " " + l;
        }
    }

    private final List<Reflector> reflectors;
    private final double voltage;
    private final double wavelength;
    private final CrystalFrame frame;

    private KikuchiReflectors(List<Reflector> reflectors, double voltage, double wavelength, CrystalFrame frame) {
        this.reflectors = Collections.unmodifiableList(new ArrayList<>(reflectors));
        this.voltage = voltage;
        this.wavelength = wavelength;
        this.frame = frame;
    }

    /** A builder for the reflectors of a periodic structure; defaults: 20 kV, d ≥ 0.5 Å, Peng factors. */
    public static Builder builder(Structure structure) {
        return new Builder(structure);
    }

    /** The reflectors at the default settings and a voltage in kV. */
    public static KikuchiReflectors of(Structure structure, double kilovolts) {
        return builder(structure).voltage(kilovolts).build();
    }

    /** The reflectors, in the order described above. */
    public List<Reflector> list() {
        return reflectors;
    }

    /** Number of reflectors. */
    public int size() {
        return reflectors.size();
    }

    /** Reflector i. */
    public Reflector get(int i) {
        return reflectors.get(i);
    }

    /** Accelerating voltage in kV. */
    public double voltage() {
        return voltage;
    }

    /** Relativistic electron wavelength in Å. */
    public double wavelength() {
        return wavelength;
    }

    /** The crystal frame of the plane normals. */
    public CrystalFrame frame() {
        return frame;
    }

    /** The largest intensity, 0 if there are no reflectors. */
    public double maxIntensity() {
        return reflectors.stream().mapToDouble(Reflector::intensity).max().orElse(0);
    }

    /**
     * Only the reflector (h k l) (or its Friedel mate), e.g. to draw a single band.
     *
     * @throws IllegalArgumentException if it is not among the reflectors
     */
    public KikuchiReflectors only(int h, int k, int l) {
        for (Reflector r : reflectors) {
            if (r.h() == h && r.k() == k && r.l() == l || r.h() == -h && r.k() == -k && r.l() == -l) {
                return new KikuchiReflectors(List.of(r), voltage, wavelength, frame);
            }
        }
        throw new IllegalArgumentException("(" + h + " " + k + " " + l + ") is not among the " + size()
                + " reflectors (absent, or beyond d_min)");
    }

    /**
     * The {@code count} strongest reflectors (ties by larger d, then the list order), extended by
     * any further reflectors of the same d and intensity as the last one kept, so that
     * symmetry-equivalent bands stay together.
     */
    public KikuchiReflectors strongest(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the reflector count must be at least 1, got " + count);
        }
        List<Reflector> sorted = new ArrayList<>(reflectors);
        sorted.sort(Comparator.comparingDouble(Reflector::intensity).reversed());
        int n = Math.min(count, sorted.size());
        while (n > 0 && n < sorted.size() && equivalent(sorted.get(n - 1), sorted.get(n))) {
            n++;
        }
        List<Reflector> kept = new ArrayList<>(sorted.subList(0, n));
        kept.sort(ORDER);
        return new KikuchiReflectors(kept, voltage, wavelength, frame);
    }

    private static boolean equivalent(Reflector a, Reflector b) {
        return Math.abs(a.d() - b.d()) <= 1e-9 * a.d()
                && Math.abs(a.intensity() - b.intensity()) <= SAME_INTENSITY * Math.max(a.intensity(), b.intensity());
    }

    /** Decreasing d (to 1e-9 Å, so that rounding does not split a family), then h, k, l. */
    private static final Comparator<Reflector> ORDER = Comparator.comparingLong((Reflector r) -> -Math.round(r.d() * 1e9))
            .thenComparingInt(Reflector::h).thenComparingInt(Reflector::k).thenComparingInt(Reflector::l);

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "KikuchiReflectors(%d reflectors at %s kV, λ = %.6f Å)", size(), voltage,
                wavelength);
    }

    /** Settings of the reflector list. */
    public static final class Builder {
        private final Structure structure;
        private double voltage = 20;
        private double dMin = 0.5;
        private int maxCount = Integer.MAX_VALUE;
        private double minRelativeIntensity = 1e-4;
        private double debyeWaller;
        private ElectronScattering model = ElectronScattering.PENG;

        private Builder(Structure structure) {
            this.structure = structure;
        }

        /** Accelerating voltage in kV (default 20). */
        public Builder voltage(double kilovolts) {
            ElectronWavelength.angstrom(kilovolts); // validates
            this.voltage = kilovolts;
            return this;
        }

        /** Smallest d-spacing in Å (default 0.5). */
        public Builder dMin(double angstrom) {
            if (!(angstrom > 0) || Double.isInfinite(angstrom)) {
                throw new IllegalArgumentException("d_min must be a positive number of Å, got " + angstrom);
            }
            this.dMin = angstrom;
            return this;
        }

        /** At most this many reflectors, the strongest (see {@link #strongest}); default all. */
        public Builder maxCount(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("the reflector count must be at least 1, got " + count);
            }
            this.maxCount = count;
            return this;
        }

        /** Reflectors weaker than this fraction of the strongest are dropped (default 1e-4; 0 keeps all but the absences). */
        public Builder minRelativeIntensity(double fraction) {
            if (!(fraction >= 0 && fraction < 1)) {
                throw new IllegalArgumentException("the minimum relative intensity must be in [0, 1), got " + fraction);
            }
            this.minRelativeIntensity = fraction;
            return this;
        }

        /** A Debye–Waller factor B in Å² common to all atoms: intensities × exp(−2 B s²) (default 0). */
        public Builder debyeWaller(double b) {
            if (!(b >= 0) || Double.isInfinite(b)) {
                throw new IllegalArgumentException("the Debye-Waller B must be a non-negative number of Å², got " + b);
            }
            this.debyeWaller = b;
            return this;
        }

        /** Electron scattering factors (default {@link ElectronScattering#PENG}). */
        public Builder scattering(ElectronScattering scattering) {
            this.model = scattering;
            return this;
        }

        /**
         * The reflectors.
         *
         * @throws IllegalArgumentException for a molecule, an element without scattering factors, or
         *     no reflection with d ≥ d_min
         */
        public KikuchiReflectors build() {
            ElectronStructureFactors factors = new ElectronStructureFactors(structure, model);
            Lattice lattice = structure.lattice();
            CrystalFrame frame = new CrystalFrame(lattice);
            double lambda = ElectronWavelength.angstrom(voltage);
            double[] abc = lattice.abc();
            int[] n = new int[3];
            for (int i = 0; i < 3; i++) {
                n[i] = (int) Math.floor(abc[i] / dMin + 1e-9); // |h| = |g·a| ≤ |a| / d_min
            }
            List<Reflector> all = new ArrayList<>();
            for (int h = 0; h <= n[0]; h++) {
                for (int k = h == 0 ? 0 : -n[1]; k <= n[1]; k++) {
                    for (int l = h == 0 && k == 0 ? 1 : -n[2]; l <= n[2]; l++) {
                        double d = lattice.dSpacing(h, k, l);
                        if (d < dMin || lambda / (2 * d) > 1) {
                            continue;
                        }
                        double s = 0.5 / d;
                        double intensity = factors.intensity(h, k, l) * Math.exp(-2 * debyeWaller * s * s);
                        double[] g = frame.planeNormal(h, k, l);
                        all.add(new Reflector(h, k, l, d, intensity, Math.asin(lambda / (2 * d)), g[0], g[1], g[2]));
                    }
                }
            }
            double max = all.stream().mapToDouble(Reflector::intensity).max().orElse(0);
            double absent = ABSENT * factors.intensity(0, 0, 0);
            List<Reflector> kept = new ArrayList<>();
            for (Reflector r : all) {
                if (r.intensity() > absent && r.intensity() >= minRelativeIntensity * max) {
                    kept.add(r);
                }
            }
            if (kept.isEmpty()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "no Kikuchi bands: no reflection of %s has d >= d_min = %s Å", structure.reducedFormula(), dMin));
            }
            kept.sort(ORDER);
            KikuchiReflectors out = new KikuchiReflectors(kept, voltage, lambda, frame);
            return maxCount < kept.size() ? out.strongest(maxCount) : out;
        }
    }
}
