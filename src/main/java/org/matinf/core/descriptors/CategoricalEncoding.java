package org.matinf.core.descriptors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.matinf.core.table.DataTable;

/**
 * Numbers for a categorical (text) column of a {@link DataTable}, learnt from one table (e.g. the
 * training set) and applied to any table with that column:
 * <ul>
 * <li>one-hot: a 0/1 column {@code name_value} per category seen when fitting, categories sorted
 * as text (as scikit-learn's {@code OneHotEncoder} and pandas' {@code get_dummies} sort them); a
 * row whose cell is empty or a category not seen when fitting has 0 in every column;</li>
 * <li>fraction: one column {@code name_fraction} holding the share of the fitted rows that have the
 * row's category (frequency encoding); empty cells are NaN, unseen categories 0.</li>
 * </ul>
 * Cells are compared after trimming white space; empty cells are not a category.
 */
public final class CategoricalEncoding {
    private final String column;
    private final Map<String, Double> fractions;

    private CategoricalEncoding(String column, Map<String, Double> fractions) {
        this.column = column;
        this.fractions = fractions;
    }

    /**
     * Learns the categories of a column and their shares of the rows.
     *
     * @throws org.matinf.core.table.TableException if the table has no such column
     * @throws IllegalArgumentException if the column has no category at all
     */
    public static CategoricalEncoding fit(DataTable table, String column) {
        String[] cells = table.texts(column);
        TreeSet<String> sorted = new TreeSet<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String c : cells) {
            String v = c.strip();
            if (!v.isEmpty()) {
                sorted.add(v);
                counts.merge(v, 1, Integer::sum);
            }
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException(table.source() + ": column '" + column + "' is empty; nothing to encode");
        }
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (String v : sorted) {
            fractions.put(v, counts.get(v) / (double) cells.length);
        }
        return new CategoricalEncoding(column, fractions);
    }

    /** The column encoded. */
    public String column() {
        return column;
    }

    /** The categories, sorted. */
    public List<String> categories() {
        return List.copyOf(fractions.keySet());
    }

    /** The names of the one-hot columns: {@code column_category} for each category. */
    public List<String> oneHotNames() {
        List<String> out = new ArrayList<>();
        for (String v : fractions.keySet()) {
            out.add(column + "_" + v);
        }
        return out;
    }

    /** The one-hot columns for the rows of a table that has the column. */
    public DataTable oneHot(DataTable table) {
        String[] cells = table.texts(column);
        DataTable.Builder b = DataTable.builder(table.source());
        List<String> names = oneHotNames();
        int k = 0;
        for (String v : fractions.keySet()) {
            double[] col = new double[cells.length];
            for (int r = 0; r < cells.length; r++) {
                col[r] = cells[r].strip().equals(v) ? 1 : 0;
            }
            b.numbers(names.get(k++), col);
        }
        return b.build();
    }

    /** The fraction column ({@code column_fraction}) for the rows of a table that has the column. */
    public DataTable fraction(DataTable table) {
        String[] cells = table.texts(column);
        double[] col = new double[cells.length];
        for (int r = 0; r < cells.length; r++) {
            String v = cells[r].strip();
            col[r] = v.isEmpty() ? Double.NaN : fractions.getOrDefault(v, 0.0);
        }
        return DataTable.builder(table.source()).numbers(column + "_fraction", col).build();
    }

    /** The share of the fitted rows with each category, in category order. */
    public double[] fractions() {
        return fractions.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public String toString() {
        return "CategoricalEncoding(" + column + ": " + Arrays.toString(fractions.keySet().toArray()) + ")";
    }
}
