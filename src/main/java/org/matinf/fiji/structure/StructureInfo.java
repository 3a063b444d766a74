package org.matinf.fiji.structure;

import ij.measure.ResultsTable;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

/**
 * Adds one row describing a structure file to the ImageJ "Results" table: file, formula, nsites,
 * a, b, c, alpha, beta, gamma, volume, density.
 *
 * <p>Macro: {@code run("Structure Info", "file=[/path/NaCl.cif]"); saveAs("Results", "/tmp/info.csv");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Structure Info")
public class StructureInfo extends StructureFileCommand {

    @Override
    protected void execute() {
        ResultsTable rt = StructureTables.rowsWith("nsites");
        StructureTables.addInfoRow(rt, inputPath().toString(), readInput());
        rt.show("Results");
    }
}
