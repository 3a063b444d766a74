package org.matinf.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Mat3;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;

/**
 * Reads VASP POSCAR/CONTCAR files, VASP 4 and VASP 5/6 layout.
 *
 * <ol>
 * <li>Title line (kept as the structure title).</li>
 * <li>Scale: one number (positive multiplies the lattice vectors and Cartesian positions, negative
 * is the wanted cell volume in Å³) or three positive numbers (one per Cartesian axis).</li>
 * <li>Three lattice vectors.</li>
 * <li>VASP 5: species names ("Fe", VASP 6's "Fe_pv" or "Fe/hash" with the suffix dropped), then the
 * counts. VASP 4 has only the counts; the species are then taken from the title, which must begin
 * with exactly that many element symbols, each optionally followed by its count ("Li4 Fe4 P4 O16",
 * counts must agree); otherwise the file is refused.</li>
 * <li>Optional "Selective dynamics" line (first letter S); the T/F flags after each position are
 * stored as {@code boolean[3]} in {@link Site#SELECTIVE_DYNAMICS}.</li>
 * <li>"Direct" or "Cartesian" (only the first letter counts, any case; C or K is Cartesian).</li>
 * <li>One position line per atom; words after the numbers (and flags) are ignored.</li>
 * </ol>
 * Anything after the positions (velocities, predictor-corrector blocks) is ignored. Comments after
 * '!' or '#' are dropped from every line but the title.
 */
final class PoscarReader implements StructureReader {
    private static final Pattern TITLE_SYMBOL = Pattern.compile("([A-Z][a-z]?)(\\d+(?:\\.\\d*)?)?");

    @Override
    public List<Structure> read(String text, String source) {
        LineCursor in = new LineCursor(text, source);
        String title = in.next("the title line").strip();
        double[] scale = readScale(in);
        double[][] vectors = new double[3][];
        for (int i = 0; i < 3; i++) {
            vectors[i] = threeNumbers(in, in.next("lattice vector " + (i + 1)), "lattice vector " + (i + 1));
        }
        int speciesLine = 0;
        String[] names = null;
        String[] fields = LineCursor.tokens(stripComment(in.next("the species or atom-count line")));
        if (fields.length == 0) {
            throw in.error("expected the species names or the atom counts, found an empty line");
        }
        if (!LineCursor.isInteger(fields[0])) {
            names = fields;
            speciesLine = in.lineNumber();
            fields = LineCursor.tokens(stripComment(in.next("the atom-count line")));
        }
        int[] counts = readCounts(in, fields);
        Element[] elements = names != null ? speciesFromNames(in, names, counts.length, speciesLine)
                : speciesFromTitle(in, title, counts);
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            throw in.error("the atom counts add up to zero");
        }
        String mode = stripComment(in.next("'Direct' or 'Cartesian'")).strip();
        boolean selective = !mode.isEmpty() && Character.toLowerCase(mode.charAt(0)) == 's';
        if (selective) {
            mode = stripComment(in.next("'Direct' or 'Cartesian'")).strip();
        }
        if (mode.isEmpty() || !Character.isLetter(mode.charAt(0))) {
            throw in.error("expected 'Direct' or 'Cartesian', found '" + LineCursor.abbreviate(mode) + "'");
        }
        char m = Character.toLowerCase(mode.charAt(0));
        boolean cartesian = m == 'c' || m == 'k';
        if (total > in.remaining()) {
            throw new StructureException(source, in.lineNumber(), "the atom counts add up to " + total
                    + " but only " + in.remaining() + " lines follow");
        }
        Lattice lattice = scaledLattice(in, vectors, scale);
        List<Site> sites = new ArrayList<>((int) total);
        for (int sp = 0; sp < counts.length; sp++) {
            for (int i = 0; i < counts[sp]; i++) {
                sites.add(readSite(in, lattice, elements[sp], cartesian, selective, scale));
            }
        }
        return List.of(new Structure(lattice, sites, true, title));
    }

    private static double[] readScale(LineCursor in) {
        String[] t = LineCursor.tokens(stripComment(in.next("the scale factor")));
        if (t.length == 0) {
            throw in.error("expected the scale factor, found an empty line");
        }
        if (t.length >= 3 && LineCursor.isNumber(t[1]) && LineCursor.isNumber(t[2])) {
            double[] s = {in.number(t[0], "scale factor"), in.number(t[1], "scale factor"),
                in.number(t[2], "scale factor")};
            for (double v : s) {
                if (v <= 0) {
                    throw in.error("with three scale factors, each must be positive");
                }
            }
            return s;
        }
        double s = in.number(t[0], "scale factor");
        if (s == 0) {
            throw in.error("the scale factor is zero");
        }
        return new double[] {s, s, s};
    }

    private static int[] readCounts(LineCursor in, String[] fields) {
        if (fields.length == 0) {
            throw in.error("expected the atom counts, found an empty line");
        }
        int[] counts = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            counts[i] = in.count(fields[i], "atom count");
        }
        return counts;
    }

    private static Element[] speciesFromNames(LineCursor in, String[] names, int n, int line) {
        if (names.length != n) {
            throw in.error(names.length + " species names on line " + line + " but " + n + " atom counts");
        }
        Element[] out = new Element[n];
        for (int i = 0; i < n; i++) {
            out[i] = ElementSymbols.poscar(names[i]);
            if (out[i] == null) {
                throw new StructureException(in.source(), line, "unknown element '" + LineCursor.abbreviate(names[i]) + "'");
            }
        }
        return out;
    }

    /** VASP 4: the species must be the first words of the title. */
    private static Element[] speciesFromTitle(LineCursor in, String title, int[] counts) {
        String[] words = LineCursor.tokens(title);
        List<Element> found = new ArrayList<>();
        for (String w : words) {
            Matcher m = TITLE_SYMBOL.matcher(w);
            Element e = m.matches() ? ElementSymbols.poscar(m.group(1)) : null;
            if (e == null) {
                break;
            }
            if (found.size() < counts.length && m.group(2) != null
                    && Double.parseDouble(m.group(2)) != counts[found.size()]) {
                throw new StructureException(in.source(), 1, "VASP 4 file (no species line): the title says "
                        + w + " but the counts on line " + in.lineNumber() + " say " + counts[found.size()]
                        + "; add a species line");
            }
            found.add(e);
        }
        if (found.size() != counts.length) {
            throw new StructureException(in.source(), in.lineNumber(), "VASP 4 file without a species line: "
                    + "the title must start with the " + counts.length
                    + " element symbols in POSCAR order (or add a VASP 5 species line above the counts)");
        }
        return found.toArray(new Element[0]);
    }

    private static Lattice scaledLattice(LineCursor in, double[][] vectors, double[] scale) {
        try {
            double[][] m = Mat3.copy(vectors);
            if (scale[0] < 0) {
                double v = Math.abs(Mat3.determinant(m));
                double f = Math.cbrt(-scale[0] / v);
                if (!(v > 0) || !Double.isFinite(f)) {
                    throw new StructureException(in.source(), 3, "the lattice vectors have zero volume");
                }
                scale[0] = f;
                scale[1] = f;
                scale[2] = f;
            }
            for (double[] row : m) {
                for (int k = 0; k < 3; k++) {
                    row[k] *= scale[k];
                }
            }
            return new Lattice(m);
        } catch (IllegalArgumentException ex) {
            throw new StructureException(in.source(), 3, "bad lattice vectors on lines 3-5: " + ex.getMessage(), ex);
        }
    }

    private static Site readSite(LineCursor in, Lattice lattice, Element element, boolean cartesian,
            boolean selective, double[] scale) {
        String line = stripComment(in.next("an atom position"));
        String[] t = LineCursor.tokens(line);
        double[] xyz = threeNumbers(in, line, "atom position");
        Map<String, Object> props = null;
        if (selective) {
            if (t.length < 6) {
                throw in.error("selective dynamics needs three T/F flags after the position");
            }
            boolean[] flags = new boolean[3];
            for (int k = 0; k < 3; k++) {
                flags[k] = flag(in, t[3 + k]);
            }
            props = new LinkedHashMap<>();
            props.put(Site.SELECTIVE_DYNAMICS, flags);
        }
        double[] frac = xyz;
        if (cartesian) {
            for (int k = 0; k < 3; k++) {
                xyz[k] *= scale[k];
            }
            frac = lattice.toFractional(xyz);
        }
        try {
            return new Site(Map.of(Species.of(element), 1.0), frac, null, Double.NaN, Double.NaN, props);
        } catch (IllegalArgumentException ex) {
            throw in.error("bad atom position: " + ex.getMessage(), ex);
        }
    }

    private static boolean flag(LineCursor in, String token) {
        if (token.equalsIgnoreCase("T") || token.equalsIgnoreCase(".true.")) {
            return true;
        }
        if (token.equalsIgnoreCase("F") || token.equalsIgnoreCase(".false.")) {
            return false;
        }
        throw in.error("selective-dynamics flag must be T or F, not '" + LineCursor.abbreviate(token) + "'");
    }

    private static double[] threeNumbers(LineCursor in, String line, String what) {
        String[] t = LineCursor.tokens(stripComment(line));
        if (t.length < 3) {
            throw in.error(what + " needs three numbers, found " + t.length + " fields");
        }
        return new double[] {in.number(t[0], what), in.number(t[1], what), in.number(t[2], what)};
    }

    private static String stripComment(String line) {
        int cut = line.length();
        int bang = line.indexOf('!');
        int hash = line.indexOf('#');
        if (bang >= 0) {
            cut = bang;
        }
        if (hash >= 0 && hash < cut) {
            cut = hash;
        }
        return line.substring(0, cut);
    }
}
