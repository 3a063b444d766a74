package org.matinf.core.diffraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Structure;

/**
 * Calculates the powder diffraction pattern (sticks) of a crystal structure for X-rays or
 * neutrons, with the physics and peak bookkeeping of pymatgen's XRDCalculator:
 * <ul>
 * <li>every reciprocal lattice point g = h a* + k b* + l c* of the structure as given (no
 *     reduction to a primitive cell) with 2 sin(θmin)/λ ≤ |g| ≤ 2 sin(θmax)/λ, (000) excluded;</li>
 * <li>s = sin θ / λ = |g| / 2; X-ray form factor f(s) = Z − 41.78214 s² Σ aᵢ exp(−bᵢ s²)
 *     ({@link XrayFormFactors}; oxidation states ignored) or neutron scattering length b
 *     ({@link NeutronScatteringLengths});</li>
 * <li>F = Σ_sites Σ_species occupancy · f · exp(−B s²) · exp(2πi g·r), with B the Debye–Waller
 *     (isotropic displacement) parameter in Å²; intensity |F|² times the Lorentz-polarisation
 *     factor (1 + cos² 2θ) / (sin² θ cos θ) for X-rays, or 1 / (sin² θ cos θ) for neutrons;</li>
 * <li>reflections within 1e-5° of 2θ merged into one peak, grouped into families of permuted
 *     indices (Miller–Bravais h k i l on a hexagonal lattice, see {@link #usesMillerBravais}),
 *     intensities scaled so the strongest peak is 100, peaks below 0.001 dropped.</li>
 * </ul>
 * Debye–Waller B comes from, in order: the site's own Biso when {@link Builder#useSiteBiso} is
 * on and the site has one; else the B given for the element with {@link Builder#debyeWaller};
 * else 0 (no thermal damping, pymatgen's default). A structure without any reflection in range
 * gives an empty pattern (pymatgen raises an error there). Immutable and thread-safe.
 */
public final class XrdCalculator {
    private final double wavelength;
    private final double twoThetaMin;
    private final double twoThetaMax;
    private final Radiation radiation;
    private final Map<Element, Double> debyeWaller;
    private final boolean useSiteBiso;

    private XrdCalculator(Builder b) {
        this.wavelength = b.wavelength;
        this.twoThetaMin = b.twoThetaMin;
        this.twoThetaMax = b.twoThetaMax;
        this.radiation = b.radiation;
        this.debyeWaller = Collections.unmodifiableMap(new LinkedHashMap<>(b.debyeWaller));
        this.useSiteBiso = b.useSiteBiso;
    }

    /** A builder with pymatgen's defaults: X-rays, Cu Kα (1.54184 Å), 2θ from 0 to 90°, no Debye–Waller factors. */
    public static Builder builder() {
        return new Builder();
    }

    /** The calculator with pymatgen's defaults (see {@link #builder()}). */
    public static XrdCalculator cuKa() {
        return builder().build();
    }

    /** Wavelength in Å. */
    public double wavelength() { return wavelength; }
    /** Lower end of the 2θ range in degrees. */
    public double twoThetaMin() { return twoThetaMin; }
    /** Upper end of the 2θ range in degrees. */
    public double twoThetaMax() { return twoThetaMax; }
    public Radiation radiation() { return radiation; }
    /** Debye–Waller B (Å²) per element. */
    public Map<Element, Double> debyeWaller() { return debyeWaller; }
    /** Whether sites' own Biso values take precedence over the per-element B. */
    public boolean useSiteBiso() { return useSiteBiso; }

    /**
     * The pattern of a periodic structure.
     *
     * @throws IllegalArgumentException if the structure is not periodic or holds an element
     *     without scattering data for this radiation
     */
    public XrdPattern calculate(Structure structure) {
        ReciprocalShell shell = shell(structure);
        return PeakMerger.merge(shell, wavelength, radiation, usesMillerBravais(structure.lattice()));
    }

    /**
     * The pattern of {@link #calculate} with absolute instead of scaled intensities: each peak's
     * intensity is Σ |F|² · Lorentz(-polarisation) factor over its reflections, F being the structure
     * factor of the cell as given (electrons for X-rays, fm for neutrons; no division by the cell
     * volume). The factor from scaled to absolute is Σ over every reflection in range of |F|²·LP
     * divided by the sum of the scaled peak intensities, so peaks dropped as too weak (below 1e-5 of
     * the strongest) are left out of the sum. Used for quantitative phase analysis, where the scale
     * factors of phases must refer to intensities on a common absolute footing.
     *
     * @throws IllegalArgumentException as {@link #calculate}
     */
    public XrdPattern calculateAbsolute(Structure structure) {
        ReciprocalShell shell = shell(structure);
        XrdPattern scaled = PeakMerger.merge(shell, wavelength, radiation, usesMillerBravais(structure.lattice()));
        double absolute = 0;
        for (int i = 0; i < shell.size; i++) {
            double sin = wavelength * Math.sqrt(shell.g2[i]) / 2;
            double cos = Math.sqrt(1 - sin * sin);
            double cos2Theta = 1 - 2 * sin * sin;
            double polarisation = radiation == Radiation.XRAY ? 1 + cos2Theta * cos2Theta : 1;
            absolute += (shell.fPlus[i] + shell.fMinus[i]) * polarisation / (sin * sin * cos);
        }
        double sumScaled = 0;
        for (XrdPeak p : scaled.peaks()) {
            sumScaled += p.intensity();
        }
        if (!(sumScaled > 0)) {
            return scaled;
        }
        double factor = absolute / sumScaled;
        List<XrdPeak> peaks = new ArrayList<>(scaled.size());
        for (XrdPeak p : scaled.peaks()) {
            peaks.add(p.withIntensity(p.intensity() * factor));
        }
        return new XrdPattern(wavelength, peaks);
    }

    /** The reflections in range with their |F|²; throws for a structure that is not a crystal. */
    private ReciprocalShell shell(Structure structure) {
        if (!structure.isPeriodic()) {
            throw new IllegalArgumentException("a powder pattern needs a periodic structure (a crystal)");
        }
        SiteScatterers sites = new SiteScatterers(structure, radiation, debyeWaller, useSiteBiso);
        Lattice lattice = structure.lattice();
        double gMin = 2 * Math.sin(Math.toRadians(twoThetaMin / 2)) / wavelength;
        double gMax = 2 * Math.sin(Math.toRadians(twoThetaMax / 2)) / wavelength;
        ReciprocalShell shell = new ReciprocalShell(ReciprocalBasis.of(lattice), gMin, gMax);
        shell.compute(sites, lattice.volume());
        return shell;
    }

    /**
     * True if peaks of this lattice are indexed in the hexagonal Miller–Bravais scheme h k i l
     * (i = −h − k), which changes which reflections count as one family: two angles within 5° of
     * 90°, one within 5° of 60° or 120°, and the two lengths at the right angles equal within
     * 0.01 Å (pymatgen's test). {@link HklFamily} keeps h k l; i follows from h and k.
     */
    public static boolean usesMillerBravais(Lattice lattice) {
        double[] lengths = lattice.abc();
        double[] angles = lattice.angles();
        int[] right = new int[3];
        int nRight = 0;
        int nHex = 0;
        for (int i = 0; i < 3; i++) {
            if (Math.abs(angles[i] - 90) < 5) {
                right[nRight++] = i;
            }
            if (Math.abs(angles[i] - 60) < 5 || Math.abs(angles[i] - 120) < 5) {
                nHex++;
            }
        }
        return nRight == 2 && nHex == 1 && Math.abs(lengths[right[0]] - lengths[right[1]]) < 0.01;
    }

    /** Settings of a calculator. */
    public static final class Builder {
        private double wavelength = 1.54184;
        private double twoThetaMin = 0;
        private double twoThetaMax = 90;
        private Radiation radiation = Radiation.XRAY;
        private final Map<Element, Double> debyeWaller = new LinkedHashMap<>();
        private boolean useSiteBiso;

        private Builder() {
        }

        /** Wavelength in Å. */
        public Builder wavelength(double angstrom) {
            if (!(angstrom > 0) || !Double.isFinite(angstrom)) {
                throw new IllegalArgumentException("wavelength must be a positive number of Å: " + angstrom);
            }
            this.wavelength = angstrom;
            return this;
        }

        /** Wavelength as a user writes it: "CuKa", "MoKa1", "1.5406", "8.04 keV" (see {@link Wavelengths#parse}). */
        public Builder wavelength(String text) {
            return wavelength(Wavelengths.parse(text));
        }

        /** The 2θ range in degrees, 0 ≤ min < max ≤ 180. */
        public Builder twoThetaRange(double min, double max) {
            if (!(min >= 0 && min < max && max <= 180)) {
                throw new IllegalArgumentException("2θ range must satisfy 0 <= min < max <= 180: " + min + ", " + max);
            }
            this.twoThetaMin = min;
            this.twoThetaMax = max;
            return this;
        }

        public Builder radiation(Radiation r) {
            this.radiation = Objects.requireNonNull(r, "radiation");
            return this;
        }

        /** Debye–Waller B (Å²) for all sites of an element; the form factor is damped by exp(−B s²). */
        public Builder debyeWaller(Element element, double b) {
            if (!Double.isFinite(b)) {
                throw new IllegalArgumentException("Debye-Waller B of " + element + " is not a number: " + b);
            }
            debyeWaller.put(Objects.requireNonNull(element, "element"), b);
            return this;
        }

        /** Debye–Waller B (Å²) for an element given by its symbol ("Cu"). */
        public Builder debyeWaller(String symbol, double b) {
            return debyeWaller(PeriodicTable.bySymbol(symbol), b);
        }

        /** Debye–Waller B (Å²) per element symbol, as pymatgen's debye_waller_factors. */
        public Builder debyeWaller(Map<String, Double> bySymbol) {
            bySymbol.forEach(this::debyeWaller);
            return this;
        }

        /**
         * Use each site's own Biso (e.g. from a CIF) where it has one, before the per-element B.
         * Off by default, as pymatgen ignores displacement parameters of the structure.
         */
        public Builder useSiteBiso(boolean on) {
            this.useSiteBiso = on;
            return this;
        }

        public XrdCalculator build() {
            return new XrdCalculator(this);
        }
    }
}
