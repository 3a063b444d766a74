package org.matinf.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/**
 * Writes VASP 5 POSCAR files: scale 1.0, the lattice vectors, species names and counts for each
 * run of consecutive sites of the same element (site order is kept, as pymatgen's Poscar does),
 * "Selective dynamics" with T/F flags when any site has {@link Site#SELECTIVE_DYNAMICS} (sites
 * without it are written T T T), and Direct coordinates with 16 decimals. Oxidation states are not
 * written. A site with partial or mixed occupancy cannot be written to POSCAR.
 */
final class PoscarWriter implements StructureWriter {
    @Override
    public String write(Structure s) {
        for (int i = 0; i < s.numSites(); i++) {
            if (!s.site(i).isOrdered()) {
                throw new IllegalArgumentException("POSCAR cannot hold partial or mixed occupancy, but site " + i
                        + " is " + s.site(i).speciesString() + "; order the structure first or write CIF or JSON");
            }
        }
        List<Element> runElements = new ArrayList<>();
        List<Integer> runCounts = new ArrayList<>();
        boolean selective = false;
        for (Site site : s.sites()) {
            Element e = site.majoritySpecies().element();
            int last = runElements.size() - 1;
            if (last >= 0 && runElements.get(last).equals(e)) {
                runCounts.set(last, runCounts.get(last) + 1);
            } else {
                runElements.add(e);
                runCounts.add(1);
            }
            selective |= SelectiveDynamics.of(site) != null;
        }
        StringBuilder sb = new StringBuilder();
        String title = s.title().isBlank() ? s.formula() : s.title();
        sb.append(title.replaceAll("\\R", " ").strip()).append('\n');
        sb.append("1.0\n");
        for (double[] row : s.lattice().matrix()) {
            sb.append(String.format(Locale.ROOT, "  %22.16f %22.16f %22.16f\n", row[0], row[1], row[2]));
        }
        StringBuilder names = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < runElements.size(); i++) {
            String sym = runElements.get(i).symbol();
            String n = Integer.toString(runCounts.get(i));
            int w = Math.max(sym.length(), n.length()) + 2;
            names.append(String.format(Locale.ROOT, "%" + w + "s", sym));
            counts.append(String.format(Locale.ROOT, "%" + w + "s", n));
        }
        sb.append(names).append('\n').append(counts).append('\n');
        if (selective) {
            sb.append("Selective dynamics\n");
        }
        sb.append("Direct\n");
        for (Site site : s.sites()) {
            sb.append(String.format(Locale.ROOT, "  %20.16f %20.16f %20.16f", site.frac(0), site.frac(1), site.frac(2)));
            if (selective) {
                SelectiveDynamics.appendFlags(sb, site);
            }
            sb.append(' ').append(site.majoritySpecies().element().symbol()).append('\n');
        }
        return sb.toString();
    }
}
