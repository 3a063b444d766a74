package org.matinf.core.materialsproject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.structure.Composition;

/**
 * A summary search of the Materials Project, with the criteria of the API's
 * {@code /materials/summary/} endpoint: materials containing all of {@code elements} and none of
 * {@code exclude_elements}, of a chemical system ({@code Li-Fe-O}, {@code Si-*}), of a reduced formula,
 * with band gap and energy above the hull in closed ranges. Immutable; equal criteria give equal
 * {@link #parameters()} however they were typed (element order, letter case, formula written
 * unreduced), so a query has one cache entry.
 */
public final class MpQuery {
    /** The fields asked for when none are named: what MatInf's tables and CIF files need. */
    public static final List<String> DEFAULT_FIELDS = List.of("material_id", "formula_pretty", "elements", "nsites",
            "band_gap", "energy_above_hull", "formation_energy_per_atom", "symmetry", "structure");
    /** The most materials one search returns. */
    public static final int MAX_LIMIT = 10_000;

    private final Set<String> elements;
    private final Set<String> excluded;
    private final List<String> chemsys;
    private final List<String> formulas;
    private final double bandGapMin;
    private final double bandGapMax;
    private final double hullMin;
    private final double hullMax;
    private final int limit;
    private final List<String> fields;

    private MpQuery(Builder b) {
        elements = Collections.unmodifiableSet(new TreeSet<>(b.elements));
        excluded = Collections.unmodifiableSet(new TreeSet<>(b.excluded));
        chemsys = List.copyOf(new TreeSet<>(b.chemsys));
        formulas = List.copyOf(new TreeSet<>(b.formulas));
        bandGapMin = b.bandGapMin;
        bandGapMax = b.bandGapMax;
        hullMin = b.hullMin;
        hullMax = b.hullMax;
        limit = b.limit;
        LinkedHashSet<String> f = new LinkedHashSet<>();
        f.add("material_id");
        f.addAll(b.fields == null ? DEFAULT_FIELDS : b.fields);
        fields = List.copyOf(f);
    }

    /** A new query builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Element symbols every material must contain, sorted. */
    public Set<String> elements() {
        return elements;
    }

    /** Element symbols no material may contain, sorted. */
    public Set<String> excludedElements() {
        return excluded;
    }

    /** Chemical systems (any of them), each with its elements sorted and wildcards last: "Fe-Li-O", "Si-*". */
    public List<String> chemicalSystems() {
        return chemsys;
    }

    /** Reduced formulas (any of them), as pymatgen writes them: "Fe2O3". */
    public List<String> formulas() {
        return formulas;
    }

    /** Smallest band gap in eV, or NaN for none. */
    public double bandGapMin() {
        return bandGapMin;
    }

    /** Largest band gap in eV, or NaN for none. */
    public double bandGapMax() {
        return bandGapMax;
    }

    /** Smallest energy above the hull in eV/atom, or NaN for none. */
    public double energyAboveHullMin() {
        return hullMin;
    }

    /** Largest energy above the hull in eV/atom, or NaN for none. */
    public double energyAboveHullMax() {
        return hullMax;
    }

    /** The most materials to return. */
    public int limit() {
        return limit;
    }

    /** The document fields asked for, {@code material_id} first. */
    public List<String> fields() {
        return fields;
    }

    /**
     * The query parameters as the mp-api client sends them (without the pagination parameters
     * {@code _limit} and {@code _skip}), in a fixed order: {@code elements}, {@code exclude_elements},
     * {@code chemsys}, {@code formula} (lists comma-separated), {@code band_gap_min/max},
     * {@code energy_above_hull_min/max}, {@code _fields}.
     */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        putList(p, "elements", elements);
        putList(p, "exclude_elements", excluded);
        putList(p, "chemsys", chemsys);
        putList(p, "formula", formulas);
        putNumber(p, "band_gap_min", bandGapMin);
        putNumber(p, "band_gap_max", bandGapMax);
        putNumber(p, "energy_above_hull_min", hullMin);
        putNumber(p, "energy_above_hull_max", hullMax);
        p.put("_fields", String.join(",", fields));
        return p;
    }

    /** A one-line description for messages and logs: "elements=Fe,O band_gap_min=1 limit=50". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        parameters().forEach((k, v) -> {
            if (!k.equals("_fields")) {
                sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v);
            }
        });
        return sb.append(" limit=").append(limit).toString();
    }

    /** True if a material with these elements, reduced formula, band gap and energy above hull matches. */
    public boolean matches(Set<String> materialElements, String reducedFormula, double bandGap, double eAboveHull) {
        if (!materialElements.containsAll(elements)) {
            return false;
        }
        for (String x : excluded) {
            if (materialElements.contains(x)) {
                return false;
            }
        }
        if (!chemsys.isEmpty() && chemsys.stream().noneMatch(c -> chemsysMatches(c, materialElements))) {
            return false;
        }
        if (!formulas.isEmpty() && !formulas.contains(reducedFormula)) {
            return false;
        }
        return inRange(bandGap, bandGapMin, bandGapMax) && inRange(eAboveHull, hullMin, hullMax);
    }

    private static boolean chemsysMatches(String system, Set<String> materialElements) {
        String[] parts = system.split("-");
        Set<String> named = new TreeSet<>();
        int wildcards = 0;
        for (String s : parts) {
            if (s.equals("*")) {
                wildcards++;
            } else {
                named.add(s);
            }
        }
        return materialElements.containsAll(named) && materialElements.size() == named.size() + wildcards;
    }

    private static boolean inRange(double v, double min, double max) {
        if (Double.isNaN(min) && Double.isNaN(max)) {
            return true;
        }
        return !Double.isNaN(v) && (Double.isNaN(min) || v >= min) && (Double.isNaN(max) || v <= max);
    }

    private static void putList(Map<String, String> p, String key, Iterable<String> values) {
        String joined = String.join(",", values);
        if (!joined.isEmpty()) {
            p.put(key, joined);
        }
    }

    private static void putNumber(Map<String, String> p, String key, double v) {
        if (!Double.isNaN(v)) {
            p.put(key, BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MpQuery q && q.parameters().equals(parameters()) && q.limit == limit;
    }

    @Override
    public int hashCode() {
        return parameters().hashCode() * 31 + limit;
    }

    @Override
    public String toString() {
        return "MpQuery[" + describe() + "]";
    }

    /**
     * Collects criteria; every method checks its input and throws {@link IllegalArgumentException}
     * naming the criterion (macro key) and the bad value.
     */
    public static final class Builder {
        private final Set<String> elements = new TreeSet<>();
        private final Set<String> excluded = new TreeSet<>();
        private final Set<String> chemsys = new TreeSet<>();
        private final Set<String> formulas = new TreeSet<>();
        private double bandGapMin = Double.NaN;
        private double bandGapMax = Double.NaN;
        private double hullMin = Double.NaN;
        private double hullMax = Double.NaN;
        private int limit = 50;
        private List<String> fields;

        private Builder() {
        }

        /** Elements every material must contain: "Fe, O", "Fe O" or "Fe-O" (any letter case). */
        public Builder elements(String list) {
            elements.addAll(symbols(list, "elements"));
            return this;
        }

        /** Elements no material may contain. */
        public Builder excludeElements(String list) {
            excluded.addAll(symbols(list, "exclude"));
            return this;
        }

        /** Chemical systems, comma-separated: "Li-Fe-O", "Si-O, Li-Fe-P", "Si-*" (* is any one other element). */
        public Builder chemicalSystems(String list) {
            for (String system : split(list, ",;")) {
                String[] parts = system.split("-", -1);
                List<String> named = new ArrayList<>();
                int wildcards = 0;
                for (String p : parts) {
                    String s = p.strip();
                    if (s.equals("*")) {
                        wildcards++;
                    } else {
                        named.add(symbol(s, "chemsys"));
                    }
                }
                if (new TreeSet<>(named).size() != named.size()) {
                    throw new IllegalArgumentException("chemsys: '" + system + "' names an element twice");
                }
                Collections.sort(named);
                for (int i = 0; i < wildcards; i++) {
                    named.add("*");
                }
                chemsys.add(String.join("-", named));
            }
            return this;
        }

        /** Formulas, comma-separated ("Fe2O3, LiFePO4"); each matches materials of its reduced formula. */
        public Builder formulas(String list) {
            for (String f : split(list, ",;")) {
                if (f.contains("*") || !Character.isUpperCase(f.charAt(0)) && f.charAt(0) != '(') {
                    throw new IllegalArgumentException("formula: '" + f + "' is not a chemical formula (wildcards and"
                            + " anonymous formulas are not supported); write e.g. Fe2O3");
                }
                Composition c;
                try {
                    c = Composition.parse(f);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("formula: '" + f + "': " + ex.getMessage(), ex);
                }
                formulas.add(c.reducedFormula());
            }
            return this;
        }

        /** Band gap range in eV; NaN leaves a side open. */
        public Builder bandGap(double min, double max) {
            checkRange("band_gap", min, max);
            bandGapMin = min;
            bandGapMax = max;
            return this;
        }

        /** Energy-above-hull range in eV/atom; NaN leaves a side open. */
        public Builder energyAboveHull(double min, double max) {
            checkRange("e_hull", min, max);
            hullMin = min;
            hullMax = max;
            return this;
        }

        /** The most materials to return (1 to {@value MpQuery#MAX_LIMIT}; 50 unless set). */
        public Builder limit(int n) {
            if (n < 1 || n > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + "; got " + n);
            }
            limit = n;
            return this;
        }

        /** The document fields to ask for ({@link #DEFAULT_FIELDS} unless set); material_id is always asked for. */
        public Builder fields(List<String> names) {
            for (String f : names) {
                if (!f.matches("[a-z_][a-z0-9_.]*")) {
                    throw new IllegalArgumentException("fields: '" + f + "' is not a field name of the summary documents");
                }
            }
            fields = List.copyOf(names);
            return this;
        }

        /**
         * The query.
         *
         * @throws IllegalArgumentException without any criterion (that would ask for the whole
         *     database), or when an element is both required and excluded
         */
        public MpQuery build() {
            if (elements.isEmpty() && excluded.isEmpty() && chemsys.isEmpty() && formulas.isEmpty()
                    && Double.isNaN(bandGapMin) && Double.isNaN(bandGapMax) && Double.isNaN(hullMin) && Double.isNaN(hullMax)) {
                throw new IllegalArgumentException("give at least one search criterion: elements, exclude, chemsys, formula,"
                        + " a band gap or an energy-above-hull bound");
            }
            for (String e : elements) {
                if (excluded.contains(e)) {
                    throw new IllegalArgumentException("element " + e + " is both required (elements) and excluded (exclude)");
                }
            }
            return new MpQuery(this);
        }

        private static void checkRange(String key, double min, double max) {
            if (Double.isInfinite(min) || Double.isInfinite(max)) {
                throw new IllegalArgumentException(key + ": leave a bound empty (NaN) rather than infinite");
            }
            if (!Double.isNaN(min) && !Double.isNaN(max) && min > max) {
                throw new IllegalArgumentException(key + "_min (" + min + ") is larger than " + key + "_max (" + max + ")");
            }
        }

        private static List<String> symbols(String list, String key) {
            List<String> out = new ArrayList<>();
            for (String s : split(list, ",;- \t")) {
                out.add(symbol(s, key));
            }
            return out;
        }

        private static String symbol(String s, String key) {
            Element e = PeriodicTable.lookupIgnoreCase(s.strip());
            if (e == null || s.isBlank()) {
                throw new IllegalArgumentException(key + ": '" + s.strip() + "' is not an element symbol");
            }
            return e.symbol();
        }

        private static List<String> split(String list, String separators) {
            List<String> out = new ArrayList<>();
            if (list == null) {
                return out;
            }
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i <= list.length(); i++) {
                char c = i < list.length() ? list.charAt(i) : ',';
                if (i == list.length() || separators.indexOf(c) >= 0) {
                    String s = cur.toString().strip();
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            return out;
        }
    }
}
