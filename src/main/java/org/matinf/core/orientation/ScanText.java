package org.matinf.core.orientation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the .ang and .ctf readers and writers share: numbers with file and line in errors, and the grid being filled. */
final class ScanText {
    private ScanText() {
    }

    /** The lines of a text file; an unreadable file is an {@link OrientationFileException}. */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException | UncheckedIOException ex) {
            throw new OrientationFileException(file.toString(), 0, "cannot read the file: " + ex.getMessage());
        }
    }

    /** A finite number; {@code what} names it in the message. */
    static double number(String source, int line, String token, String what) {
        double v;
        try {
            v = Double.parseDouble(token.strip());
        } catch (NumberFormatException ex) {
            throw new OrientationFileException(source, line, what + " is not a number: '" + token.strip() + "'");
        }
        if (!Double.isFinite(v)) {
            throw new OrientationFileException(source, line, what + " is not a finite number: '" + token.strip() + "'");
        }
        return v;
    }

    /** A positive step size. */
    static double step(String source, int line, String token, String what) {
        double v = number(source, line, token, what);
        if (!(v > 0)) {
            throw new OrientationFileException(source, line, what + " must be positive, got " + v);
        }
        return v;
    }

    /** A whole number of at least {@code min}. */
    static int integer(String source, int line, String token, String what, int min) {
        int v;
        try {
            v = Integer.parseInt(token.strip());
        } catch (NumberFormatException ex) {
            throw new OrientationFileException(source, line, what + " is not a whole number: '" + token.strip() + "'");
        }
        if (v < min) {
            throw new OrientationFileException(source, line, what + " must be at least " + min + ", got " + v);
        }
        return v;
    }

    /** {@code %.{decimals}f} in the root locale (a decimal point whatever the user's locale). */
    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v + 0.0);
    }

    /** The points of a map being read: placed on the grid by their x, y, each once. */
    static final class Grid {
        private final String source;
        private final int width;
        private final int height;
        private final double xStep;
        private final double yStep;
        private final Orientation[] orientations;
        private final int[] lineOf;
        private final EnumMap<ScanValue, double[]> values = new EnumMap<>(ScanValue.class);
        private int count;

        Grid(String source, int headerLine, int width, int height, double xStep, double yStep) {
            if ((long) width * height > GridPlacement.MAX_POINTS) {
                throw new OrientationFileException(source, headerLine, width + " x " + height + " points is more than " + GridPlacement.MAX_POINTS);
            }
            this.source = source;
            this.width = width;
            this.height = height;
            this.xStep = xStep;
            this.yStep = yStep;
            this.orientations = new Orientation[width * height];
            this.lineOf = new int[width * height];
        }

        /**
         * Places one point: column x / xStep, row y / yStep, which must be whole numbers (within 1%
         * of a step) inside the grid and not given before. Returns its index.
         */
        int place(int line, double x, double y, Orientation g) {
            int col = cell(line, x, xStep, width, "x");
            int row = cell(line, y, yStep, height, "y");
            int at = row * width + col;
            if (lineOf[at] != 0) {
                throw new OrientationFileException(source, line, "x = " + x + ", y = " + y + " was already given in line " + lineOf[at]);
            }
            lineOf[at] = line;
            orientations[at] = g;
            count++;
            return at;
        }

        private int cell(int line, double v, double step, int n, String axis) {
            double k = v / step;
            long r = Math.round(k);
            if (Math.abs(k - r) > 0.01 || r < 0 || r >= n) {
                throw new OrientationFileException(source, line, axis + " = " + v + " is not on the grid of " + n + " points with step "
                        + step + " starting at 0");
            }
            return (int) r;
        }

        /** Sets a value of the point at index {@code at}. */
        void value(ScanValue kind, int at, double v) {
            values.computeIfAbsent(kind, k -> new double[orientations.length])[at] = v;
        }

        /** The map, once every grid point was given. */
        OrientationScan scan(MapPhase phase) {
            if (count != orientations.length) {
                throw new OrientationFileException(source, 0, "the header promises " + width + " x " + height + " = " + orientations.length
                        + " points, the file has " + count);
            }
            return new OrientationScan(width, height, xStep, yStep, phase, orientations, values);
        }
    }

    /** A map's values, or the given defaults where it has none (for writers). */
    static double valueOr(OrientationScan scan, ScanValue kind, int x, int y, double absent) {
        return scan.has(kind) ? scan.value(kind, x, y) : absent;
    }

    /** A header field's value, or an error naming the missing field. */
    static String required(String source, Map<String, String> fields, String key) {
        String v = fields.get(key);
        if (v == null) {
            throw new OrientationFileException(source, 0, "the header has no " + key + " line");
        }
        return v;
    }
}
