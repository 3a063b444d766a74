package org.matinf.core.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matinf.core.io.AtomicFiles;

/**
 * A data set as a table of named columns, read from CSV: each column is numeric (all its non-empty
 * cells are numbers; empty cells and NA/NaN/null are missing, NaN) or text. Column names are the
 * header's, trimmed; they must be unique and non-empty. Immutable; the arrays handed out are copies.
 *
 * <p>Bad files are refused with a {@link TableException} naming the file and line: an empty file, a
 * header without names or with duplicates, a row with more fields than the header. Rows with fewer
 * fields are padded with missing cells (spreadsheet programs drop trailing empty cells).
 */
public final class DataTable {
    /** Cell texts read as a missing number. */
    private static final List<String> MISSING = List.of("", "na", "nan", "n/a", "null", "none");

    private final String source;
    private final Map<String, Object> columns; // double[] or String[]
    private final int rows;

    private DataTable(String source, Map<String, Object> columns, int rows) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads a CSV file with a header line.
     *
     * @throws TableException naming the file (and line) when it is missing, empty, not text or malformed
     */
    public static DataTable read(Path file) {
        return parse(file.toString(), CsvRecords.read(file));
    }

    /** Parses CSV text; {@code source} names it in messages. */
    public static DataTable parse(String source, String text) {
        return parse(source, CsvRecords.parse(source, text));
    }

    private static DataTable parse(String source, List<CsvRecords.Record> records) {
        if (records.isEmpty()) {
            throw new TableException(source, 0, "empty: a CSV file needs a header line and at least one row");
        }
        CsvRecords.Record header = records.get(0);
        List<String> names = header.stripped();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                throw new TableException(source, header.line(), "column " + (i + 1) + " of the header has no name");
            }
            if (names.indexOf(names.get(i)) != i) {
                throw new TableException(source, header.line(), "the header names column '" + names.get(i) + "' twice");
            }
        }
        int n = records.size() - 1;
        if (n == 0) {
            throw new TableException(source, header.line(), "a header but no rows");
        }
        String[][] cells = new String[names.size()][n];
        for (int r = 0; r < n; r++) {
            CsvRecords.Record rec = records.get(r + 1);
            if (rec.fields().size() > names.size()) {
                throw new TableException(source, rec.line(), rec.fields().size() + " fields but the header has " + names.size());
            }
            for (int c = 0; c < names.size(); c++) {
                cells[c][r] = c < rec.fields().size() ? rec.fields().get(c).strip() : "";
            }
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            double[] numbers = numbers(cells[c]);
            columns.put(names.get(c), numbers != null ? numbers : cells[c]);
        }
        return new DataTable(source, columns, n);
    }

    /** The cells as numbers, or null if a cell is neither a number nor missing, or no cell is a number. */
    private static double[] numbers(String[] cells) {
        double[] out = new double[cells.length];
        boolean any = false;
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i];
            if (MISSING.contains(s.toLowerCase(Locale.ROOT))) {
                out[i] = Double.NaN;
                continue;
            }
            try {
                out[i] = Double.parseDouble(s);
                any = true;
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        return any ? out : null;
    }

    /** A builder for a table made in code. */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** Where the table came from (file name), for messages. */
    public String source() {
        return source;
    }

    /** Number of rows (without the header). */
    public int rows() {
        return rows;
    }

    /** The column names in order. */
    public List<String> names() {
        return List.copyOf(columns.keySet());
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** True when the column holds numbers. @throws TableException if there is no such column */
    public boolean isNumeric(String column) {
        return get(column) instanceof double[];
    }

    /**
     * The numbers of a column (NaN where missing).
     *
     * @throws TableException if there is no such column or it holds text (naming the first non-number and its line)
     */
    public double[] numbers(String column) {
        Object c = get(column);
        if (c instanceof double[] d) {
            return d.clone();
        }
        String[] t = (String[]) c;
        for (int i = 0; i < t.length; i++) {
            if (!MISSING.contains(t[i].toLowerCase(Locale.ROOT))) {
                try {
                    Double.parseDouble(t[i]);
                } catch (NumberFormatException ex) {
                    throw new TableException(source, i + 2, "column '" + column + "' must hold numbers, got '" + t[i] + "'");
                }
            }
        }
        throw new TableException(source, 0, "column '" + column + "' holds no numbers");
    }

    /**
     * The cells of a column as text (numbers as Java prints them, missing ones as "").
     *
     * @throws TableException if there is no such column
     */
    public String[] texts(String column) {
        Object c = get(column);
        if (c instanceof String[] t) {
            return t.clone();
        }
        double[] d = (double[]) c;
        String[] out = new String[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = Double.isNaN(d[i]) ? "" : format(d[i]);
        }
        return out;
    }

    /**
     * The numbers of several columns as a row-major matrix [rows][columns].
     *
     * @throws TableException for a missing or text column
     */
    public double[][] matrix(List<String> names) {
        double[][] out = new double[rows][names.size()];
        for (int c = 0; c < names.size(); c++) {
            double[] v = numbers(names.get(c));
            for (int r = 0; r < rows; r++) {
                out[r][c] = v[r];
            }
        }
        return out;
    }

    /** The names of the numeric columns, in order, except those given. */
    public List<String> numericNames(List<String> except) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            if (e.getValue() instanceof double[] && !except.contains(e.getKey())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The rows with the given indices (0-based), in that order. */
    public DataTable select(int[] rowIndices) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            if (e.getValue() instanceof double[] d) {
                double[] v = new double[rowIndices.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = d[rowIndices[i]];
                }
                out.put(e.getKey(), v);
            } else {
                String[] t = (String[]) e.getValue();
                String[] v = new String[rowIndices.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = t[rowIndices[i]];
                }
                out.put(e.getKey(), v);
            }
        }
        return new DataTable(source, out, rowIndices.length);
    }

    /** This table's columns followed by {@code more}'s (same number of rows; names must not repeat). */
    public DataTable append(DataTable more) {
        if (more.rows != rows) {
            throw new IllegalArgumentException("cannot join tables of " + rows + " and " + more.rows + " rows");
        }
        Builder b = builder(source);
        columns.forEach(b::column);
        more.columns.forEach(b::column);
        return b.build();
    }

    /**
     * Writes the table as CSV (header, then rows; numbers in Java's shortest exact form, missing as
     * empty; text quoted where needed), atomically: first to a temporary file in the same folder,
     * then renamed, so an existing file is never left half-written.
     */
    public void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(64 * (rows + 1) * Math.max(1, columns.size()) / 4);
        appendCsv(sb, true);
        AtomicFiles.writeString(file, sb.toString());
    }

    /**
     * Appends the table as CSV text (as {@link #write} writes it), with or without the header line;
     * for writing a large table chunk by chunk.
     */
    public void appendCsv(Appendable sb, boolean header) throws IOException {
        List<String> names = names();
        if (header) {
            for (int c = 0; c < names.size(); c++) {
                sb.append(c == 0 ? "" : ",").append(quote(names.get(c)));
            }
            sb.append('\n');
        }
        List<Object> cols = new ArrayList<>(columns.values());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols.size(); c++) {
                if (c > 0) {
                    sb.append(',');
                }
                if (cols.get(c) instanceof double[] d) {
                    if (!Double.isNaN(d[r])) {
                        sb.append(format(d[r]));
                    }
                } else {
                    sb.append(quote(((String[]) cols.get(c))[r]));
                }
            }
            sb.append('\n');
        }
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private Object get(String column) {
        Object c = columns.get(column);
        if (c == null) {
            throw new TableException(source, 0, "no column '" + column + "' (columns: " + String.join(", ", columns.keySet()) + ")");
        }
        return c;
    }

    /** Builds a table column by column. */
    public static final class Builder {
        private final String source;
        private final Map<String, Object> columns = new LinkedHashMap<>();
        private int rows = -1;

        private Builder(String source) {
            this.source = source;
        }

        /** Adds a numeric column (copied). */
        public Builder numbers(String name, double[] values) {
            return column(name, values.clone());
        }

        /** Adds a text column (copied). */
        public Builder texts(String name, String[] values) {
            return column(name, values.clone());
        }

        private Builder column(String name, Object values) {
            int n = values instanceof double[] d ? d.length : ((String[]) values).length;
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a column needs a name");
            }
            if (columns.containsKey(name)) {
                throw new IllegalArgumentException("column '" + name + "' given twice");
            }
            if (rows >= 0 && n != rows) {
                throw new IllegalArgumentException("column '" + name + "' has " + n + " rows, the others " + rows);
            }
            rows = n;
            columns.put(name, values);
            return this;
        }

        public DataTable build() {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            return new DataTable(source, new LinkedHashMap<>(columns), rows);
        }
    }

    @Override
    public String toString() {
        return source + " (" + rows + " rows; columns " + Arrays.toString(columns.keySet().toArray()) + ")";
    }
}
