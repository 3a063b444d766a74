package org.matinf.fiji.diffraction;

import ij.gui.Plot;
import java.io.File;
import java.io.IOException;
import org.matinf.core.diffraction.PowderPatternIO;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.fiji.MatInfCommand;
import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

/** A command that starts from one measured powder pattern file, given as {@code file=[path]}. */
public abstract class MeasuredPatternCommand extends MatInfCommand {

    @Parameter(label = "File", style = FileWidget.OPEN_STYLE, persist = false,
            description = "Powder pattern: .xy, .xye, .csv, .txt, .dat, .xrdml (PANalytical) or .ras (Rigaku)")
    private File file;

    @Parameter(label = "Plot (PNG file)", style = FileWidget.SAVE_STYLE, persist = false, required = false,
            description = "Also save the plot as this PNG file (optional)")
    private File plot;

    /** The pattern file's name, for titles and logs. */
    protected String fileName() {
        return required(file, "file").getFileName().toString();
    }

    /** The pattern file's path as given. */
    protected String filePath() {
        return required(file, "file").toString();
    }

    /** Reads the pattern (see {@link PowderPatternIO#read}). */
    protected PowderProfile readMeasured() {
        return PowderPatternIO.read(required(file, "file"));
    }

    /** Shows the plot over the scan's 2θ range, or saves it when a PNG file was given (see {@link DiffractionPlots#display}). */
    protected void display(Plot p, PowderProfile range, double yMin, double yMax) throws IOException {
        DiffractionPlots.setRange(p, range.twoTheta(0), range.twoTheta(range.size() - 1), yMin, yMax);
        DiffractionPlots.display(p, plot);
    }
}
