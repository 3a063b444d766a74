package org.matinf.core.descriptors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.matinf.core.io.AtomicFiles;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.table.DataTable;
import org.matinf.core.table.TableException;

/**
 * Adds composition descriptors to a CSV data set: reads the input table, computes the descriptors
 * of the formula column row by row and writes the input columns followed by the descriptor
 * columns. The output is written in chunks through {@link AtomicFiles#write}, so 100k-row files
 * need no 100k-row table in memory and a failure leaves no half-written file.
 */
public final class DescriptorTable {
    private static final int CHUNK = 2000;

    /** What to do with a row whose formula cannot be described. */
    public enum OnError {
        /** Stop with a message naming the file and line; nothing is written. */
        FAIL,
        /** Write NaN (empty cells) for its descriptors and report the line. */
        SKIP;

        /** "fail" or "skip". */
        public static OnError parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            if (t.equals("fail")) {
                return FAIL;
            }
            if (t.equals("skip")) {
                return SKIP;
            }
            throw new IllegalArgumentException("on_error must be fail or skip, got '" + text + "'");
        }
    }

    /**
     * What a run did.
     *
     * @param rows data rows written
     * @param columns columns written (input plus descriptors)
     * @param skipped problems of the rows skipped (each "file, line N: problem")
     * @param seconds wall time
     * @param output the file written
     */
    public record Summary(int rows, int columns, List<String> skipped, double seconds, Path output) {
        /** One line for a log. */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d rows, %d columns, %d skipped, %.2f s -> %s", rows, columns,
                    skipped.size(), seconds, output);
        }
    }

    private DescriptorTable() {
    }

    /**
     * Reads {@code input}, adds the descriptors of column {@code formulaColumn}, writes {@code output}.
     *
     * @throws TableException for a missing or unreadable file, a missing column, a column name the
     *     descriptors would repeat, or (with {@link OnError#FAIL}) the first bad formula, naming its line
     */
    public static Summary featurize(Path input, String formulaColumn, CompositionDescriptors descriptors,
            OnError onError, Path output, ProgressListener progress) throws IOException {
        long start = System.nanoTime();
        DataTable table = DataTable.read(input);
        String[] formulas = table.texts(formulaColumn);
        for (String label : descriptors.labels()) {
            if (table.has(label)) {
                throw new TableException(table.source(), 1, "the input already has a column '" + label
                        + "', which the descriptors would repeat");
            }
        }
        List<String> skipped = new ArrayList<>();
        // a bad row in FAIL mode throws out of the writer: the temporary file is dropped, nothing is written
        AtomicFiles.write(output, out -> {
            for (int from = 0; from < formulas.length; from += CHUNK) {
                int to = Math.min(formulas.length, from + CHUNK);
                double[][] features = new double[to - from][];
                for (int r = from; r < to; r++) {
                    features[r - from] = compute(table, formulaColumn, formulas[r], r, descriptors, onError, skipped);
                }
                chunk(table, descriptors, features, from).appendCsv(out, from == 0);
                progress.checkCancelled();
                progress.progress(to, formulas.length, "descriptors");
            }
        });
        progress.progress(formulas.length, formulas.length, "descriptors");
        double seconds = (System.nanoTime() - start) * 1e-9;
        return new Summary(formulas.length, table.names().size() + descriptors.size(),
                Collections.unmodifiableList(skipped), seconds, output);
    }

    /** The descriptors of one row, or null for a skipped row. */
    private static double[] compute(DataTable table, String column, String formula, int row,
            CompositionDescriptors descriptors, OnError onError, List<String> skipped) {
        try {
            return descriptors.compute(formula);
        } catch (IllegalArgumentException ex) {
            TableException problem = new TableException(table.source(), row + 2,
                    "formula '" + formula + "' in column '" + column + "': " + ex.getMessage());
            if (onError == OnError.FAIL) {
                throw problem;
            }
            skipped.add(problem.getMessage());
            return null;
        }
    }

    private static DataTable chunk(DataTable table, CompositionDescriptors d, double[][] features, int from) {
        int[] rows = new int[features.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        DataTable.Builder b = DataTable.builder(table.source());
        List<String> labels = d.labels();
        for (int c = 0; c < labels.size(); c++) {
            double[] col = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                double[] f = features[i];
                col[i] = f == null ? Double.NaN : f[c];
            }
            b.numbers(labels.get(c), col);
        }
        return table.select(rows).append(b.build());
    }
}
