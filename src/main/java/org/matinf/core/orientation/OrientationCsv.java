package org.matinf.core.orientation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads orientation maps from comma-separated text. The first line that is not blank and does not
 * start with '#' is the header; column names are case-sensitive: {@code phi1, Phi, phi2} (Bunge
 * angles in degrees) or, without them, {@code q0, q1, q2, q3} (unit quaternion, scalar first), and
 * optionally {@code x, y} (positions, any unit). Other columns are ignored, so MatInf's
 * {@code labels.csv} ({@code slice, phi1, Phi, phi2, q0, q1, q2, q3}) reads as it is.
 *
 * <p>Pixels are placed either in file order, row by row, when a width is given, or else by their
 * x and y: the distinct x values (ascending) are the columns and the distinct y values the rows;
 * positions missing from the file are empty pixels. Every problem (a missing column, a value that is
 * not a finite number, rows that do not fill the width, a position given twice) is an
 * {@link OrientationFileException} naming the file and the line.
 */
public final class OrientationCsv {
    private OrientationCsv() {
    }

    /**
     * Reads a map.
     *
     * @param width pixels per row for maps in file order, or 0 to place pixels by their x, y columns
     * @throws OrientationFileException for a file that cannot be read as described
     */
    public static OrientationMap read(Path file, int width) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new OrientationFileException(file.toString(), 0, "cannot read the file: " + ex.getMessage());
        } catch (UncheckedIOException ex) {
            throw new OrientationFileException(file.toString(), 0, "not a text file: " + ex.getMessage());
        }
        return parse(file.getFileName().toString(), lines, width);
    }

    /** Reads a map from the lines of a file called {@code source} (see {@link #read}). */
    public static OrientationMap parse(String source, List<String> lines, int width) {
        if (width < 0) {
            throw new OrientationFileException(source, 0, "the map width must be positive (or 0 to use the x, y columns), got " + width);
        }
        int headerLine = 0;
        while (headerLine < lines.size() && skipped(lines.get(headerLine))) {
            headerLine++;
        }
        if (headerLine == lines.size()) {
            throw new OrientationFileException(source, 0, "no header line (phi1, Phi, phi2 or q0, q1, q2, q3)");
        }
        List<String> header = Arrays.asList(cells(lines.get(headerLine)));
        boolean euler = header.contains("phi1") || header.contains("Phi") || header.contains("phi2") || !header.contains("q0");
        String[] names = euler ? new String[] {"phi1", "Phi", "phi2"} : new String[] {"q0", "q1", "q2", "q3"};
        int[] columns = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = header.indexOf(names[i]);
            if (columns[i] < 0) {
                throw new OrientationFileException(source, headerLine + 1, "missing column " + names[i] + " (the header must name "
                        + String.join(", ", names) + "; names are case-sensitive)");
            }
        }
        int xColumn = header.indexOf("x");
        int yColumn = header.indexOf("y");
        boolean byPosition = width == 0;
        if (byPosition && (xColumn < 0 || yColumn < 0)) {
            throw new OrientationFileException(source, headerLine + 1, "no x and y columns: give the map width (pixels per row) "
                    + "for orientations in row order");
        }
        List<Orientation> orientations = new ArrayList<>();
        List<double[]> positions = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            if (skipped(lines.get(i))) {
                continue;
            }
            String[] c = cells(lines.get(i));
            double[] v = new double[names.length];
            for (int k = 0; k < names.length; k++) {
                v[k] = number(source, i + 1, c, columns[k], names[k]);
            }
            orientations.add(orientation(source, i + 1, euler, v));
            lineNumbers.add(i + 1);
            if (byPosition) {
                // + 0.0 turns -0.0 into 0.0, one column
                positions.add(new double[] {number(source, i + 1, c, xColumn, "x") + 0.0, number(source, i + 1, c, yColumn, "y") + 0.0});
            }
        }
        if (orientations.isEmpty()) {
            throw new OrientationFileException(source, 0, "no orientations below the header");
        }
        return byPosition ? placeByPosition(source, orientations, positions, lineNumbers) : inRows(source, orientations, width);
    }

    private static boolean skipped(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    private static String[] cells(String line) {
        String[] c = line.split(",", -1);
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].strip();
        }
        return c;
    }

    private static double number(String source, int line, String[] cells, int column, String name) {
        if (column >= cells.length || cells[column].isEmpty()) {
            throw new OrientationFileException(source, line, "no value for " + name);
        }
        double v;
        try {
            v = Double.parseDouble(cells[column]);
        } catch (NumberFormatException ex) {
            throw new OrientationFileException(source, line, name + " is not a number: '" + cells[column] + "'");
        }
        if (!Double.isFinite(v)) {
            throw new OrientationFileException(source, line, name + " is not a finite number: '" + cells[column] + "'");
        }
        return v;
    }

    private static Orientation orientation(String source, int line, boolean euler, double[] v) {
        if (euler) {
            return Orientation.fromBunge(v[0], v[1], v[2]);
        }
        double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2] + v[3] * v[3]);
        if (Math.abs(norm - 1) > 1e-3) {
            throw new OrientationFileException(source, line, "the quaternion q0, q1, q2, q3 is not a unit quaternion (norm " + norm + ")");
        }
        return Orientation.fromQuaternion(v[0], v[1], v[2], v[3]);
    }

    private static OrientationMap inRows(String source, List<Orientation> orientations, int width) {
        if (orientations.size() % width != 0) {
            throw new OrientationFileException(source, 0, orientations.size() + " orientations do not fill rows of width " + width
                    + " (the last row has " + orientations.size() % width + ")");
        }
        return new OrientationMap(width, orientations.size() / width, orientations.toArray(new Orientation[0]));
    }

    private static OrientationMap placeByPosition(String source, List<Orientation> orientations, List<double[]> positions,
            List<Integer> lineNumbers) {
        int n = positions.size();
        double[] x = new double[n];
        double[] y = new double[n];
        int[] lines = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = positions.get(i)[0];
            y[i] = positions.get(i)[1];
            lines[i] = lineNumbers.get(i);
        }
        GridPlacement grid = GridPlacement.byPosition(source, x, y, lines);
        Orientation[] pixels = new Orientation[grid.width * grid.height];
        for (int i = 0; i < n; i++) {
            pixels[grid.index[i]] = orientations.get(i);
        }
        return new OrientationMap(grid.width, grid.height, pixels);
    }
}
