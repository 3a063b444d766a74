package org.matinf.core.descriptors.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Structure;

/**
 * Partial radial distribution functions as matminer's {@code PartialRadialDistributionFunction}
 * (Schütt et al., PRB 89, 205118, 2014): for each pair of elements (A, B) of a fixed element list,
 * the number of B neighbours of A sites in each distance bin, divided by the bin's shell volume and
 * by the number of A sites. Pairs are those of the element list taken with repetition, A before B,
 * the list ordered as pymatgen orders elements (by electronegativity, then symbol); pairs absent
 * from a structure are zero. Labels as matminer's, e.g. {@code "Na-Cl PRDF r=0.00-0.10"}.
 * Defined for ordered periodic structures; NaN otherwise.
 */
public final class PartialRadialDistributionFunction implements StructureFeaturizer {
    /** pymatgen's element order: electronegativity (none last), then symbol. */
    public static final Comparator<Element> PYMATGEN_ORDER = Comparator
            .comparingDouble(Element::electronegativityForOrdering).thenComparing(Element::symbol);

    private final DistanceBins bins;
    private final List<Element> elements;
    private final Map<Element, Integer> index = new HashMap<>();
    private final List<String> labels;

    /**
     * @param cutoff largest distance in Å; @param binWidth bin width in Å
     * @param elements the elements whose pairs are featurised (any order; duplicates ignored)
     */
    public PartialRadialDistributionFunction(double cutoff, double binWidth, List<Element> elements) {
        this.bins = new DistanceBins(cutoff, binWidth);
        List<Element> sorted = new ArrayList<>(new LinkedHashSet<>(elements));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("Partial RDFs need at least one element");
        }
        sorted.sort(PYMATGEN_ORDER);
        this.elements = List.copyOf(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i), i);
        }
        List<String> l = new ArrayList<>();
        for (int a = 0; a < sorted.size(); a++) {
            for (int b = a; b < sorted.size(); b++) {
                for (int bin = 0; bin < bins.count(); bin++) {
                    l.add(String.format(Locale.ROOT, "%s-%s PRDF r=%.2f-%.2f", sorted.get(a), sorted.get(b),
                            bins.lower(bin), bins.upper(bin)));
                }
            }
        }
        this.labels = List.copyOf(l);
    }

    /** A featuriser for every element of the structures (matminer's {@code fit}). */
    public static PartialRadialDistributionFunction fit(double cutoff, double binWidth, List<Structure> structures) {
        return new PartialRadialDistributionFunction(cutoff, binWidth, elementsOf(structures));
    }

    /** The distinct elements of the structures, in the order met. */
    public static List<Element> elementsOf(List<Structure> structures) {
        Set<Element> out = new LinkedHashSet<>();
        for (Structure s : structures) {
            out.addAll(s.composition().elements());
        }
        return List.copyOf(out);
    }

    /** The element list in feature order. */
    public List<Element> elements() {
        return elements;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[] featurize(Structure s) {
        int ne = elements.size();
        int nb = bins.count();
        double[] out = new double[labels.size()];
        if (!s.isPeriodic() || !s.isOrdered() || s.numSites() == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        int[] type = new int[s.numSites()];
        int[] sitesOf = new int[ne];
        for (int i = 0; i < type.length; i++) {
            Element e = s.site(i).species().keySet().iterator().next().element();
            Integer t = index.get(e);
            if (t == null) {
                throw new IllegalArgumentException("Element " + e + " of " + s.reducedFormula()
                        + " is not among the partial-RDF elements " + elements);
            }
            type[i] = t;
            sitesOf[t]++;
        }
        PairDistances.forEach(s, bins.reach(), (i, j, d) -> {
            int a = type[i];
            int b = type[j];
            int bin = bins.of(d);
            if (a <= b && bin >= 0) {
                out[pairIndex(a, b, ne) * nb + bin]++;
            }
        });
        for (int a = 0; a < ne; a++) {
            for (int b = a; b < ne; b++) {
                int off = pairIndex(a, b, ne) * nb;
                for (int bin = 0; bin < nb; bin++) {
                    out[off + bin] = sitesOf[a] == 0 ? 0 : out[off + bin] / (bins.shellVolume(bin) * sitesOf[a]);
                }
            }
        }
        return out;
    }

    /** Position of the pair a ≤ b among the pairs (0,0), (0,1), ..., (1,1), ... of n elements. */
    private static int pairIndex(int a, int b, int n) {
        return a * n - a * (a - 1) / 2 + (b - a);
    }
}
