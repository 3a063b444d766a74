package org.matinf.fiji.diffraction;

import java.io.File;
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
}
