package org.matinf.core.diffraction.electron;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/**
 * Kinematic electron structure factors F(hkl) = Σⱼ oⱼ f_e,j(s) exp(−Bⱼ s²) exp(2πi h·xⱼ) of a crystal,
 * with s = 1 / (2 d(hkl)); B is a site's isotropic displacement parameter when the file gives one,
 * else 0. Immutable and safe to share between threads.
 */
public final class ElectronStructureFactors {
    private final Lattice lattice;
    private final ElectronScattering model;
    private final Element[] elements;
    /** Per term: element index, occupancy, B, fractional x, y, z. */
    private final int[] termElement;
    private final double[] occupancy;
    private final double[] biso;
    private final double[][] frac;

    /**
     * @throws IllegalArgumentException if the model has no scattering factors for an element of
     *     the structure, or the structure is not periodic
     */
    public ElectronStructureFactors(Structure structure, ElectronScattering model) {
        if (!structure.isPeriodic()) {
            throw new IllegalArgumentException("electron diffraction needs a periodic crystal, not a molecule");
        }
        this.lattice = structure.lattice();
        this.model = model;
        List<Element> els = new ArrayList<>();
        List<double[]> terms = new ArrayList<>();
        for (Site site : structure.sites()) {
            for (Map.Entry<Species, Double> e : site.species().entrySet()) {
                Element el = e.getKey().element();
                if (!model.has(el)) {
                    model.f(el, 0); // throws with the element named
                }
                int index = els.indexOf(el);
                if (index < 0) {
                    index = els.size();
                    els.add(el);
                }
                double b = Double.isFinite(site.biso()) ? site.biso() : 0.0;
                terms.add(new double[] {index, e.getValue(), b, site.frac(0), site.frac(1), site.frac(2)});
            }
        }
        elements = els.toArray(new Element[0]);
        int n = terms.size();
        termElement = new int[n];
        occupancy = new double[n];
        biso = new double[n];
        frac = new double[n][];
        for (int t = 0; t < n; t++) {
            double[] term = terms.get(t);
            termElement[t] = (int) term[0];
            occupancy[t] = term[1];
            biso[t] = term[2];
            frac[t] = new double[] {term[3], term[4], term[5]};
        }
    }

    /** The lattice the indices refer to. */
    public Lattice lattice() {
        return lattice;
    }

    /** The scattering-factor model. */
    public ElectronScattering model() {
        return model;
    }

    /** F(hkl) as {real, imaginary}, in Å. F(000) is the sum of the forward scattering factors. */
    public double[] complex(int h, int k, int l) {
        double s = h == 0 && k == 0 && l == 0 ? 0 : 0.5 / lattice.dSpacing(h, k, l);
        double s2 = s * s;
        double[] f = new double[elements.length];
        for (int e = 0; e < elements.length; e++) {
            f[e] = model.f(elements[e], s);
        }
        double re = 0;
        double im = 0;
        for (int t = 0; t < termElement.length; t++) {
            double amplitude = occupancy[t] * f[termElement[t]] * Math.exp(-biso[t] * s2);
            double phase = 2 * Math.PI * (h * frac[t][0] + k * frac[t][1] + l * frac[t][2]);
            re += amplitude * Math.cos(phase);
            im += amplitude * Math.sin(phase);
        }
        return new double[] {re, im};
    }

    /** |F(hkl)|² in Å². */
    public double intensity(int h, int k, int l) {
        double[] c = complex(h, k, l);
        return c[0] * c[0] + c[1] * c[1];
    }
}
