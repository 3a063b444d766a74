package org.matinf.fiji.orientation;

import ij.measure.ResultsTable;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import org.matinf.core.orientation.OrientationFileException;
import org.matinf.core.orientation.OrientationTable;

/**
 * Per-pattern orientations from ImageJ's Results table (columns {@code slice, phi1, Phi, phi2} and
 * optionally {@code x, y, uncertainty, score, iq}, as CNN and dictionary indexing write them) or
 * from a CSV file with those columns.
 */
final class ResultsOrientations {
    /** Columns taken from the Results table when present. */
    private static final String[] COLUMNS = {"slice", "phi1", "Phi", "phi2", "x", "y", "uncertainty", "score", "iq"};

    private ResultsOrientations() {
    }

    /** The table of {@code source} "results" (the Results table) or "file" (the CSV {@code file}). */
    static OrientationTable read(String source, File file) {
        switch (source.strip()) {
            case "results":
                return of(ResultsTable.getResultsTable());
            case "file":
                if (file == null || file.getPath().isBlank()) {
                    throw new IllegalArgumentException("source=file needs a CSV file (macro: file=[path])");
                }
                return OrientationTable.readCsv(file.toPath());
            default:
                throw new IllegalArgumentException("source must be results or file, not '" + source + "'");
        }
    }

    /** The orientation columns of a Results table; rows are numbered from 1 in messages. */
    static OrientationTable of(ResultsTable rt) {
        if (rt == null || rt.size() == 0) {
            throw new OrientationFileException("Results", 0, "the Results table is empty: run an indexing command or give source=file");
        }
        Map<String, double[]> columns = new HashMap<>();
        for (String c : COLUMNS) {
            if (rt.columnExists(c)) {
                columns.put(c, rt.getColumnAsDoubles(rt.getColumnIndex(c)));
            }
        }
        int[] rows = new int[rt.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i + 1;
        }
        return new OrientationTable("Results table", columns, rows);
    }
}
