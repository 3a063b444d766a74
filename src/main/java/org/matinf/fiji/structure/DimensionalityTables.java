package org.matinf.fiji.structure;

import ij.measure.ResultsTable;
import java.util.Map;
import org.matinf.core.dimensionality.DimensionalityResult;

/** ImageJ tables of dimensionality results. */
public final class DimensionalityTables {
    /** Columns that Dimensionality adds to the Results table, in order. */
    public static final String[] COLUMNS = {
        "file", "formula", "dimensionality", "label", "components", "orientation", "method", "bonds", "summary"};

    private DimensionalityTables() {
    }

    /**
     * Adds one row: dimensionality is 0–3 (NaN when Cheon's method answers "intercalated ion",
     * "intercalated molecule" or "undetermined", which the label column holds); components is the
     * number of Larsen's bonded components in the cell (NaN for Cheon); orientation the Miller
     * indices of the layers or the directions of the chains of the highest dimensionality.
     */
    public static void addRow(ResultsTable rt, String file, DimensionalityResult r) {
        boolean larsen = !r.components().isEmpty();
        rt.incrementCounter();
        rt.addValue("file", file);
        rt.addValue("formula", r.formula());
        rt.addValue("dimensionality", r.dimensionality() < 0 ? Double.NaN : r.dimensionality());
        rt.addValue("label", r.label());
        rt.addValue("components", larsen ? r.components().size() : Double.NaN);
        rt.addValue("orientation", r.orientation());
        rt.addValue("method", r.method());
        rt.addValue("bonds", r.bonds());
        rt.addValue("summary", r.summary());
        integers(rt, "dimensionality", "components");
    }

    /**
     * Replaces the rows of a table by how many structures have each label, and how many were
     * skipped: columns dimensionality ("0D" … "3D", Cheon's other labels, "skipped") and structures.
     */
    public static void counts(ResultsTable rt, Map<String, Integer> counts, int skipped) {
        rt.reset();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            rt.incrementCounter();
            rt.addValue("dimensionality", e.getKey());
            rt.addValue("structures", e.getValue());
        }
        rt.incrementCounter();
        rt.addValue("dimensionality", "skipped");
        rt.addValue("structures", skipped);
        integers(rt, "structures");
    }

    private static void integers(ResultsTable rt, String... columns) {
        for (String c : columns) {
            int index = rt.getColumnIndex(c);
            if (index != ResultsTable.COLUMN_NOT_FOUND) {
                rt.setDecimalPlaces(index, 0);
            }
        }
    }
}
