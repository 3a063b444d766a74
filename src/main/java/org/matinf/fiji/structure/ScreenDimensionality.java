package org.matinf.fiji.structure;

import ij.IJ;
import ij.measure.ResultsTable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.matinf.core.dimensionality.DimensionalityMethod;
import org.matinf.core.dimensionality.DimensionalityScreen;
import org.matinf.core.environment.NeighborStrategies;
import org.matinf.core.environment.NeighborStrategy;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * The dimensionality of every structure of a folder (subfolders included) or of a CSV data set
 * (a column of CIF text or structure-file paths), written to a CSV file with the columns file,
 * formula, dimensionality, components, label, orientation, summary. The Results table is replaced
 * by how many structures have each dimensionality; the Log lists skipped structures by name.
 *
 * <p>Macro: {@code run("Screen Dimensionality", "input=[/path/structures] method=Larsen
 * output=[/path/dimensionality.csv]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Screen Dimensionality")
public class ScreenDimensionality extends MatInfCommand {
    /** Skipped structures listed one by one in the Log; more are counted. */
    static final int LOGGED_FAILURES = 50;

    @Parameter(label = "Input (folder or CSV)", persist = false,
            description = "Folder of structure files, or a CSV data set with a column of CIF text or file paths")
    private File input;

    @Parameter(label = "column (CSV column with CIF text or file paths)", persist = false, required = false)
    private String column = "cif";

    @Parameter(label = "Method", choices = {"Larsen", "Cheon"}, persist = false)
    private String method = "Larsen";

    @Parameter(label = "Bonds (Larsen)", persist = false, required = false,
            description = "Neighbour strategy deciding the bonds: Covalent (Cordero radii + 0.45 Å), Jmol, MinimumDistance, ...")
    private String bonds = "Covalent";

    @Parameter(label = "Output CSV", style = FileWidget.SAVE_STYLE, persist = false, description = "CSV file to write")
    private File output;

    @Override
    protected void execute() throws IOException {
        Path in = required(input, "input");
        Path out = required(output, "output");
        DimensionalityMethod m = DimensionalityMethod.parse(method);
        NeighborStrategy strategy = NeighborStrategies.parse(bonds == null ? "Covalent" : bonds);
        List<DimensionalityScreen.Entry> entries = DimensionalityScreen.entries(in, column == null ? "cif" : column.strip());
        DimensionalityScreen.Outcome o = DimensionalityScreen.screen(entries, m, strategy, progress());
        o.table().write(out);
        List<String> failures = o.failures();
        StringBuilder log = new StringBuilder();
        log.append("Screen Dimensionality (").append(m.label())
                .append(m == DimensionalityMethod.LARSEN ? ", " + strategy.name() + " bonds" : "").append("): ")
                .append(o.analysed()).append(" of ").append(entries.size()).append(" structures analysed");
        o.counts().forEach((label, n) -> log.append(", ").append(n).append(' ').append(label));
        log.append("; ").append(failures.size()).append(" skipped; written to ").append(out);
        for (int i = 0; i < Math.min(LOGGED_FAILURES, failures.size()); i++) {
            log.append("\n  skipped ").append(failures.get(i));
        }
        if (failures.size() > LOGGED_FAILURES) {
            log.append("\n  ... and ").append(failures.size() - LOGGED_FAILURES).append(" more skipped");
        }
        IJ.log(log.toString());
        ResultsTable rt = ResultsTable.getResultsTable();
        DimensionalityTables.counts(rt, o.counts(), failures.size());
        rt.show("Results");
    }
}
