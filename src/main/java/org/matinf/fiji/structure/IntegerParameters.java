package org.matinf.fiji.structure;

/**
 * Integer lists typed into command parameters: Miller indices "1 1 0" and supercell matrices
 * "2 0 0 0 2 0 0 0 2" or "2 2 2". Numbers may be separated by spaces, commas or semicolons and
 * the whole may be in brackets.
 */
public final class IntegerParameters {
    private IntegerParameters() {
    }

    /** The integers in the text; a clear message naming the parameter when it is not a list of integers. */
    public static int[] parse(String text, String name) {
        String t = text == null ? "" : text.trim().replaceAll("^[\\[(]+|[\\])]+$", "").trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        String[] parts = t.split("[\\s,;]+");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(name + " must be whole numbers; '" + parts[i] + "' in '" + text
                        + "' is not");
            }
        }
        return out;
    }

    /** Miller indices h k l, not all zero. */
    public static int[] hkl(String text) {
        int[] hkl = parse(text, "hkl");
        if (hkl.length != 3) {
            throw new IllegalArgumentException("hkl needs three integers (e.g. \"1 1 0\"), got '" + text + "'");
        }
        if (hkl[0] == 0 && hkl[1] == 0 && hkl[2] == 0) {
            throw new IllegalArgumentException("hkl must not be 0 0 0");
        }
        return hkl;
    }

    /**
     * A supercell matrix: nine integers row by row (rows are the new cell vectors in terms of
     * the old ones), or three for a diagonal na x nb x nc supercell.
     */
    public static int[][] supercellMatrix(String text) {
        int[] v = parse(text, "matrix");
        if (v.length == 3) {
            return new int[][] {{v[0], 0, 0}, {0, v[1], 0}, {0, 0, v[2]}};
        }
        if (v.length == 9) {
            return new int[][] {{v[0], v[1], v[2]}, {v[3], v[4], v[5]}, {v[6], v[7], v[8]}};
        }
        throw new IllegalArgumentException("matrix needs 3 integers (diagonal, e.g. \"2 2 2\") or 9 (row by row), got "
                + v.length + " in '" + text + "'");
    }
}
