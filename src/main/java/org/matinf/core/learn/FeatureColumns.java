package org.matinf.core.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.matinf.core.table.DataTable;
import org.matinf.core.table.TableException;

/**
 * Which columns of a data table are features: every numeric column except the target (or colour)
 * column and any excluded by name. Text columns (formula, class labels, ids) are never features.
 * Checks naming the file and line: a missing target/excluded column, a text target, missing target
 * values, no feature at all.
 */
public final class FeatureColumns {
    private FeatureColumns() {
    }

    /**
     * The feature names of a table.
     *
     * @param other a target or colour column that is not a feature ("" or null: none)
     * @param exclude further columns that are not features, comma separated ("" or null: none)
     * @throws TableException for an unknown column or no numeric feature column
     */
    public static List<String> of(DataTable table, String other, String exclude) {
        List<String> not = new ArrayList<>(excluded(exclude));
        if (other != null && !other.isBlank()) {
            not.add(other.strip());
        }
        for (String c : not) {
            if (!table.has(c)) {
                throw new TableException(table.source(), 1, "no column '" + c + "' (columns: " + String.join(", ", table.names()) + ")");
            }
        }
        List<String> out = table.numericNames(not);
        if (out.isEmpty()) {
            throw new TableException(table.source(), 1, "no numeric feature column besides " + not);
        }
        return out;
    }

    /** The names of a comma-separated list, stripped, without empty ones. */
    public static List<String> excluded(String exclude) {
        if (exclude == null || exclude.isBlank()) {
            return List.of();
        }
        return Arrays.stream(exclude.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The numeric target column, without missing values.
     *
     * @throws TableException naming the line of the first missing or infinite target, or a text column
     */
    public static double[] target(DataTable table, String target) {
        if (target == null || target.isBlank()) {
            throw new TableException(table.source(), 1, "this method needs a target column (macro: target=name)");
        }
        double[] y = table.numbers(target.strip());
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new TableException(table.source(), i + 2, "target '" + target.strip() + "' is "
                        + (Double.isNaN(y[i]) ? "missing" : "infinite") + " (remove the row or fill it)");
            }
        }
        return y;
    }

    /**
     * The table with only the non-feature columns and the given features, in the table's order.
     */
    public static DataTable keep(DataTable table, List<String> features, List<String> kept) {
        DataTable.Builder b = DataTable.builder(table.source());
        for (String c : table.names()) {
            if (!features.contains(c) || kept.contains(c)) {
                if (table.isNumeric(c)) {
                    b.numbers(c, table.numbers(c));
                } else {
                    b.texts(c, table.texts(c));
                }
            }
        }
        return b.build();
    }
}
