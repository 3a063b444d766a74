package org.matinf.core.structure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.element.Element;

/**
 * Amounts of elements, in the order first met. Formulas follow pymatgen's conventions so that a
 * MatInf table and a pymatgen script agree: {@link #formula()} orders by electronegativity,
 * {@link #reducedFormula()} divides by the greatest common divisor and writes polyanions and the
 * special molecules (O2, H2O2, Li2O2, ...) as pymatgen does.
 */
public final class Composition {
    /** Amounts closer than this to an integer count as integers (pymatgen's amount tolerance). */
    public static final double AMOUNT_TOLERANCE = 1e-8;

    private static final Map<String, String> SPECIAL_FORMULAS = Map.ofEntries(
            Map.entry("LiO", "Li2O2"), Map.entry("NaO", "Na2O2"), Map.entry("KO", "K2O2"),
            Map.entry("HO", "H2O2"), Map.entry("CsO", "Cs2O2"), Map.entry("RbO", "Rb2O2"),
            Map.entry("O", "O2"), Map.entry("N", "N2"), Map.entry("F", "F2"), Map.entry("Cl", "Cl2"),
            Map.entry("H", "H2"));

    private final LinkedHashMap<Element, Double> amounts;

    public Composition(Map<Element, Double> amounts) {
        this.amounts = new LinkedHashMap<>();
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            if (Math.abs(e.getValue()) > AMOUNT_TOLERANCE) {
                this.amounts.merge(e.getKey(), e.getValue(), Double::sum);
            }
        }
    }

    /** Parses a formula as people write it; see {@link FormulaParser}. */
    public static Composition parse(String formula) {
        return FormulaParser.parse(formula);
    }

    /** Elements in the order first met. */
    public List<Element> elements() {
        return new ArrayList<>(amounts.keySet());
    }

    public Map<Element, Double> amounts() {
        return Collections.unmodifiableMap(amounts);
    }

    public double amount(Element e) {
        return amounts.getOrDefault(e, 0.0);
    }

    /** Total number of atoms (sum of amounts). */
    public double numAtoms() {
        double n = 0;
        for (double v : amounts.values()) {
            n += Math.abs(v);
        }
        return n;
    }

    /** Formula weight in amu. */
    public double weight() {
        double w = 0;
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            w += e.getKey().mass() * e.getValue();
        }
        return w;
    }

    public double atomicFraction(Element e) {
        return Math.abs(amount(e)) / numAtoms();
    }

    public double weightFraction(Element e) {
        return e.mass() * Math.abs(amount(e)) / weight();
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    /** Elements ordered by electronegativity then symbol, as in pymatgen formulas. */
    private List<Element> byElectronegativity() {
        List<Element> els = new ArrayList<>(amounts.keySet());
        els.sort(Comparator.comparingDouble(Element::electronegativityForOrdering).thenComparing(Element::symbol));
        return els;
    }

    /** pymatgen's {@code Composition.formula}: "Fe2 O3", every amount written. */
    public String formula() {
        StringBuilder sb = new StringBuilder();
        for (Element e : byElectronegativity()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.symbol()).append(amountText(amounts.get(e), false));
        }
        return sb.toString();
    }

    /** pymatgen's {@code Composition.reduced_formula}: "Fe2O3", "LiFePO4", "Fe2(SO4)3", "O2". */
    public String reducedFormula() {
        for (double v : amounts.values()) {
            if (Math.abs(v - Math.rint(v)) >= AMOUNT_TOLERANCE) {
                return formula().replace(" ", "");
            }
        }
        LinkedHashMap<Element, Long> ints = new LinkedHashMap<>();
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            ints.put(e.getKey(), Math.round(e.getValue()));
        }
        Reduced r = reduce(ints);
        String f = r.formula;
        if (SPECIAL_FORMULAS.containsKey(f)) {
            f = SPECIAL_FORMULAS.get(f);
        }
        return f;
    }

    /** The factor by which the composition exceeds its reduced formula (pymatgen's convention). */
    public double reductionFactor() {
        for (double v : amounts.values()) {
            if (Math.abs(v - Math.rint(v)) >= AMOUNT_TOLERANCE) {
                return 1;
            }
        }
        LinkedHashMap<Element, Long> ints = new LinkedHashMap<>();
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            ints.put(e.getKey(), Math.round(e.getValue()));
        }
        Reduced r = reduce(ints);
        double factor = r.factor;
        if (SPECIAL_FORMULAS.containsKey(r.formula)) {
            factor /= 2;
        }
        return factor;
    }

    /** The composition divided by {@link #reductionFactor()}. */
    public Composition reduced() {
        double f = reductionFactor();
        LinkedHashMap<Element, Double> m = new LinkedHashMap<>();
        amounts.forEach((k, v) -> m.put(k, v / f));
        return new Composition(m);
    }

    private static final class Reduced {
        final String formula;
        final long factor;

        Reduced(String formula, long factor) {
            this.formula = formula;
            this.factor = factor;
        }
    }

    private static Reduced reduce(LinkedHashMap<Element, Long> amt) {
        List<Element> syms = new ArrayList<>(amt.keySet());
        syms.sort(Comparator.comparingDouble(Element::electronegativityForOrdering).thenComparing(Element::symbol));
        syms.removeIf(e -> amt.get(e) == 0);
        long factor = 0;
        for (long v : amt.values()) {
            factor = gcd(factor, Math.abs(v));
        }
        if (factor == 0) {
            factor = 1;
        }
        String polyanion = "";
        int n = syms.size();
        if (n >= 3 && syms.get(n - 1).electronegativityForOrdering()
                - syms.get(n - 2).electronegativityForOrdering() < 1.65) {
            LinkedHashMap<Element, Long> poly = new LinkedHashMap<>();
            for (int i = n - 2; i < n; i++) {
                poly.put(syms.get(i), amt.get(syms.get(i)) / factor);
            }
            Reduced p = reduce(poly);
            if (p.factor != 1) {
                polyanion = "(" + p.formula + ")" + p.factor;
            }
        }
        if (!polyanion.isEmpty()) {
            syms = syms.subList(0, n - 2);
        }
        StringBuilder sb = new StringBuilder();
        for (Element e : syms) {
            sb.append(e.symbol()).append(amountText((double) amt.get(e) / factor, true));
        }
        sb.append(polyanion);
        return new Reduced(sb.toString(), factor);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** pymatgen's formula_double_format: integers plain, others rounded to 8 decimals. */
    static String amountText(double v, boolean ignoreOnes) {
        if (ignoreOnes && v == 1.0) {
            return "";
        }
        if (Math.abs(v - (long) v) < 1e-8) {
            return Long.toString((long) v);
        }
        BigDecimal bd = new BigDecimal(v).setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String text = bd.toPlainString();
        // Python writes a float that rounds to an integer as "2.0" (e.g. 1.9999999999999998 -> "Nb2.0")
        return text.contains(".") ? text : text + ".0";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Composition)) {
            return false;
        }
        Composition c = (Composition) o;
        if (!c.amounts.keySet().equals(amounts.keySet())) {
            return false;
        }
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            if (Math.abs(e.getValue() - c.amounts.get(e.getKey())) > AMOUNT_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return amounts.keySet().hashCode();
    }

    @Override
    public String toString() {
        return formula();
    }
}
