package org.matinf.fiji.structure;

import ij.measure.ResultsTable;
import org.matinf.core.environment.NeighborStrategies;
import org.matinf.core.environment.NeighborStrategy;
import org.matinf.core.environment.SiteEnvironment;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The local environment of every site of a structure file: coordination number and the best
 * matching coordination polyhedron with its score, one row per site in the ImageJ "Results" table
 * (columns {@link EnvironmentTables#COLUMNS}).
 *
 * <p>Macro: {@code run("Local Environment", "file=[/path/LiFePO4.cif] method=CrystalNN");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Local Environment")
public class LocalEnvironment extends StructureFileCommand {

    @Parameter(label = "Method", persist = false, required = false,
            description = "Neighbour method: CrystalNN, Voronoi or MinimumDistance")
    private String method = "CrystalNN";

    @Override
    protected void execute() {
        NeighborStrategy strategy = NeighborStrategies.parse(method);
        Structure s = readInput();
        ResultsTable rt = ResultsTable.getResultsTable();
        rt.reset();
        EnvironmentTables.addSites(rt, s, SiteEnvironment.all(s, strategy));
        rt.show("Results");
    }
}
