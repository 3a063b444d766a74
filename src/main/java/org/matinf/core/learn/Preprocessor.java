package org.matinf.core.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Missing values and scaling of a feature matrix, learnt on training rows and applied unchanged to
 * any other rows (validation, test, new materials), so nothing of the held-out rows leaks in.
 * Missing values (NaN) are replaced by the training column's median or mean; then columns are
 * standardised to zero mean and unit standard deviation (population σ, as scikit-learn's
 * StandardScaler; a constant column is only centred), or scaled to [0, 1] by the training minimum
 * and maximum (MinMaxScaler), or left as they are. Saved and restored as JSON.
 */
public final class Preprocessor {
    /** How missing values are filled. */
    public enum Imputation { MEDIAN, MEAN, NONE }

    /** How columns are scaled. */
    public enum Scaling { STANDARD, MINMAX, NONE }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Imputation imputation;
    private final Scaling scaling;
    private final double[] fill;
    private final double[] shift;
    private final double[] scale;

    private Preprocessor(Imputation imputation, Scaling scaling, double[] fill, double[] shift, double[] scale) {
        this.imputation = imputation;
        this.scaling = scaling;
        this.fill = fill;
        this.shift = shift;
        this.scale = scale;
    }

    /**
     * Learns the fill values and scales from the training rows x[row][column].
     *
     * @param columns the column names, for messages
     * @throws IllegalArgumentException if a column has no value at all in the training rows (naming
     *     it), or holds an infinite value
     */
    public static Preprocessor fit(double[][] x, List<String> columns, Imputation imputation, Scaling scaling) {
        int d = columns.size();
        double[] fill = new double[d];
        double[] shift = new double[d];
        double[] scale = new double[d];
        for (int c = 0; c < d; c++) {
            double[] v = present(x, c, columns.get(c));
            if (v.length == 0 && imputation != Imputation.NONE) {
                throw new IllegalArgumentException("feature '" + columns.get(c) + "' has no value in the training rows");
            }
            Arrays.sort(v);
            double mean = Arrays.stream(v).average().orElse(Double.NaN);
            fill[c] = switch (imputation) {
                case MEDIAN -> v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
                case MEAN -> mean;
                case NONE -> Double.NaN;
            };
            double[] filled = withFill(x, c, fill[c]);
            switch (scaling) {
                case STANDARD -> {
                    double m = Arrays.stream(filled).filter(Double::isFinite).average().orElse(0);
                    double ss = Arrays.stream(filled).filter(Double::isFinite).map(a -> (a - m) * (a - m)).sum();
                    long n = Arrays.stream(filled).filter(Double::isFinite).count();
                    double sd = n > 0 ? Math.sqrt(ss / n) : 0;
                    shift[c] = m;
                    scale[c] = sd > 0 ? sd : 1;
                }
                case MINMAX -> {
                    double lo = Arrays.stream(filled).filter(Double::isFinite).min().orElse(0);
                    double hi = Arrays.stream(filled).filter(Double::isFinite).max().orElse(0);
                    shift[c] = lo;
                    scale[c] = hi > lo ? hi - lo : 1;
                }
                case NONE -> {
                    shift[c] = 0;
                    scale[c] = 1;
                }
            }
        }
        return new Preprocessor(imputation, scaling, fill, shift, scale);
    }

    private static double[] present(double[][] x, int c, String name) {
        return Arrays.stream(x).mapToDouble(row -> {
            if (Double.isInfinite(row[c])) {
                throw new IllegalArgumentException("feature '" + name + "' holds an infinite value");
            }
            return row[c];
        }).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static double[] withFill(double[][] x, int c, double fill) {
        return Arrays.stream(x).mapToDouble(row -> Double.isNaN(row[c]) ? fill : row[c]).toArray();
    }

    /** The rows filled and scaled (a new matrix). */
    public double[][] transform(double[][] x) {
        double[][] out = new double[x.length][];
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != fill.length) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + x[r].length + " features, the preprocessor " + fill.length);
            }
            out[r] = new double[fill.length];
            for (int c = 0; c < fill.length; c++) {
                double v = Double.isNaN(x[r][c]) ? fill[c] : x[r][c];
                out[r][c] = (v - shift[c]) / scale[c];
            }
        }
        return out;
    }

    public Imputation imputation() {
        return imputation;
    }

    public Scaling scaling() {
        return scaling;
    }

    /** The learnt settings as JSON. */
    public ObjectNode toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("imputation", imputation.name().toLowerCase(Locale.ROOT));
        o.put("scaling", scaling.name().toLowerCase(Locale.ROOT));
        o.set("fill", JSON.valueToTree(fill));
        o.set("shift", JSON.valueToTree(shift));
        o.set("scale", JSON.valueToTree(scale));
        return o;
    }

    /**
     * Restores {@link #toJson}'s output.
     *
     * @throws IllegalArgumentException if the JSON is not a preprocessor's
     */
    public static Preprocessor fromJson(JsonNode o) {
        try {
            Imputation imputation = Imputation.valueOf(o.get("imputation").asText().toUpperCase(Locale.ROOT));
            Scaling scaling = Scaling.valueOf(o.get("scaling").asText().toUpperCase(Locale.ROOT));
            double[] fill = JSON.treeToValue(o.get("fill"), double[].class);
            double[] shift = JSON.treeToValue(o.get("shift"), double[].class);
            double[] scale = JSON.treeToValue(o.get("scale"), double[].class);
            if (fill.length != shift.length || fill.length != scale.length) {
                throw new IllegalArgumentException("arrays of different lengths");
            }
            return new Preprocessor(imputation, scaling, fill, shift, scale);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalArgumentException("not a MatInf preprocessor (" + ex.getMessage() + ")", ex);
        }
    }

    /** Parses a macro value: median, mean, none. */
    public static Imputation imputation(String name) {
        return parse(Imputation.class, name, "imputation");
    }

    /** Parses a macro value: standard, minmax, none. */
    public static Scaling scaling(String name) {
        return parse(Scaling.class, name, "scaling");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException(what + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ", got '" + name + "'");
    }
}
