package org.matinf.fiji.structure;

import java.io.File;
import java.io.IOException;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Builds a supercell from an integer matrix and writes it to a file.
 *
 * <p>Macro: {@code run("Make Supercell", "file=[/path/NaCl.cif] matrix=[2 2 2] output=[/tmp/NaCl_222.vasp]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Make Supercell")
public class MakeSupercell extends StructureFileCommand {

    @Parameter(label = "Matrix (3 or 9 integers)", persist = false,
            description = "\"2 2 2\" for a diagonal supercell, or 9 integers row by row: \"1 1 0 -1 1 0 0 0 1\"")
    private String matrix = "2 2 2";

    @Parameter(label = "Output", style = FileWidget.SAVE_STYLE, persist = false,
            description = "File to write; the format follows the extension: .cif, .vasp, .xyz, .json")
    private File output;

    @Override
    protected void execute() throws IOException {
        required(output, "output");
        int[][] m = IntegerParameters.supercellMatrix(matrix);
        StructureDisplay.write(inputPath().getFileName() + " supercell", readInput().supercell(m, progress()), output);
    }
}
