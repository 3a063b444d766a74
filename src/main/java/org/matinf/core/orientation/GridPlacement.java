package org.matinf.core.orientation;

import java.util.TreeMap;

/**
 * Points placed on a grid by their x and y: the distinct x values (ascending) are the columns and
 * the distinct y values the rows; a position given twice is an error naming both lines.
 */
final class GridPlacement {
    /** Largest grid (points), against a mistyped x or y blowing up the grid. */
    static final long MAX_POINTS = 100_000_000L;

    final int width;
    final int height;
    /** Grid index (row-major, x fastest) of each point. */
    final int[] index;

    private GridPlacement(int width, int height, int[] index) {
        this.width = width;
        this.height = height;
        this.index = index;
    }

    /**
     * @param lines the line (or row) of each point, for messages
     * @throws OrientationFileException for a position given twice or a grid that is too large
     */
    static GridPlacement byPosition(String source, double[] x, double[] y, int[] lines) {
        TreeMap<Double, Integer> xs = new TreeMap<>();
        TreeMap<Double, Integer> ys = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            xs.put(x[i] + 0.0, 0); // + 0.0 turns -0.0 into 0.0, one column
            ys.put(y[i] + 0.0, 0);
        }
        if ((long) xs.size() * ys.size() > MAX_POINTS) {
            throw new OrientationFileException(source, 0, "the x, y positions span " + xs.size() + " x " + ys.size()
                    + " points, more than " + MAX_POINTS + ": are they on a grid?");
        }
        number(xs);
        number(ys);
        int w = xs.size();
        int[] index = new int[x.length];
        int[] lineOf = new int[w * ys.size()];
        for (int i = 0; i < x.length; i++) {
            int at = ys.get(y[i] + 0.0) * w + xs.get(x[i] + 0.0);
            if (lineOf[at] != 0) {
                throw new OrientationFileException(source, lines[i], "x = " + x[i] + ", y = " + y[i] + " was already given in line " + lineOf[at]);
            }
            lineOf[at] = lines[i];
            index[i] = at;
        }
        return new GridPlacement(w, ys.size(), index);
    }

    private static void number(TreeMap<Double, Integer> values) {
        int i = 0;
        for (Double k : values.keySet()) {
            values.put(k, i++);
        }
    }
}
