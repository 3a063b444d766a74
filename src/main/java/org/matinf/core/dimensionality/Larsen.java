package org.matinf.core.dimensionality;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/**
 * The bonded components of a crystal and their dimensionality, as defined by Larsen, Pandey,
 * Strange and Jacobsen, Phys. Rev. Materials 3, 034003 (2019): a component is a connected part of
 * the bonded periodic graph; its dimensionality is the rank of the set of lattice translations that
 * connect a site to its own periodic images through bonds.
 *
 * <p>Computed by one breadth-first walk per component over the sites of the cell, giving each
 * site the cell offset at which the walk first reached it; every bond that closes a cycle
 * (i at o_i bonded to j at o_i + t, while j was reached at o_j) is a translation o_i + t − o_j
 * carrying the component onto itself, and these generate all such translations. The result is the
 * same as Larsen's Algorithm 1 (pymatgen's {@code get_dimensionality_larsen}), in time linear in
 * the number of bonds.
 */
public final class Larsen {
    private Larsen() {
    }

    /** The components of the graph, ordered by their lowest site index. */
    public static List<BondedComponent> components(BondGraph graph) {
        int n = graph.numSites();
        long[][] offset = new long[n][];
        List<BondedComponent> out = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (offset[start] != null) {
                continue;
            }
            PeriodicTranslations translations = new PeriodicTranslations();
            List<Integer> members = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            offset[start] = new long[3];
            queue.add(start);
            while (!queue.isEmpty()) {
                int i = queue.poll();
                members.add(i);
                for (BondGraph.Bond b : graph.bonds(i)) {
                    int[] t = b.image();
                    long[] reached = {offset[i][0] + t[0], offset[i][1] + t[1], offset[i][2] + t[2]};
                    long[] known = offset[b.to()];
                    if (known == null) {
                        offset[b.to()] = reached;
                        queue.add(b.to());
                    } else {
                        translations.add(new long[] {reached[0] - known[0], reached[1] - known[1], reached[2] - known[2]});
                    }
                }
            }
            members.sort(null);
            out.add(new BondedComponent(members, translations.rank(), translations.orientation(),
                    formula(graph.structure(), members)));
        }
        return out;
    }

    /** The structure's dimensionality: the largest of its components' (−1 for a structure without sites). */
    public static int dimensionality(BondGraph graph) {
        return components(graph).stream().mapToInt(BondedComponent::dimensionality).max().orElse(-1);
    }

    private static String formula(Structure s, List<Integer> members) {
        List<Site> sites = new ArrayList<>(members.size());
        for (int i : members) {
            sites.add(s.site(i));
        }
        return s.withSites(sites).reducedFormula();
    }
}
