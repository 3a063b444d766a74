package org.matinf.fiji.structure;

import java.io.File;
import java.io.IOException;
import org.matinf.core.io.StructureFormat;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Reads a structure file and writes it in another format.
 *
 * <p>Macro: {@code run("Convert Structure", "file=[/path/NaCl.cif] format=poscar output=[/tmp/NaCl.vasp]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Convert Structure")
public class ConvertStructure extends StructureFileCommand {

    @Parameter(label = "Format", choices = {"cif", "poscar", "xyz", "json"}, persist = false,
            description = "Format to write")
    private String format = "cif";

    @Parameter(label = "Output", style = FileWidget.SAVE_STYLE, persist = false, description = "File to write")
    private File output;

    @Override
    protected void execute() throws IOException {
        required(output, "output");
        StructureFormat f = StructureFormat.fromName(format);
        StructureDisplay.write(inputPath().getFileName().toString(), readInput(), output, f);
    }
}
