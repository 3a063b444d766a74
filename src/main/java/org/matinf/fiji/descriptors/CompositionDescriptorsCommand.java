package org.matinf.fiji.descriptors;

import ij.IJ;
import java.io.File;
import java.io.IOException;
import org.matinf.core.descriptors.CompositionDescriptors;
import org.matinf.core.descriptors.DescriptorTable;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Adds composition descriptors (matminer's Magpie preset and others) to a CSV data set with a
 * formula column. The result goes to a file; the Log gets a one-line summary (no big Results table).
 *
 * <p>Macro: {@code run("Composition Descriptors", "input=[/path/data.csv] formula_column=formula
 * preset=magpie output=[/path/features.csv]");} (optional {@code on_error=skip}).
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.DESCRIPTORS + "Composition Descriptors")
public class CompositionDescriptorsCommand extends MatInfCommand {
    /** Skipped rows listed one by one in the Log, at most. */
    static final int LOGGED_SKIPS = 20;

    @Parameter(label = "Input (CSV)", persist = false, description = "CSV file with a header and a formula column")
    private File input;

    @Parameter(label = "Formula_column", persist = false, description = "Name of the column holding the formulas")
    private String formula_column = "formula";

    @Parameter(label = "Preset", persist = false, description = "magpie, stoichiometry, valence_orbital, "
            + "ion_property, fraction, pooled, all, or a comma-separated list")
    private String preset = "magpie";

    @Parameter(label = "Output (CSV)", style = FileWidget.SAVE_STYLE, persist = false,
            description = "File to write: the input columns followed by the descriptors")
    private File output;

    @Parameter(label = "On_error (bad formulas)", choices = {"fail", "skip"}, persist = false,
            description = "fail: stop naming the line; skip: write empty descriptors and log the line")
    private String on_error = "fail";

    @Override
    protected void execute() throws IOException {
        required(input, "input");
        required(output, "output");
        DescriptorTable.OnError mode = DescriptorTable.OnError.parse(on_error);
        CompositionDescriptors descriptors = CompositionDescriptors.of(preset);
        DescriptorTable.Summary s = DescriptorTable.featurize(input.toPath(), formula_column, descriptors, mode,
                output.toPath(), progress());
        IJ.log(title() + ": " + input.getPath() + ", preset " + preset + " (" + descriptors.size()
                + " descriptors): " + s);
        for (int i = 0; i < Math.min(LOGGED_SKIPS, s.skipped().size()); i++) {
            IJ.log("  skipped " + s.skipped().get(i));
        }
        if (s.skipped().size() > LOGGED_SKIPS) {
            IJ.log("  ... and " + (s.skipped().size() - LOGGED_SKIPS) + " more skipped rows");
        }
    }
}
