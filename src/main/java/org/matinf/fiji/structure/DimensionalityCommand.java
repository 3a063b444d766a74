package org.matinf.fiji.structure;

import ij.measure.ResultsTable;
import org.matinf.core.dimensionality.DimensionalityMethod;
import org.matinf.core.dimensionality.DimensionalityResult;
import org.matinf.core.environment.NeighborStrategies;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Adds one row with the dimensionality of a structure file to the ImageJ "Results" table: file,
 * formula, dimensionality, then label, components, orientation, method, bonds, summary.
 *
 * <p>Macro: {@code run("Dimensionality", "file=[/path/MoS2.cif] method=Larsen");} (optionally
 * {@code bonds=MinimumDistance}).
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Dimensionality")
public class DimensionalityCommand extends StructureFileCommand {

    @Parameter(label = "Method", choices = {"Larsen", "Cheon"}, persist = false,
            description = "Larsen: bonded components and their dimensionality; Cheon: supercell cluster growth (Jmol radii)")
    private String method = "Larsen";

    @Parameter(label = "Bonds (Larsen)", persist = false, required = false,
            description = "Neighbour strategy deciding the bonds: Covalent (Cordero radii + 0.45 Å), Jmol, MinimumDistance, ...")
    private String bonds = "Covalent";

    @Override
    protected void execute() {
        DimensionalityMethod m = DimensionalityMethod.parse(method);
        DimensionalityResult r = m.analyse(readInput(), NeighborStrategies.parse(bonds == null ? "Covalent" : bonds));
        ResultsTable rt = StructureTables.rowsWith("dimensionality");
        DimensionalityTables.addRow(rt, inputPath().toString(), r);
        rt.show("Results");
    }
}
