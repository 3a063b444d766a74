package org.matinf.core.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.matinf.core.structure.Composition;
import org.matinf.core.table.DataTable;
import org.matinf.core.table.TableException;

/**
 * The rows of a data table ready for learning: the feature matrix, the target (a number, or a class
 * index for classification), and the formulas for grouped splits. Rows without a target value are
 * left out and counted. Feature columns are the numeric columns other than the target (or those
 * named), so a text {@code formula} column never becomes a feature.
 *
 * @param rows for each row kept, its 0-based row in the table
 * @param classes the class names for classification (sorted), empty for regression
 * @param formulas the formula of each row kept, or null when the table has no formula column
 */
public record LearningData(String source, List<String> features, String target, Task task, List<String> classes,
        double[][] x, double[] y, int[] rows, String[] formulas, int dropped) {

    /**
     * Picks the learning data from a table.
     *
     * @param features the feature columns, or empty for all numeric columns except the target and {@code exclude}
     * @param exclude numeric columns not to use as features
     * @param formulaColumn the column of chemical formulas (used when present)
     * @param task the task, or null to choose: text targets are classes, numbers are regression
     * @throws TableException naming the file (and line) for a missing column, a non-numeric feature,
     *     an infinite target or no rows with a target
     */
    public static LearningData from(DataTable table, String target, List<String> features, List<String> exclude,
            String formulaColumn, Task task) {
        String src = table.source();
        if (target == null || target.isBlank()) {
            throw new TableException(src, 0, "no target column given");
        }
        if (!table.has(target)) {
            throw new TableException(src, 0, "no target column '" + target + "' (columns: " + String.join(", ", table.names()) + ")");
        }
        for (String e : exclude) {
            if (!table.has(e)) {
                throw new TableException(src, 0, "cannot exclude '" + e + "': no such column");
            }
        }
        List<String> cols = features.isEmpty() ? numericFeatures(table, target, exclude, formulaColumn) : features;
        for (String f : cols) {
            if (f.equals(target)) {
                throw new TableException(src, 0, "the target '" + target + "' cannot also be a feature");
            }
            table.numbers(f); // names the missing column or the first non-number
        }
        if (cols.isEmpty()) {
            throw new TableException(src, 0, "no numeric feature columns besides the target '" + target + "'");
        }
        Task t = task != null ? task : table.isNumeric(target) ? Task.REGRESSION : Task.CLASSIFICATION;
        String[] labels = table.texts(target);
        double[] values = t == Task.REGRESSION ? table.numbers(target) : null;
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            if (t == Task.REGRESSION) {
                if (Double.isInfinite(values[r])) {
                    throw new TableException(src, r + 2, "target '" + target + "' is infinite");
                }
                if (!Double.isNaN(values[r])) {
                    kept.add(r);
                }
            } else if (!labels[r].isBlank() && !labels[r].equalsIgnoreCase("nan") && !labels[r].equalsIgnoreCase("na")) {
                kept.add(r);
            }
        }
        if (kept.isEmpty()) {
            throw new TableException(src, 0, "no row has a value of the target '" + target + "'");
        }
        int[] rows = kept.stream().mapToInt(Integer::intValue).toArray();
        double[][] all = table.matrix(cols);
        double[][] x = Arrays.stream(rows).mapToObj(r -> all[r]).toArray(double[][]::new);
        List<String> classes = t == Task.CLASSIFICATION ? List.copyOf(new TreeSet<>(Arrays.stream(rows).mapToObj(r -> labels[r]).toList()))
                : List.of();
        double[] y = Arrays.stream(rows).mapToDouble(r -> t == Task.REGRESSION ? values[r] : classes.indexOf(labels[r])).toArray();
        String[] formulas = formulaColumn != null && table.has(formulaColumn)
                ? Arrays.stream(rows).mapToObj(r -> table.texts(formulaColumn)[r]).toArray(String[]::new) : null;
        return new LearningData(src, List.copyOf(cols), target, t, classes, x, y, rows, formulas, table.rows() - rows.length);
    }

    private static List<String> numericFeatures(DataTable table, String target, List<String> exclude, String formulaColumn) {
        List<String> except = new ArrayList<>(exclude);
        except.add(target);
        if (formulaColumn != null) {
            except.add(formulaColumn);
        }
        return table.numericNames(except);
    }

    /** The class indices of the rows (classification). */
    public int[] labels() {
        return Arrays.stream(y).mapToInt(v -> (int) v).toArray();
    }

    /** Number of rows. */
    public int size() {
        return y.length;
    }

    /**
     * The reduced formula of each row, for splits that keep equal compositions together
     * ("Fe2O3" and "Fe4O6" are one group).
     *
     * @throws TableException naming the line of a formula that cannot be read, or when there is no formula column
     */
    public String[] reducedFormulas() {
        if (formulas == null) {
            throw new TableException(source, 0, "grouping by formula needs a formula column (option formula=...)");
        }
        String[] out = new String[formulas.length];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Composition.parse(formulas[i]).reducedFormula();
            } catch (IllegalArgumentException ex) {
                throw new TableException(source, rows[i] + 2, "formula '" + formulas[i] + "': " + ex.getMessage());
            }
        }
        return out;
    }

    /** These data restricted to some rows (indices into this data). */
    public LearningData subset(int[] idx) {
        double[][] sx = Arrays.stream(idx).mapToObj(i -> x[i]).toArray(double[][]::new);
        double[] sy = Arrays.stream(idx).mapToDouble(i -> y[i]).toArray();
        int[] sr = Arrays.stream(idx).map(i -> rows[i]).toArray();
        String[] sf = formulas == null ? null : Arrays.stream(idx).mapToObj(i -> formulas[i]).toArray(String[]::new);
        return new LearningData(source, features, target, task, classes, sx, sy, sr, sf, 0);
    }

    /** "regression" or "classification". */
    public String taskName() {
        return task.name().toLowerCase(Locale.ROOT);
    }
}
