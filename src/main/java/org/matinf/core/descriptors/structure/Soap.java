package org.matinf.core.descriptors.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;
import org.matinf.core.structure.NeighborList;
import org.matinf.core.structure.Structure;

/**
 * The SOAP power spectrum (Bartók, Kondor and Csányi, PRB 87, 184115, 2013) with DScribe's GTO
 * radial basis ({@link GtoRadialBasis}) and real spherical harmonics.
 *
 * <p>Around each centre the density of element Z is a sum of unnormalised Gaussians
 * exp(−|r − R_j|² / 2σ²) on the atoms j of Z (the centre included; periodic images included; a site
 * shared by several species counts with each species' occupancy). Atoms farther than
 * r_cut + σ √(−2 ln 10⁻³) are left out, as in DScribe. The density is expanded as
 * c^Z_nlm = ∫ g_nl(r) Y_lm(r̂) ρ^Z(r) d³r (evaluated in closed form) and the power spectrum is
 * p^(Z1 Z2)_(n n' l) = π √(8 / (2l + 1)) Σ_m c^Z1_nlm c^Z2_n'lm.
 *
 * <p>Features are ordered by element pair (Z1 ≤ Z2, elements by atomic number), then n, then n'
 * (n' ≥ n when Z1 = Z2), then l; labels look like {@code "soap Si-O n0 n1 l2"}. As a structure
 * featuriser it returns the structure average chosen by {@link SoapAverage}; per-site vectors come
 * from {@link #sites}.
 */
public final class Soap implements StructureFeaturizer {
    private final double rcut;
    private final double sigma;
    private final GtoRadialBasis basis;
    private final RealSphericalHarmonics harmonics;
    private final List<Element> elements;
    private final Map<Element, Integer> index = new HashMap<>();
    private final SoapAverage average;
    private final List<String> labels;

    /**
     * @param rcut cut-off radius in Å (&gt; 1); @param nmax number of radial functions;
     * @param lmax largest degree of the spherical harmonics; @param sigma Gaussian width in Å;
     * @param elements the elements of the data set (any order); @param average the structure average
     */
    public Soap(double rcut, int nmax, int lmax, double sigma, List<Element> elements, SoapAverage average) {
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("SOAP sigma must be a positive number of Å: " + sigma);
        }
        this.rcut = rcut;
        this.sigma = sigma;
        this.basis = new GtoRadialBasis(rcut, nmax, lmax);
        this.harmonics = new RealSphericalHarmonics(lmax);
        List<Element> sorted = new ArrayList<>(new LinkedHashSet<>(elements));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("SOAP needs at least one element");
        }
        sorted.sort(Comparator.comparingInt(Element::z));
        this.elements = List.copyOf(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i), i);
        }
        this.average = average;
        this.labels = makeLabels();
    }

    private List<String> makeLabels() {
        List<String> out = new ArrayList<>();
        int nmax = basis.nmax();
        for (int z1 = 0; z1 < elements.size(); z1++) {
            for (int z2 = z1; z2 < elements.size(); z2++) {
                for (int n = 0; n < nmax; n++) {
                    for (int n2 = z1 == z2 ? n : 0; n2 < nmax; n2++) {
                        for (int l = 0; l <= basis.lmax(); l++) {
                            out.add("soap " + elements.get(z1) + "-" + elements.get(z2) + " n" + n + " n" + n2 + " l" + l);
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The element list in feature order (by atomic number). */
    public List<Element> elements() {
        return elements;
    }

    /** Atoms farther than this from a centre (Å) are left out: r_cut + σ √(−2 ln 10⁻³). */
    public double reach() {
        return rcut + sigma * Math.sqrt(-2 * Math.log(1e-3));
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    /** Number of expansion coefficients per centre: elements × n_max × (l_max + 1)². */
    public int coefficientCount() {
        return elements.size() * basis.nmax() * harmonics.size();
    }

    /**
     * The expansion coefficients c^Z_nlm of every site, [site][(Z · n_max + n) · (l_max+1)² + l² + l + m].
     *
     * @throws IllegalArgumentException for an element outside this featuriser's element list
     */
    public double[][] coefficients(Structure s) {
        int nmax = basis.nmax();
        int lmax = basis.lmax();
        int nh = harmonics.size();
        double[][] radial = new double[lmax + 1][nmax];
        double[] primitive = new double[nmax];
        double[] ylm = new double[nh];
        double[] work = new double[nh];
        int[][] speciesIndex = new int[s.numSites()][];
        double[][] occupancy = new double[s.numSites()][];
        for (int i = 0; i < s.numSites(); i++) {
            Map<Species, Double> sp = s.site(i).species();
            speciesIndex[i] = new int[sp.size()];
            occupancy[i] = new double[sp.size()];
            int k = 0;
            for (Map.Entry<Species, Double> e : sp.entrySet()) {
                Integer t = index.get(e.getKey().element());
                if (t == null) {
                    throw new IllegalArgumentException("Element " + e.getKey().element() + " of " + s.reducedFormula()
                            + " is not among the SOAP elements " + elements);
                }
                speciesIndex[i][k] = t;
                occupancy[i][k++] = e.getValue();
            }
        }
        double[][] out = new double[s.numSites()][coefficientCount()];
        NeighborList nl = s.neighbors(reach());
        double[][] cart = s.cartesianCoordinates();
        double[] d = new double[3];
        for (int i = 0; i < s.numSites(); i++) {
            // the centre's own atom: only l = 0 contributes
            basis.integrals(0, sigma, radial, primitive);
            Arrays.fill(ylm, 0);
            ylm[0] = 0.5 / Math.sqrt(Math.PI);
            add(out[i], speciesIndex[i], occupancy[i], radial, ylm);
        }
        for (int k = 0; k < nl.size(); k++) {
            int i = nl.center(k);
            int j = nl.neighbor(k);
            int[] img = nl.image(k);
            double[] shift = s.lattice().toCartesian(new double[] {img[0], img[1], img[2]});
            for (int c = 0; c < 3; c++) {
                d[c] = cart[j][c] + shift[c] - cart[i][c];
            }
            basis.integrals(nl.distance(k), sigma, radial, primitive);
            harmonics.evaluate(d[0], d[1], d[2], ylm, work);
            add(out[i], speciesIndex[j], occupancy[j], radial, ylm);
        }
        return out;
    }

    /** Adds one atom's 4π Y_lm(R̂) ∫ … to the coefficients of a centre. */
    private void add(double[] coeffs, int[] species, double[] occupancy, double[][] radial, double[] ylm) {
        int nmax = basis.nmax();
        int nh = harmonics.size();
        for (int t = 0; t < species.length; t++) {
            double w = 4 * Math.PI * occupancy[t];
            for (int n = 0; n < nmax; n++) {
                int off = (species[t] * nmax + n) * nh;
                for (int l = 0; l <= basis.lmax(); l++) {
                    double r = w * radial[l][n];
                    if (r == 0) {
                        continue;
                    }
                    for (int lm = l * l; lm < (l + 1) * (l + 1); lm++) {
                        coeffs[off + lm] += r * ylm[lm];
                    }
                }
            }
        }
    }

    /** The power spectrum of one set of expansion coefficients (see {@link #coefficients}). */
    public double[] powerSpectrum(double[] c) {
        int nmax = basis.nmax();
        int lmax = basis.lmax();
        int nh = harmonics.size();
        int ne = elements.size();
        boolean[] present = new boolean[ne];
        for (int z = 0; z < ne; z++) {
            for (int q = z * nmax * nh; q < (z + 1) * nmax * nh && !present[z]; q++) {
                present[z] = c[q] != 0;
            }
        }
        double[] out = new double[labels.size()];
        int p = 0;
        for (int z1 = 0; z1 < ne; z1++) {
            for (int z2 = z1; z2 < ne; z2++) {
                int block = (z1 == z2 ? nmax * (nmax + 1) / 2 : nmax * nmax) * (lmax + 1);
                if (!present[z1] || !present[z2]) {
                    p += block;
                    continue;
                }
                for (int n = 0; n < nmax; n++) {
                    int o1 = (z1 * nmax + n) * nh;
                    for (int n2 = z1 == z2 ? n : 0; n2 < nmax; n2++) {
                        int o2 = (z2 * nmax + n2) * nh;
                        for (int l = 0; l <= lmax; l++) {
                            double sum = 0;
                            for (int lm = l * l; lm < (l + 1) * (l + 1); lm++) {
                                sum += c[o1 + lm] * c[o2 + lm];
                            }
                            out[p++] = Math.PI * Math.sqrt(8.0 / (2 * l + 1)) * sum;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The power spectrum of every site, [site][feature]. */
    public double[][] sites(Structure s) {
        double[][] c = coefficients(s);
        double[][] out = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            out[i] = powerSpectrum(c[i]);
        }
        return out;
    }

    /** The structure average chosen at construction; NaN for a structure without sites. */
    @Override
    public double[] featurize(Structure s) {
        if (s.numSites() == 0) {
            double[] nan = new double[labels.size()];
            Arrays.fill(nan, Double.NaN);
            return nan;
        }
        double[][] c = coefficients(s);
        if (average == SoapAverage.INNER) {
            return powerSpectrum(mean(c));
        }
        double[][] spectra = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            spectra[i] = powerSpectrum(c[i]);
        }
        return mean(spectra);
    }

    private static double[] mean(double[][] rows) {
        double[] m = new double[rows[0].length];
        for (double[] r : rows) {
            for (int k = 0; k < m.length; k++) {
                m[k] += r[k];
            }
        }
        for (int k = 0; k < m.length; k++) {
            m[k] /= rows.length;
        }
        return m;
    }
}
