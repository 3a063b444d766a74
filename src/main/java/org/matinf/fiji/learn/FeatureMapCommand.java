package org.matinf.fiji.learn;

import ij.IJ;
import ij.gui.Plot;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.matinf.core.learn.FeatureColumns;
import org.matinf.core.learn.Preprocessor;
import org.matinf.core.learn.map.MapMethod;
import org.matinf.core.learn.map.PcaMap;
import org.matinf.core.learn.map.RowSample;
import org.matinf.core.learn.map.TsneMap;
import org.matinf.core.learn.map.UmapMap;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.DiffractionPlots;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Maps the rows of a CSV data set to 2-D (PCA, t-SNE or UMAP of the median-filled, standardised
 * numeric features) and draws them as a scatter plot coloured by a column. t-SNE and UMAP use a
 * seeded sample of at most {@code max_rows} rows (their cost grows as rows²); PCA maps every row.
 * The CSV output holds the original row number (1-based), the non-feature columns and the two
 * coordinates (pc1, pc2 or x, y); for PCA the Results table lists the explained variance of the
 * first components.
 *
 * <p>Macro: {@code run("Feature Map", "input=[/path/features.csv] method=pca color=target output=[/path/map.csv] plot=[/path/map.png]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.LEARNING + "Feature Map")
public class FeatureMapCommand extends MatInfCommand {
    private static final int PCA_ROWS = 10;

    @Parameter(label = "Input (features CSV)", style = FileWidget.OPEN_STYLE, persist = false)
    private File input;

    @Parameter(label = "Method", choices = {"pca", "tsne", "umap"}, persist = false)
    private String method = "pca";

    @Parameter(label = "Color (column)", required = false, persist = false, description = "Numeric (colour ramp) or text/class column; not a feature")
    private String color = "";

    @Parameter(label = "Perplexity (t-SNE)", required = false, persist = false)
    private double perplexity = 30;

    @Parameter(label = "Neighbors (UMAP)", required = false, persist = false)
    private int neighbors = 15;

    @Parameter(label = "Seed", required = false, persist = false)
    private long seed = 42;

    @Parameter(label = "Max_rows (t-SNE, UMAP)", required = false, persist = false, description = "Larger tables are sampled (seeded); 0 = all rows")
    private int max_rows = 5000;

    @Parameter(label = "Exclude columns", required = false, persist = false, description = "Numeric columns that are not features, comma separated")
    private String exclude = "";

    @Parameter(label = "Output (CSV)", style = FileWidget.SAVE_STYLE, required = false, persist = false)
    private File output;

    @Parameter(label = "Plot (PNG)", style = FileWidget.SAVE_STYLE, required = false, persist = false)
    private File plot;

    @Override
    protected void execute() throws IOException {
        DataTable all = DataTable.read(required(input, "input"));
        MapMethod m = MapMethod.of(method);
        String c = color == null ? "" : color.strip();
        List<String> features = FeatureColumns.of(all, c, exclude);
        int[] rows = m == MapMethod.PCA ? RowSample.of(all.rows(), 0, seed) : RowSample.of(all.rows(), max_rows, seed);
        DataTable table = all.select(rows);
        double[][] x = table.matrix(features);
        double[][] z = Preprocessor.fit(x, features, Preprocessor.Imputation.MEDIAN, Preprocessor.Scaling.STANDARD).transform(x);
        double[][] xy;
        PcaMap pca = null;
        switch (m) {
            case PCA -> {
                pca = PcaMap.fit(z);
                xy = pca.transform(z, 2);
            }
            case TSNE -> xy = TsneMap.map(z, perplexity, seed);
            default -> xy = UmapMap.map(z, neighbors, seed);
        }
        double[] px = column(xy, 0);
        double[] py = column(xy, 1);
        String[] axes = m.axes();
        if (output != null && !output.getPath().isBlank()) {
            double[] row = java.util.Arrays.stream(rows).mapToDouble(r -> r + 1).toArray();
            DataTable.builder(all.source()).numbers("row", row).build()
                    .append(FeatureColumns.keep(table, features, List.of()))
                    .append(DataTable.builder(all.source()).numbers(axes[0], px).numbers(axes[1], py).build())
                    .write(output.toPath());
        }
        Plot p = new Plot(m.name().replace("TSNE", "t-SNE") + " map of " + new File(all.source()).getName()
                + (c.isEmpty() ? "" : " coloured by " + c), axes[0], axes[1]);
        ScatterColours.add(p, px, py, c.isEmpty() ? null : c, c.isEmpty() ? null : table.texts(c),
                c.isEmpty() || !table.isNumeric(c) ? null : table.numbers(c));
        p.setLimits(low(px), high(px), low(py), high(py));
        DiffractionPlots.display(p, plot);
        if (pca != null) {
            PcaMap fitted = pca;
            PatternTables.replaceResults(rt -> {
                rt.showRowNumbers(false);
                double cum = 0;
                for (int k = 0; k < Math.min(PCA_ROWS, fitted.size()); k++) {
                    cum += fitted.explainedVarianceRatio()[k];
                    rt.incrementCounter();
                    rt.addValue("component", k + 1);
                    rt.addValue("explained_variance", fitted.explainedVariance()[k]);
                    rt.addValue("explained_variance_ratio", fitted.explainedVarianceRatio()[k]);
                    rt.addValue("cumulative_ratio", cum);
                }
                for (String col : new String[] {"explained_variance", "explained_variance_ratio", "cumulative_ratio"}) {
                    rt.setDecimalPlaces(rt.getColumnIndex(col), 9);
                }
            });
        }
        IJ.log(String.format(Locale.ROOT, "Feature Map (%s): %d of %d rows, %d features of %s", m.name().toLowerCase(Locale.ROOT),
                rows.length, all.rows(), features.size(), all.source()));
    }

    /** The smallest value less 5 % of the range. */
    private static double low(double[] v) {
        double lo = java.util.Arrays.stream(v).min().orElse(0);
        double hi = java.util.Arrays.stream(v).max().orElse(1);
        return lo - 0.05 * Math.max(hi - lo, 1e-9);
    }

    /** The largest value plus 5 % of the range. */
    private static double high(double[] v) {
        double lo = java.util.Arrays.stream(v).min().orElse(0);
        double hi = java.util.Arrays.stream(v).max().orElse(1);
        return hi + 0.05 * Math.max(hi - lo, 1e-9);
    }

    private static double[] column(double[][] m, int c) {
        return java.util.Arrays.stream(m).mapToDouble(r -> r[c]).toArray();
    }
}
