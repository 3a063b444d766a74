package org.matinf.fiji.structure;

import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

/**
 * Reads a structure file (CIF, POSCAR, XYZ, pymatgen JSON) and shows its sites in the table
 * "Sites" (without a screen: in the Results table) and a summary in the Log window.
 *
 * <p>Macro: {@code run("Open Structure", "file=[/path/NaCl.cif]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Open Structure")
public class OpenStructure extends StructureFileCommand {

    @Override
    protected void execute() {
        StructureDisplay.show(inputPath().toString(), readInput());
    }
}
