package org.matinf.fiji.learn;

import ij.gui.Plot;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A 2-D scatter plot of rows coloured by a column: a numeric column with many values by a colour
 * ramp in {@value #BINS} equal-width bins (legend: each bin's range), a text column or one with at
 * most {@value #MAX_CLASSES} distinct integer values (e.g. 0/1 for insulators/metals) by one colour
 * per class (legend: the class), the rarest classes beyond {@value #MAX_CLASSES} joined as "other".
 */
final class ScatterColours {
    static final int BINS = 8;
    static final int MAX_CLASSES = 10;
    /** A viridis-like ramp, dark blue to yellow. */
    private static final Color[] RAMP = {
        new Color(0x440154), new Color(0x46327e), new Color(0x365c8d), new Color(0x277f8e),
        new Color(0x1fa187), new Color(0x4ac16d), new Color(0xa0da39), new Color(0xfde725)};
    /** Distinct colours for classes. */
    private static final Color[] CLASSES = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f)};

    private ScatterColours() {
    }

    /** Adds the points, grouped and coloured by the column (text or numbers; null: one colour), with a legend. */
    static void add(Plot plot, double[] x, double[] y, String title, String[] texts, double[] numbers) {
        Map<String, List<Integer>> groups = numbers != null && !isClasses(numbers) ? bins(numbers) : classes(texts, numbers);
        List<String> legend = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            double[] gx = g.getValue().stream().mapToDouble(i -> x[i]).toArray();
            double[] gy = g.getValue().stream().mapToDouble(i -> y[i]).toArray();
            boolean ramp = numbers != null && !isClasses(numbers);
            plot.setColor(ramp ? RAMP[Math.min(k, RAMP.length - 1)] : CLASSES[k % CLASSES.length]);
            plot.add("circle", gx, gy);
            legend.add(g.getKey());
            k++;
        }
        if (title != null && groups.size() > 1) {
            plot.setColor(Color.BLACK);
            plot.addLegend(String.join("\t", legend));
        }
    }

    /** Whether numbers are few distinct integers: coloured as classes. */
    static boolean isClasses(double[] v) {
        java.util.Set<Double> distinct = new java.util.HashSet<>();
        for (double a : v) {
            if (!Double.isNaN(a)) {
                if (a != Math.rint(a)) {
                    return false;
                }
                distinct.add(a);
            }
        }
        return distinct.size() <= MAX_CLASSES;
    }

    private static Map<String, List<Integer>> bins(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double a : v) {
            if (!Double.isNaN(a)) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
        }
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        double w = hi > lo ? (hi - lo) / BINS : 1;
        List<List<Integer>> members = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            members.add(new ArrayList<>());
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                missing.add(i);
            } else {
                members.get(Math.min(BINS - 1, (int) ((v[i] - lo) / w))).add(i);
            }
        }
        for (int b = 0; b < BINS; b++) {
            out.put(String.format(Locale.ROOT, "%.4g to %.4g", lo + b * w, lo + (b + 1) * w), members.get(b));
        }
        if (!missing.isEmpty()) {
            out.put("missing", missing);
        }
        return out;
    }

    private static Map<String, List<Integer>> classes(String[] texts, double[] numbers) {
        Map<String, List<Integer>> all = numbers != null ? new TreeMap<>((a, b) -> Double.compare(key(a), key(b))) : new TreeMap<>();
        int n = numbers != null ? numbers.length : texts != null ? texts.length : 0;
        for (int i = 0; i < n; i++) {
            String c = numbers != null ? (Double.isNaN(numbers[i]) ? "missing" : Long.toString((long) numbers[i]))
                    : texts == null ? "" : texts[i].isEmpty() ? "missing" : texts[i];
            all.computeIfAbsent(c, s -> new ArrayList<>()).add(i);
        }
        if (all.size() <= MAX_CLASSES) {
            return all;
        }
        List<Map.Entry<String, List<Integer>>> bySize = new ArrayList<>(all.entrySet());
        bySize.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        List<Integer> other = new ArrayList<>();
        for (int i = 0; i < bySize.size(); i++) {
            if (i < MAX_CLASSES - 1) {
                out.put(bySize.get(i).getKey(), bySize.get(i).getValue());
            } else {
                other.addAll(bySize.get(i).getValue());
            }
        }
        out.put("other", other);
        return out;
    }

    private static double key(String s) {
        return s.equals("missing") ? Double.POSITIVE_INFINITY : Double.parseDouble(s);
    }
}
