package org.matinf.core.diffraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads column files (.xy, .xye, .csv, .txt, .dat): two or three numeric columns 2θ, intensity
 * and optionally its standard uncertainty. Lines starting with {@code # ! ; ' %} or {@code //}
 * are comments; text lines before the first row of numbers are a header; blank lines are
 * skipped. Columns may be separated by spaces, tabs, commas or semicolons; with semicolons or
 * tabs a decimal comma is accepted (12,5). Once the numbers have started, every line must be a
 * row of the same number of columns.
 */
final class ScanColumnsReader {
    private static final String[] COMMENTS = {"#", "!", ";", "'", "%", "//"};
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity|1\\.#inf|1\\.#ind)");
    private static final Pattern SAMPLE = Pattern.compile("(?i)^(?:name|sample|title)\\s*[:=]\\s*(.+)$");

    private ScanColumnsReader() {
    }

    static PowderProfile read(String text, String source, String name, String format) {
        String[] lines = ScanText.lines(text);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", format);
        double wavelength = Double.NaN;
        ScanPoints points = null;
        int columns = 0;
        int firstRow = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String t = lines[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            String comment = commentText(t);
            if (comment != null || points == null && !looksLikeRow(t)) {
                String note = comment != null ? comment : t;
                if (Double.isNaN(wavelength)) {
                    wavelength = ScanText.wavelengthIn(note);
                }
                Matcher m = SAMPLE.matcher(note);
                if (m.matches() && !meta.containsKey("sample")) {
                    meta.put("sample", m.group(1).strip());
                }
                continue;
            }
            List<String> cells = cells(t);
            if (points == null) {
                if (cells.size() > 3) {
                    throw new PatternException(source, lineNo, "expected 2 or 3 columns (2θ, intensity[, esd]), found "
                            + cells.size());
                }
                columns = cells.size();
                firstRow = lineNo;
                points = new ScanPoints(source, columns == 3);
            }
            double[] row = numbers(cells, t, source, lineNo);
            if (row.length != columns) {
                throw new PatternException(source, lineNo, (row.length < columns ? "missing column" : "extra column")
                        + ": expected " + columns + " numbers as on line " + firstRow + ", found " + row.length);
            }
            points.add(row[0], row[1], columns == 3 ? row[2] : 0, lineNo);
        }
        if (points == null) {
            throw new PatternException(source, 0, "no data: expected lines of 2θ and intensity"
                    + (lines.length > 0 ? " after " + lines.length + " lines of header or comments" : ""));
        }
        return points.toProfile(name, wavelength, meta, lines.length);
    }

    /** The text after the comment marker, or null if the line is not a comment. */
    private static String commentText(String t) {
        for (String c : COMMENTS) {
            if (t.startsWith(c)) {
                return t.substring(c.length()).strip();
            }
        }
        return null;
    }

    /** A header line is any line that is not at least two numbers. */
    private static boolean looksLikeRow(String t) {
        List<String> cells = cells(t);
        if (cells.size() < 2) {
            return false;
        }
        boolean comma = t.indexOf(';') >= 0 || t.indexOf('\t') >= 0;
        for (String c : cells) {
            if (!ScanText.isNumber(c) && !(comma && ScanText.isDecimalCommaNumber(c))) {
                return false;
            }
        }
        return true;
    }

    /** The cells of a line, split at semicolons, else tabs, else commas, else spaces. */
    static List<String> cells(String t) {
        String sep = t.indexOf(';') >= 0 ? "\\s*;\\s*" : t.indexOf('\t') >= 0 ? "\\s*\\t\\s*"
                : t.indexOf(',') >= 0 ? "\\s*,\\s*" : "\\s+";
        List<String> out = new ArrayList<>();
        for (String c : t.split(sep, -1)) {
            String u = c.strip();
            if (u.length() >= 2 && u.startsWith("\"") && u.endsWith("\"")) {
                u = u.substring(1, u.length() - 1).strip();
            }
            out.add(u);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static double[] numbers(List<String> cells, String line, String source, int lineNo) {
        boolean comma = line.indexOf(';') >= 0 || line.indexOf('\t') >= 0;
        double[] out = new double[cells.size()];
        for (int k = 0; k < out.length; k++) {
            String c = cells.get(k);
            String what = k == 0 ? "2θ" : k == 1 ? "the intensity" : "the uncertainty";
            if (c.isEmpty()) {
                throw new PatternException(source, lineNo, "column " + (k + 1) + " (" + what + ") is empty");
            }
            if (NOT_FINITE.matcher(c).matches()) {
                throw new PatternException(source, lineNo, what + " is '" + c + "'; NaN and infinity are not allowed");
            }
            if (!ScanText.isNumber(c) && !(comma && ScanText.isDecimalCommaNumber(c))) {
                throw new PatternException(source, lineNo, "not a data line: " + what + " '"
                        + ScanText.abbreviate(c) + "' is not a number");
            }
            out[k] = ScanText.parse(c);
        }
        return out;
    }
}
