package org.matinf.core.symmetry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.structure.Mat3;

/**
 * The settings MatInf can look up by symbol, each given as a transformation of the standard setting:
 * <ul>
 * <li>the standard symbol of each of the 230 groups, plus the old cubic spelling without the bar
 * ("Fm3m"), and the older symbols of the five groups whose glide was renamed "e" (Cmca for Cmce, ...);</li>
 * <li>origin choice 1 (":1") of the 24 groups with two origins: the standard (origin choice 2)
 * operations moved to the origin of choice 1;</li>
 * <li>rhombohedral axes (":R") of the 7 R groups: the hexagonal operations on the primitive
 * rhombohedral basis (obverse setting);</li>
 * <li>the nine monoclinic settings (unique axis b, c or a; cell choice 1, 2 or 3, full symbols such as
 * "P 1 21/n 1", "P 1 1 21/a", "P 21/b 1 1"; short ones such as "P21/n" for unique axis b) and the six
 * orthorhombic settings (abc, ba-c, cab, -cba, bca, a-cb; "Pnma", "Pmnb", "Pbnm", ...). The symbol of a
 * setting is found by carrying the glide and centring vectors of the standard symbol into the new
 * basis.</li>
 * </ul>
 */
final class SettingTable {
    /** One setting: the group number, its symbol, the basis change P (columns are new vectors) and origin. */
    static final class Setting {
        final int number;
        final String symbol;
        final double[][] basis;
        final double[] origin;

        Setting(int number, String symbol, double[][] basis, double[] origin) {
            this.number = number;
            this.symbol = symbol;
            this.basis = basis;
            this.origin = origin;
        }
    }

    /** Origin of choice 1 in the coordinates of choice 2, in eighths. */
    private static final int[][] ORIGIN_ONE_EIGHTHS = {
        {48, 2, 2, 2}, {50, 2, 2, 0}, {59, 2, 2, 0}, {68, 0, 2, 2}, {70, 3, 3, 3}, {85, 2, 6, 0}, {86, 2, 2, 2},
        {88, 0, 6, 3}, {125, 2, 2, 0}, {126, 2, 2, 2}, {129, 2, 6, 0}, {130, 2, 6, 0}, {133, 2, 6, 2},
        {134, 2, 6, 2}, {137, 2, 6, 2}, {138, 2, 6, 2}, {141, 0, 2, 3}, {142, 0, 2, 3}, {201, 2, 2, 2},
        {203, 3, 3, 3}, {222, 2, 2, 2}, {224, 2, 2, 2}, {227, 3, 3, 3}, {228, 1, 1, 1}};

    private static final Map<Integer, double[]> ORIGIN_ONE = originOne();

    private static final int[] RHOMBOHEDRAL = {146, 148, 155, 160, 161, 166, 167};

    /** Older symbols of the groups with an "e" glide (ITA 2002 renamed them). */
    private static final Object[][] OLD_E_SYMBOLS = {{39, "Abm2"}, {41, "Aba2"}, {64, "Cmca"}, {67, "Cmma"},
        {68, "Ccca"}};

    private static final double[][] IDENTITY = Mat3.identity();
    private static final double[] ZERO = new double[3];

    /** Rhombohedral basis in hexagonal coordinates (obverse): columns a_R, b_R, c_R. */
    private static final double[][] HEX_TO_RHOMB = {{2.0 / 3, -1.0 / 3, -1.0 / 3}, {1.0 / 3, 1.0 / 3, -2.0 / 3},
        {1.0 / 3, 1.0 / 3, 1.0 / 3}};

    /** Monoclinic cell choices 1, 2, 3 for unique axis b (columns: new a, b, c). */
    private static final double[][][] CELL_CHOICES = {IDENTITY, {{-1, 0, 1}, {0, 1, 0}, {-1, 0, 0}},
        {{0, 0, -1}, {0, 1, 0}, {1, 0, -1}}};

    /** Interchange of a and c with b reversed: the second series of monoclinic cell choices ("C 1 n 1"). */
    private static final double[][] SWAP_A_C = {{0, 0, 1}, {0, -1, 0}, {1, 0, 0}};

    /** From unique axis b to unique axis b, c and a (cyclic permutations of the axes). */
    private static final double[][][] UNIQUE_AXES = {IDENTITY, {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}},
        {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}};

    /** The six orthorhombic settings abc, ba-c, cab, -cba, bca, a-cb (columns: new a, b, c). */
    private static final double[][][] ORTHO_SETTINGS = {IDENTITY, {{0, 1, 0}, {1, 0, 0}, {0, 0, -1}},
        {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}, {{0, 0, 1}, {0, 1, 0}, {-1, 0, 0}}, {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},
        {{1, 0, 0}, {0, 0, 1}, {0, -1, 0}}};

    private SettingTable() {
    }

    /** Every setting by lookup key (see {@link HermannMauguin#key}); keys with a suffix end in ":1" or ":R". */
    static Map<String, Setting> build(List<SpaceGroup> standard) {
        Map<String, Setting> map = new HashMap<>();
        for (SpaceGroup g : standard) {
            int n = g.number();
            String sym = g.symbol();
            put(map, HermannMauguin.key(sym), new Setting(n, sym, IDENTITY, ZERO));
            if (n >= 195 && sym.contains("-3")) {
                put(map, HermannMauguin.key(sym.replace("-3", "3")), new Setting(n, sym, IDENTITY, ZERO));
            }
        }
        for (Object[] old : OLD_E_SYMBOLS) {
            int n = (Integer) old[0];
            addOrthorhombic(map, n, (String) old[1]);
        }
        for (SpaceGroup g : standard) {
            int n = g.number();
            if (n >= 3 && n <= 15) {
                addMonoclinic(map, n, g.symbol());
            } else if (n >= 16 && n <= 74) {
                addOrthorhombic(map, n, g.symbol());
            }
        }
        for (Map.Entry<Integer, double[]> o : ORIGIN_ONE.entrySet()) {
            String sym = standard.get(o.getKey() - 1).symbol();
            put(map, HermannMauguin.key(sym) + ":1", new Setting(o.getKey(), sym + ":1", IDENTITY, o.getValue()));
        }
        for (int n : RHOMBOHEDRAL) {
            String sym = standard.get(n - 1).symbol();
            map.put(HermannMauguin.key(sym) + ":R", new Setting(n, sym + ":R", HEX_TO_RHOMB, ZERO));
        }
        return map;
    }

    /** True if the group has two origin choices (then the standard one is origin choice 2). */
    static boolean hasTwoOrigins(int number) {
        return ORIGIN_ONE.containsKey(number);
    }

    private static Map<Integer, double[]> originOne() {
        Map<Integer, double[]> m = new HashMap<>();
        for (int[] o : ORIGIN_ONE_EIGHTHS) {
            m.put(o[0], new double[] {o[1] / 8.0, o[2] / 8.0, o[3] / 8.0});
        }
        return m;
    }

    private static void put(Map<String, Setting> map, String key, Setting s) {
        map.putIfAbsent(key, s);
    }

    private static void addMonoclinic(Map<String, Setting> map, int n, String standardSymbol) {
        char lattice = standardSymbol.charAt(0);
        String term = standardSymbol.substring(1);
        for (int series = 0; series < 2; series++) {
            for (int axis = 0; axis < 3; axis++) {
                for (int choice = 0; choice < 3; choice++) {
                    double[][] p = Mat3.multiply(CELL_CHOICES[choice], UNIQUE_AXES[axis]);
                    if (series == 1) {
                        p = Mat3.multiply(SWAP_A_C, p);
                    }
                    addMonoclinic(map, n, lattice, term, axis, p, series == 0);
                }
            }
        }
    }

    private static void addMonoclinic(Map<String, Setting> map, int n, char lattice, String term, int axis,
            double[][] p, boolean withShortSymbol) {
        char newLattice = latticeLetter(lattice, p);
        String newTerm = glideTerm(term, 1, p);
        int unique = axis == 0 ? 1 : axis == 1 ? 2 : 0;
        String[] terms = {"1", "1", "1"};
        terms[unique] = newTerm;
        String full = newLattice + " " + String.join(" ", terms);
        Setting s = new Setting(n, full, p, ZERO);
        put(map, HermannMauguin.key(full), s);
        if (axis == 0 && withShortSymbol) {
            put(map, HermannMauguin.key(newLattice + newTerm), s);
        }
    }

    private static void addOrthorhombic(Map<String, Setting> map, int n, String standardSymbol) {
        char lattice = standardSymbol.charAt(0);
        List<String> terms = orthorhombicTerms(standardSymbol.substring(1));
        for (double[][] p : ORTHO_SETTINGS) {
            String[] newTerms = new String[3];
            for (int j = 0; j < 3; j++) {
                int i = oldAxis(p, j);
                newTerms[j] = glideTerm(terms.get(i), i, p);
            }
            String sym = latticeLetter(lattice, p) + String.join("", newTerms);
            put(map, HermannMauguin.key(sym), new Setting(n, sym, p, ZERO));
            double[] origin = ORIGIN_ONE.get(n);
            if (origin != null) {
                put(map, HermannMauguin.key(sym) + ":1", new Setting(n, sym + ":1", p, origin));
            }
        }
    }

    /** Splits "mn21" into m, n, 21 and "2221" into 2, 2, 21. */
    static List<String> orthorhombicTerms(String s) {
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '2' && i + 1 < s.length() && s.charAt(i + 1) == '1') {
                out.add("21");
                i += 2;
            } else {
                out.add(s.substring(i, i + 1));
                i++;
            }
        }
        if (out.size() != 3) {
            throw new IllegalStateException("Not an orthorhombic symbol: " + s);
        }
        return out;
    }

    private static int oldAxis(double[][] p, int newAxis) {
        for (int i = 0; i < 3; i++) {
            if (p[i][newAxis] != 0) {
                return i;
            }
        }
        throw new IllegalStateException("Not a permutation");
    }

    /** The lattice letter after the basis change: the centring vector carried into the new basis. */
    private static char latticeLetter(char lattice, double[][] p) {
        double[] v;
        switch (lattice) {
            case 'A':
                v = new double[] {0, 0.5, 0.5};
                break;
            case 'B':
                v = new double[] {0.5, 0, 0.5};
                break;
            case 'C':
                v = new double[] {0.5, 0.5, 0};
                break;
            default:
                return lattice;
        }
        double[] w = halves(Mat3.times(Mat3.inverse(p), v));
        if (w[0] == 0) {
            return w[1] == 0 ? 'P' : 'A';
        }
        if (w[1] == 0) {
            return 'B';
        }
        return w[2] == 0 ? 'C' : 'I';
    }

    /**
     * One term of a symbol ("21/c", "m", "21") after the basis change; {@code axis} is the old axis the
     * term belongs to. A glide letter a, b, c or n is replaced by the letter of its glide vector in the
     * new basis; m, d and e and the rotation part are kept.
     */
    private static String glideTerm(String term, int axis, double[][] p) {
        int slash = term.indexOf('/');
        String rotation = slash >= 0 ? term.substring(0, slash + 1) : "";
        String plane = slash >= 0 ? term.substring(slash + 1) : term;
        if (!"abcn".contains(plane) || plane.length() != 1) {
            return term;
        }
        double[] v = new double[3];
        if (plane.equals("n")) {
            for (int k = 0; k < 3; k++) {
                v[k] = k == axis ? 0 : 0.5;
            }
        } else {
            v[plane.charAt(0) - 'a'] = 0.5;
        }
        double[] w = halves(Mat3.times(Mat3.inverse(p), v));
        int count = 0;
        int last = -1;
        for (int k = 0; k < 3; k++) {
            if (w[k] != 0) {
                count++;
                last = k;
            }
        }
        String letter = count == 0 ? "m" : count == 1 ? String.valueOf((char) ('a' + last)) : "n";
        return rotation + letter;
    }

    /** Components reduced modulo 1 to exactly 0 or 0.5. */
    private static double[] halves(double[] v) {
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            double x = v[k] - Math.floor(v[k] + 1e-9);
            out[k] = Math.abs(x) < 1e-6 ? 0 : 0.5;
        }
        return out;
    }
}
