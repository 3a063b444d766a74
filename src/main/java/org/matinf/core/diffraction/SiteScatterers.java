package org.matinf.core.diffraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/**
 * The sites of a structure grouped into kinds that scatter alike (same species, occupancies and
 * Debye–Waller B), with the scattering power of each kind at a given s² = (sin θ / λ)². Sites are
 * renumbered kind by kind: the sites of kind t are {@code kindStart[t] .. kindStart[t+1]-1}.
 */
final class SiteScatterers {
    final int kinds;
    final int[] kindStart;
    /** Fractional coordinates of the renumbered sites. */
    final double[] x;
    final double[] y;
    final double[] z;
    /** True if some scattering length has an imaginary part (then Friedel's law can fail). */
    final boolean complex;

    private final Radiation radiation;
    private final int[] termStart; // terms of kind t: termStart[t] .. termStart[t+1]-1
    private final int[] termElement;
    private final double[] termOccupancy;
    private final double[] termB;
    private final int[] elementZ;
    private final double[][] elementCoeffs;
    private final double[] elementRe;
    private final double[] elementIm;
    private final double[] fScratch;

    SiteScatterers(Structure structure, Radiation radiation, Map<Element, Double> debyeWaller, boolean useSiteBiso) {
        this.radiation = radiation;
        Map<String, List<Site>> byKind = new LinkedHashMap<>();
        Map<String, double[][]> kindTerms = new LinkedHashMap<>();
        List<Element> elements = new ArrayList<>();
        for (Site site : structure.sites()) {
            StringBuilder key = new StringBuilder();
            List<double[]> terms = new ArrayList<>();
            for (Map.Entry<Species, Double> e : site.species().entrySet()) {
                Element el = e.getKey().element();
                int index = elements.indexOf(el);
                if (index < 0) {
                    index = elements.size();
                    elements.add(el);
                }
                double b = useSiteBiso && Double.isFinite(site.biso()) ? site.biso()
                        : debyeWaller.getOrDefault(el, 0.0);
                terms.add(new double[] {index, e.getValue(), b});
                key.append(index).append(':').append(e.getValue()).append(':').append(b).append(';');
            }
            byKind.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(site);
            kindTerms.putIfAbsent(key.toString(), terms.toArray(new double[0][]));
        }
        kinds = byKind.size();
        kindStart = new int[kinds + 1];
        int n = structure.numSites();
        x = new double[n];
        y = new double[n];
        z = new double[n];
        termStart = new int[kinds + 1];
        int nTerms = kindTerms.values().stream().mapToInt(t -> t.length).sum();
        termElement = new int[nTerms];
        termOccupancy = new double[nTerms];
        termB = new double[nTerms];
        int t = 0;
        int s = 0;
        int term = 0;
        for (Map.Entry<String, List<Site>> e : byKind.entrySet()) {
            kindStart[t] = s;
            for (Site site : e.getValue()) {
                x[s] = site.frac(0);
                y[s] = site.frac(1);
                z[s] = site.frac(2);
                s++;
            }
            termStart[t] = term;
            for (double[] tm : kindTerms.get(e.getKey())) {
                termElement[term] = (int) tm[0];
                termOccupancy[term] = tm[1];
                termB[term] = tm[2];
                term++;
            }
            t++;
        }
        kindStart[kinds] = s;
        termStart[kinds] = term;
        int ne = elements.size();
        elementZ = new int[ne];
        elementCoeffs = new double[ne][];
        elementRe = new double[ne];
        elementIm = new double[ne];
        fScratch = new double[ne];
        boolean anyComplex = false;
        for (int i = 0; i < ne; i++) {
            Element el = elements.get(i);
            elementZ[i] = el.z();
            if (radiation == Radiation.XRAY) {
                elementCoeffs[i] = XrayFormFactors.coefficients(el);
            } else {
                elementRe[i] = NeutronScatteringLengths.real(el);
                elementIm[i] = NeutronScatteringLengths.imaginary(el);
                anyComplex |= elementIm[i] != 0;
            }
        }
        complex = anyComplex;
    }

    /**
     * The scattering power of every kind at s²: Σ occupancy · f(s²) · exp(−B s²) over the
     * species of the kind, written to {@code re[t]} and {@code im[t]}.
     */
    void weights(double s2, double[] re, double[] im) {
        if (radiation == Radiation.XRAY) {
            for (int i = 0; i < fScratch.length; i++) {
                fScratch[i] = XrayFormFactors.f(elementZ[i], elementCoeffs[i], s2);
            }
        }
        for (int t = 0; t < kinds; t++) {
            double wr = 0;
            double wi = 0;
            for (int m = termStart[t]; m < termStart[t + 1]; m++) {
                int el = termElement[m];
                double dw = termB[m] == 0 ? 1.0 : Math.exp(-termB[m] * s2);
                if (radiation == Radiation.XRAY) {
                    wr += fScratch[el] * termOccupancy[m] * dw;
                } else {
                    wr += elementRe[el] * termOccupancy[m] * dw;
                    wi += elementIm[el] * termOccupancy[m] * dw;
                }
            }
            re[t] = wr;
            im[t] = wi;
        }
    }
}
