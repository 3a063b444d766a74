package org.matinf.core.descriptors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.BundledData;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;

/**
 * Loads the element property tables bundled with MatInf (see {@code NOTICE.md} beside them):
 * the Magpie tables of matminer, the Oliynyk table of CrabNet and numeric pymatgen data. Each is
 * read once and shared.
 */
public final class ElementData {
    private static final String MAGPIE_DIR = "magpie/";

    private ElementData() {
    }

    /** The scalar Magpie tables (every {@code *.table} except the list-valued ones), NaN imputed. */
    public static ElementPropertyTable magpie() {
        return Holder.MAGPIE;
    }

    /** CrabNet's Oliynyk table (44 properties of 84 elements), NaN imputed. */
    public static ElementPropertyTable oliynyk() {
        return Holder.OLIYNYK;
    }

    /**
     * pymatgen's numeric element data as bundled in MatInf's periodic table: {@code atomic_mass},
     * {@code X} (Pauling electronegativity), {@code atomic_radius}, {@code atomic_radius_calculated},
     * {@code covalent_radius}, {@code van_der_waals_radius}, {@code metallic_radius}; NaN imputed.
     */
    public static ElementPropertyTable pymatgen() {
        return Holder.PYMATGEN;
    }

    /** The three tables in the order used by the pooled descriptors. */
    public static List<ElementPropertyTable> all() {
        return List.of(magpie(), oliynyk(), pymatgen());
    }

    private static final class Holder {
        static final ElementPropertyTable MAGPIE = loadMagpie();
        static final ElementPropertyTable OLIYNYK = loadOliynyk();
        static final ElementPropertyTable PYMATGEN = loadPymatgen();
    }

    private static ElementPropertyTable loadMagpie() {
        Map<String, double[]> raw = new LinkedHashMap<>();
        for (String name : BundledData.text(ElementData.class, MAGPIE_DIR + "index.txt").split("\\R")) {
            if (!name.isBlank()) {
                raw.put(name.strip(), magpieTable(name.strip()));
            }
        }
        return new ElementPropertyTable("magpie", raw);
    }

    /** Line i of a Magpie table is element Z = i; anything that is not a number ("Missing", "None") is unknown. */
    private static double[] magpieTable(String name) {
        String[] lines = BundledData.text(ElementData.class, MAGPIE_DIR + name + ".table").split("\\R");
        double[] v = new double[ElementPropertyTable.MAX_Z + 1];
        for (int z = 1; z <= ElementPropertyTable.MAX_Z; z++) {
            v[z] = z <= lines.length ? number(lines[z - 1]) : Double.NaN;
        }
        return v;
    }

    private static ElementPropertyTable loadOliynyk() {
        String[] lines = BundledData.text(ElementData.class, "oliynyk.csv").split("\\R");
        String[] header = lines[0].split(",", -1);
        Map<String, double[]> raw = new LinkedHashMap<>();
        for (int c = 1; c < header.length; c++) {
            double[] v = new double[ElementPropertyTable.MAX_Z + 1];
            java.util.Arrays.fill(v, Double.NaN);
            raw.put(header[c].strip(), v);
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(",", -1);
            int z = PeriodicTable.bySymbol(f[0].strip()).z();
            for (int c = 1; c < header.length; c++) {
                raw.get(header[c].strip())[z] = c < f.length ? number(f[c]) : Double.NaN;
            }
        }
        return new ElementPropertyTable("oliynyk", raw);
    }

    private static ElementPropertyTable loadPymatgen() {
        String[] names = {"atomic_mass", "X", "atomic_radius", "atomic_radius_calculated", "covalent_radius",
            "van_der_waals_radius", "metallic_radius"};
        Map<String, double[]> raw = new LinkedHashMap<>();
        for (String n : names) {
            raw.put(n, new double[ElementPropertyTable.MAX_Z + 1]);
        }
        for (int z = 1; z <= ElementPropertyTable.MAX_Z; z++) {
            Element e = PeriodicTable.byZ(z);
            double[] v = {e.mass(), e.electronegativity(), e.atomicRadius(), e.atomicRadiusCalculated(),
                e.covalentRadius(), e.vdwRadius(), e.metallicRadius()};
            for (int i = 0; i < names.length; i++) {
                raw.get(names[i])[z] = v[i];
            }
        }
        return new ElementPropertyTable("pymatgen", raw);
    }

    /** A table cell as a number; NaN for blanks and words such as "Missing", "None", "NA". */
    static double number(String text) {
        String s = text.strip();
        if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '.')) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }
}
