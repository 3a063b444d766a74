package org.matinf.fiji.structure;

import java.io.File;
import java.nio.file.Path;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfCommand;
import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

/** A command that starts from one structure file, given as {@code file=[path]}. */
public abstract class StructureFileCommand extends MatInfCommand {

    @Parameter(label = "File", style = FileWidget.OPEN_STYLE, persist = false,
            description = "Structure file: .cif, .vasp/POSCAR, .xyz or .json")
    private File file;

    /** The structure file as the user gave it. */
    protected Path inputPath() {
        return required(file, "file");
    }

    /** Reads the (first) structure of the file. */
    protected Structure readInput() {
        return StructureIO.read(inputPath());
    }
}
