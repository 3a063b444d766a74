package org.matinf.core.io;

import java.util.Locale;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/**
 * Writes XYZ. A periodic structure becomes extended XYZ:
 * {@code Lattice="..." Properties=species:S:1:pos:R:3 pbc="T T T"} (plus
 * {@code :selective_dynamics:L:3} when any site has flags, and {@code comment="title"}); a molecule
 * (non-periodic structure) becomes plain XYZ with the title as comment line. Cartesian coordinates
 * in Å with 12 decimals. Oxidation states are not written; partial or mixed occupancy cannot be.
 */
final class XyzWriter implements StructureWriter {
    @Override
    public String write(Structure s) {
        boolean selective = false;
        for (int i = 0; i < s.numSites(); i++) {
            Site site = s.site(i);
            if (!site.isOrdered()) {
                throw new IllegalArgumentException("XYZ cannot hold partial or mixed occupancy, but site " + i
                        + " is " + site.speciesString() + "; order the structure first or write CIF or JSON");
            }
            selective |= s.isPeriodic() && SelectiveDynamics.of(site) != null;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(s.numSites()).append('\n');
        String title = s.title().replaceAll("\\R", " ").strip();
        if (s.isPeriodic()) {
            sb.append("Lattice=\"");
            double[][] m = s.lattice().matrix();
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : " ").append(number(m[i / 3][i % 3]));
            }
            sb.append("\" Properties=species:S:1:pos:R:3").append(selective ? ":selective_dynamics:L:3" : "");
            sb.append(" pbc=\"T T T\"");
            if (!title.isEmpty()) {
                sb.append(" comment=\"").append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        } else {
            sb.append(title);
        }
        sb.append('\n');
        for (Site site : s.sites()) {
            double[] xyz = s.lattice().toCartesian(site.frac());
            sb.append(String.format(Locale.ROOT, "%-3s %18.12f %18.12f %18.12f",
                    site.majoritySpecies().element().symbol(), xyz[0], xyz[1], xyz[2]));
            if (selective) {
                SelectiveDynamics.appendFlags(sb, site);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.12f", v);
    }
}
