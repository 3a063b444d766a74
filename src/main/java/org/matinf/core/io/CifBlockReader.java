package org.matinf.core.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;
import org.matinf.core.symmetry.SpaceGroup;

/** Builds the structure of one CIF data block: cell, symmetry, asymmetric unit, expansion, site order. */
final class CifBlockReader {
    private static final double EIGHT_PI_SQUARED = 8 * Math.PI * Math.PI;
    /** Occupancies of one site may sum to this much above 1 (rounding in the file) before it is an error. */
    private static final double OCCUPANCY_SLACK = 1e-3;

    private final CifBlock block;
    private final String source;

    CifBlockReader(CifBlock block, String source) {
        this.block = block;
        this.source = source;
    }

    /** True if the block lists atom sites (blocks without them, e.g. "data_global", are skipped). */
    static boolean hasAtomSites(CifBlock b) {
        return b.has("_atom_site_fract_x") || b.has("_atom_site_cartn_x");
    }

    Structure read() {
        Lattice lattice = lattice();
        SpaceGroup group = CifSymmetry.of(block, source, lattice);
        List<Site> asym = new CifAtomSites(block, source, lattice).read();
        if (asym.isEmpty()) {
            throw new StructureException(source, block.lineOf("_atom_site_fract_x"), "no atom site with a non-zero"
                    + " occupancy in data block '" + block.name() + "'");
        }
        List<Site> sites = group.expand(lattice, asym, CifReader.SITE_TOLERANCE);
        for (Site s : sites) {
            if (s.totalOccupancy() > 1 + OCCUPANCY_SLACK) {
                throw new StructureException(source, lineOfLabel(s.label()), String.format(
                        java.util.Locale.ROOT, "occupancies on site %s sum to %.4f, more than 1 (atoms listed twice"
                        + " or at symmetry-equivalent positions?)", s.label() == null ? s.toString() : s.label(),
                        s.totalOccupancy()));
            }
        }
        sites = new ArrayList<>(sites);
        sites.sort(PYMATGEN_ORDER);
        return new Structure(lattice, sites, true, block.name());
    }

    /** The line of the atom-site row with this label, else the line of the atom-site loop. */
    private int lineOfLabel(String label) {
        for (CifParser.Token t : block.column("_atom_site_label")) {
            if (t.text.equals(label)) {
                return t.line;
            }
        }
        return block.lineOf(block.has("_atom_site_fract_x") ? "_atom_site_fract_x" : "_atom_site_cartn_x");
    }

    /**
     * pymatgen's site order for structures read from CIF: by average electronegativity of the species
     * on the site, then by species string; a stable sort, so equal sites keep the file order.
     */
    static final Comparator<Site> PYMATGEN_ORDER = Comparator.comparingDouble(CifBlockReader::averageElectronegativity)
            .thenComparing(Site::speciesString);

    private static double averageElectronegativity(Site s) {
        double sum = 0;
        double n = 0;
        for (Map.Entry<Species, Double> e : s.species().entrySet()) {
            sum += e.getKey().element().electronegativity() * e.getValue();
            n += e.getValue();
        }
        return sum / n;
    }

    private Lattice lattice() {
        double[] p = new double[6];
        String[] names = {"_cell_length_a", "_cell_length_b", "_cell_length_c", "_cell_angle_alpha",
            "_cell_angle_beta", "_cell_angle_gamma"};
        for (int i = 0; i < 6; i++) {
            CifParser.Token t = block.value(names[i]);
            if (t == null && i >= 3) {
                p[i] = 90; // the CIF dictionary's default angle
            } else if (t == null) {
                throw new StructureException(source, block.line(), "data block '" + block.name() + "' has atom sites"
                        + " but no cell: " + names[i] + " is missing");
            } else {
                p[i] = CifNumbers.parse(t, source, names[i]);
            }
        }
        try {
            return Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
        } catch (IllegalArgumentException ex) {
            throw new StructureException(source, block.lineOf(names[0]), "the cell " + java.util.Arrays.toString(p)
                    + " is not a valid cell: " + ex.getMessage());
        }
    }

    /** Reads the atom-site loop into the sites of the asymmetric unit. */
    private static final class CifAtomSites {
        private final CifBlock block;
        private final String source;
        private final Lattice lattice;
        private final Map<String, Double> oxidationStates;

        CifAtomSites(CifBlock block, String source, Lattice lattice) {
            this.block = block;
            this.source = source;
            this.lattice = lattice;
            this.oxidationStates = oxidationStates();
        }

        List<Site> read() {
            boolean fractional = block.has("_atom_site_fract_x");
            String[] xyz = fractional ? new String[] {"_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z"}
                    : new String[] {"_atom_site_cartn_x", "_atom_site_cartn_y", "_atom_site_cartn_z"};
            int n = block.column(xyz[0]).size();
            String symbolTag = block.has("_atom_site_type_symbol") ? "_atom_site_type_symbol" : null;
            String labelTag = block.has("_atom_site_label") ? "_atom_site_label" : null;
            String occTag = block.has("_atom_site_occupancy") ? "_atom_site_occupancy" : null;
            String bTag = block.firstPresent("_atom_site_b_iso_or_equiv", "_atom_site_u_iso_or_equiv");
            String chargeTag = block.has("_atom_site_charge") ? "_atom_site_charge" : null;
            for (String tag : new String[] {xyz[1], xyz[2], symbolTag, labelTag, occTag, bTag, chargeTag}) {
                if (tag != null && block.column(tag).size() != n) {
                    throw new StructureException(source, block.lineOf(tag), tag + " has " + block.column(tag).size()
                            + " values but there are " + n + " atom sites; it must be in the same loop as " + xyz[0]);
                }
            }
            if (symbolTag == null && labelTag == null) {
                throw new StructureException(source, block.lineOf(xyz[0]), "atom sites have neither"
                        + " _atom_site_type_symbol nor _atom_site_label, so their elements are unknown");
            }
            List<Site> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Site s = site(i, xyz, fractional, symbolTag, labelTag, occTag, bTag, chargeTag);
                if (s != null) {
                    out.add(s);
                }
            }
            return out;
        }

        private Site site(int i, String[] xyz, boolean fractional, String symbolTag, String labelTag, String occTag,
                String bTag, String chargeTag) {
            CifParser.Token typeToken = symbolTag == null ? null : block.column(symbolTag).get(i);
            CifParser.Token labelToken = labelTag == null ? null : block.column(labelTag).get(i);
            CifParser.Token named = CifBlock.isMissing(typeToken) ? labelToken : typeToken;
            if (CifBlock.isMissing(named)) {
                throw new StructureException(source, (typeToken != null ? typeToken : labelToken).line,
                        "atom site " + (i + 1) + " has neither a type symbol nor a label");
            }
            Element el = CifSymbols.element(named.text);
            if (el == null) {
                throw new StructureException(source, named.line, "unknown element in atom site '" + named.text + "'");
            }
            double occ = 1;
            if (occTag != null && !CifBlock.isMissing(block.column(occTag).get(i))) {
                occ = CifNumbers.parse(block.column(occTag).get(i), source, occTag);
                if (occ < 0 || occ > 1 + OCCUPANCY_SLACK) {
                    throw new StructureException(source, block.column(occTag).get(i).line, "occupancy " + occ
                            + " of atom site '" + named.text + "' is not between 0 and 1");
                }
            }
            if (occ == 0) {
                return null;
            }
            double[] pos = new double[3];
            for (int k = 0; k < 3; k++) {
                pos[k] = CifNumbers.parse(block.column(xyz[k]).get(i), source, xyz[k]);
            }
            double[] frac = fractional ? pos : cifCartesianToFractional(pos);
            for (int k = 0; k < 3; k++) {
                frac[k] = snapThirds(frac[k]);
            }
            Species sp = species(el, typeToken);
            String label = CifBlock.isMissing(labelToken) ? null : labelToken.text;
            return new Site(Map.of(sp, occ), frac, label, biso(bTag, i), optional(chargeTag, i), null);
        }

        private Species species(Element el, CifParser.Token typeToken) {
            if (oxidationStates == null) {
                return Species.of(el);
            }
            double ox = oxidationStates.getOrDefault(el.symbol(), 0.0);
            if (!CifBlock.isMissing(typeToken)) {
                ox = oxidationStates.getOrDefault(typeToken.text, ox);
            }
            return new Species(el, ox);
        }

        private double biso(String tag, int i) {
            double v = optional(tag, i);
            return tag != null && tag.startsWith("_atom_site_u") ? v * EIGHT_PI_SQUARED : v;
        }

        private double optional(String tag, int i) {
            if (tag == null || CifBlock.isMissing(block.column(tag).get(i))) {
                return Double.NaN;
            }
            return CifNumbers.parse(block.column(tag).get(i), source, tag);
        }

        /**
         * Oxidation states from the {@code _atom_type} loop, by type symbol ("Fe3+") and by bare element
         * symbol ("Fe"); null if the loop or a number is missing. As in pymatgen, when such a table exists
         * every species gets an oxidation state (0 if the table does not name it).
         */
        private Map<String, Double> oxidationStates() {
            List<CifParser.Token> symbols = block.column("_atom_type_symbol");
            List<CifParser.Token> numbers = block.column("_atom_type_oxidation_number");
            if (symbols.isEmpty() || numbers.size() != symbols.size()) {
                return null;
            }
            Map<String, Double> m = new HashMap<>();
            for (int i = 0; i < symbols.size(); i++) {
                if (CifBlock.isMissing(numbers.get(i))) {
                    return null;
                }
                m.put(symbols.get(i).text, CifNumbers.parse(numbers.get(i), source, "_atom_type_oxidation_number"));
            }
            for (int i = 0; i < symbols.size(); i++) {
                m.put(CifSymbols.stripCharge(symbols.get(i).text), m.get(symbols.get(i).text));
            }
            return m;
        }

        /**
         * Cartesian coordinates in the CIF default frame (x along a, y in the ab plane) to fractional ones;
         * the structure itself uses pymatgen's orientation, which only rotates the frame.
         */
        private double[] cifCartesianToFractional(double[] cart) {
            double[] abc = lattice.abc();
            double ca = Math.cos(Math.toRadians(lattice.alpha()));
            double cb = Math.cos(Math.toRadians(lattice.beta()));
            double cg = Math.cos(Math.toRadians(lattice.gamma()));
            double sg = Math.sin(Math.toRadians(lattice.gamma()));
            double cx = abc[2] * cb;
            double cy = abc[2] * (ca - cb * cg) / sg;
            double cz = Math.sqrt(Math.max(0, abc[2] * abc[2] - cx * cx - cy * cy));
            Lattice cifFrame = new Lattice(new double[][] {{abc[0], 0, 0}, {abc[1] * cg, abc[1] * sg, 0}, {cx, cy, cz}});
            return cifFrame.toFractional(cart);
        }

        /**
         * Coordinates within a relative 1e-4 of ±1/3 or ±2/3 become exact ("0.3333" is 1/3), as pymatgen
         * does, so that symmetry copies of such sites coincide.
         */
        private static double snapThirds(double x) {
            for (double third : new double[] {1.0 / 3, 2.0 / 3, -1.0 / 3, -2.0 / 3}) {
                if (Math.abs(1 - x / third) < 1e-4) {
                    return third;
                }
            }
            return x;
        }
    }
}
