package org.matinf.core.orientation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-pattern orientations as MatInf's commands tabulate them (CNN and dictionary indexing,
 * datasets' labels.csv): columns {@code phi1, Phi, phi2} (Bunge, degrees), optionally
 * {@code slice} (1-based pattern number), {@code x, y} (grid position), {@code uncertainty}
 * (degrees), {@code score} and {@code iq}; other columns are ignored. Turned into an
 * {@link OrientationScan} by {@link #toScan}.
 */
public final class OrientationTable {
    private final String source;
    private final Map<String, double[]> columns;
    private final int[] lines;

    /**
     * @param source the table's name in messages (file name, "Results")
     * @param columns numeric columns by name, all of one length; missing numbers are NaN
     * @param lines the line (or row) number of each row, for messages
     */
    public OrientationTable(String source, Map<String, double[]> columns, int[] lines) {
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            if (e.getValue().length != lines.length) {
                throw new IllegalArgumentException("column " + e.getKey() + " has " + e.getValue().length + " rows, not " + lines.length);
            }
        }
        this.source = source;
        this.columns = new HashMap<>(columns);
        this.lines = lines.clone();
    }

    /** Column names read from CSV files. */
    private static final List<String> KNOWN = List.of("slice", "phi1", "Phi", "phi2", "x", "y", "uncertainty", "score", "iq");

    /**
     * Reads a comma-separated table with a header line (lines that are blank or start with '#' are
     * skipped); the columns of this class are read as numbers, others are ignored.
     *
     * @throws OrientationFileException for a missing value or one that is not a number, with its line
     */
    public static OrientationTable readCsv(Path file) {
        return parseCsv(file.getFileName().toString(), ScanText.lines(file));
    }

    /** Reads a table from the lines of a CSV file called {@code source} (see {@link #readCsv}). */
    public static OrientationTable parseCsv(String source, List<String> text) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String[] header = null;
        for (int i = 0; i < text.size(); i++) {
            String t = text.get(i).strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] c = Arrays.stream(t.split(",", -1)).map(String::strip).toArray(String[]::new);
            if (header == null) {
                header = c;
            } else {
                rows.add(c);
                lineNumbers.add(i + 1);
            }
        }
        if (header == null || rows.isEmpty()) {
            throw new OrientationFileException(source, 0, "no header line and rows of phi1, Phi, phi2");
        }
        int[] lines = lineNumbers.stream().mapToInt(Integer::intValue).toArray();
        Map<String, double[]> columns = new HashMap<>();
        for (int k = 0; k < header.length; k++) {
            if (!KNOWN.contains(header[k]) || columns.containsKey(header[k])) {
                continue;
            }
            double[] v = new double[rows.size()];
            for (int r = 0; r < v.length; r++) {
                String[] c = rows.get(r);
                if (k >= c.length || c[k].isEmpty()) {
                    throw new OrientationFileException(source, lines[r], "no value for " + header[k]);
                }
                v[r] = ScanText.number(source, lines[r], c[k], header[k]);
            }
            columns.put(header[k], v);
        }
        return new OrientationTable(source, columns, lines);
    }

    /** Number of rows. */
    public int size() {
        return lines.length;
    }

    /**
     * The orientation map of the table. With a width, rows fill the grid in order, x fastest, or at
     * position slice − 1 where there is a slice column; the map has ceil(n / width) rows and points
     * without a row are not indexed. With width 0, points are placed by their x and y columns (the
     * distinct values, ascending, are the columns and rows). {@code uncertainty}, {@code score} and
     * {@code iq} columns become the map's {@link ScanValue}s (0 where a point has no row).
     *
     * @param step grid step in µm, in x and y
     * @throws OrientationFileException for a missing column, a value that is not finite or a point given twice
     */
    public OrientationScan toScan(int width, double step, MapPhase phase) {
        if (width < 0) {
            throw new OrientationFileException(source, 0, "the map width must be positive (or 0 to use the x, y columns), got " + width);
        }
        double[] phi1 = finite("phi1");
        double[] phi = finite("Phi");
        double[] phi2 = finite("phi2");
        int n = lines.length;
        int w;
        int h;
        int[] index;
        if (width == 0) {
            if (!columns.containsKey("x") || !columns.containsKey("y")) {
                throw new OrientationFileException(source, 0, "no x and y columns: give the map width (points per row)");
            }
            GridPlacement grid = GridPlacement.byPosition(source, finite("x"), finite("y"), lines);
            w = grid.width;
            h = grid.height;
            index = grid.index;
        } else {
            index = inOrder(width);
            int last = Arrays.stream(index).max().orElse(0);
            w = width;
            h = last / width + 1;
        }
        Orientation[] g = new Orientation[w * h];
        int[] lineOf = new int[w * h];
        for (int i = 0; i < n; i++) {
            if (lineOf[index[i]] != 0) {
                throw new OrientationFileException(source, lines[i], "slice " + (index[i] + 1) + " was already given in line " + lineOf[index[i]]);
            }
            lineOf[index[i]] = lines[i];
            g[index[i]] = Orientation.fromBunge(phi1[i], phi[i], phi2[i]);
        }
        EnumMap<ScanValue, double[]> values = new EnumMap<>(ScanValue.class);
        for (ScanValue kind : ScanValue.values()) {
            if (columns.containsKey(kind.column())) {
                double[] v = finite(kind.column());
                double[] onGrid = new double[w * h];
                for (int i = 0; i < n; i++) {
                    onGrid[index[i]] = v[i];
                }
                values.put(kind, onGrid);
            }
        }
        return new OrientationScan(w, h, step, step, phase, g, values);
    }

    private int[] inOrder(int width) {
        int[] index = new int[lines.length];
        double[] slice = columns.containsKey("slice") ? finite("slice") : null;
        for (int i = 0; i < index.length; i++) {
            if (slice == null) {
                index[i] = i;
            } else if (slice[i] < 1 || slice[i] != Math.rint(slice[i]) || slice[i] > GridPlacement.MAX_POINTS) {
                throw new OrientationFileException(source, lines[i], "slice must be a whole number from 1, got " + slice[i]);
            } else {
                index[i] = (int) slice[i] - 1;
            }
        }
        return index;
    }

    /** A column whose every value is finite. */
    private double[] finite(String name) {
        double[] v = columns.get(name);
        if (v == null) {
            throw new OrientationFileException(source, 0, "missing column " + name + " (names are case-sensitive: phi1, Phi, phi2)");
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new OrientationFileException(source, lines[i], name + " is not a finite number: " + v[i]);
            }
        }
        return v;
    }
}
