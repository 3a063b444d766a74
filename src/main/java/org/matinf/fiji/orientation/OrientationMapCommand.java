package org.matinf.fiji.orientation;

import org.matinf.core.orientation.MapPhase;
import org.matinf.core.orientation.OrientationMap;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The inverse pole figure (IPF) map of the orientations in the Results table (columns
 * {@code slice, phi1, Phi, phi2}, as CNN and dictionary indexing write them, and {@code x, y} for
 * width 0): the front end of {@link IpfColourMap} (which reads CSV files) for the table. Rows fill
 * a grid of {@code width} points per row at position slice − 1 (rows = ceil(n / width)), or are
 * placed by x, y; points without a row are black. Opens an RGB image "Results IPF-Z" and, with
 * {@code legend}, the colour key.
 *
 * <p>Macro: {@code run("Orientation Map", "width=16 symmetry=m-3m direction=z legend=true");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ORIENTATION + "Orientation Map")
public class OrientationMapCommand extends MatInfCommand {
    @Parameter(label = "Width (points per row, 0 = from x, y)", min = "0", persist = false,
            description = "Rows = ceil(n / width), points placed at slice - 1; 0 places them by their x, y columns")
    private int width;

    @Parameter(label = "Symmetry (Laue class)", persist = false, choices = {"m-3m", "m-3", "6/mmm", "6/m", "-3m", "-3", "4/mmm", "4/m", "mmm", "2/m", "-1"},
            description = "Laue class of the phase; hexagonal and trigonal crystals with a along x, c along z")
    private String symmetry = "m-3m";

    @Parameter(label = "Direction (sample axis)", choices = {"z", "x", "y"}, persist = false, description = "IPF-X, IPF-Y or IPF-Z")
    private String direction = "z";

    @Parameter(label = "Legend (show the colour key)", persist = false)
    private boolean legend;

    @Override
    protected void execute() {
        MapPhase phase = MapPhase.of(OrientationChoices.laueGroup(symmetry));
        OrientationMap map = ResultsOrientations.read("results", null).toScan(width, 1, phase).orientationMap();
        IpfColourMap.show("Results", map, symmetry, direction, legend);
    }
}
