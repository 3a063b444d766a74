package org.matinf.fiji.orientation;

import java.io.File;
import java.io.IOException;
import org.matinf.core.io.StructureIO;
import org.matinf.core.orientation.MapPhase;
import org.matinf.core.orientation.OrientationScan;
import org.matinf.core.orientation.ScanFiles;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Writes per-pattern orientations (Results table or CSV: {@code slice, phi1, Phi, phi2}, optionally
 * {@code x, y, uncertainty, score, iq}) as an orientation map file that MTEX, orix/kikuchipy and
 * the EBSD vendors' programs read: EDAX/TSL .ang (Euler angles in radians; CI = score, Fit =
 * uncertainty, IQ = iq) or Oxford .ctf (degrees; BS = score, MAD = uncertainty, BC = iq). The phase
 * (name, lattice constants, Laue class) comes from a structure file, or else is "Unknown" with the
 * chosen symmetry. See {@link org.matinf.core.orientation.OrientationTable#toScan} for how rows are
 * placed on the grid.
 *
 * <p>Macro: {@code run("Export Orientations", "file=[/data/labels.csv] source=file width=0 step=0.5
 * structure=[/data/Ni.cif] symmetry=m-3m format=ang output=[/data/map.ang]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ORIENTATION + "Export Orientations")
public class ExportOrientations extends MatInfCommand {
    @Parameter(label = "File (CSV, for source = file)", style = FileWidget.OPEN_STYLE, persist = false, required = false,
            description = "e.g. a dataset's labels.csv or a saved Results table")
    private File file;

    @Parameter(label = "Source", choices = {"results", "file"}, persist = false,
            description = "The Results table (columns slice, phi1, Phi, phi2, ...) or a CSV file with those columns")
    private String source = "results";

    @Parameter(label = "Width (points per row, 0 = from x, y)", min = "0", persist = false,
            description = "Rows = ceil(n / width), points placed at slice - 1; 0 places them by their x, y columns")
    private int width;

    @Parameter(label = "Step (µm)", min = "0", persist = false, description = "Grid step in x and y")
    private double step = 1;

    @Parameter(label = "Structure (optional: phase name, lattice, Laue class)", style = FileWidget.OPEN_STYLE, persist = false,
            required = false, description = ".cif, .vasp/POSCAR or .json; without it the phase is 'Unknown' with the symmetry below")
    private File structure;

    @Parameter(label = "Symmetry (Laue class, without a structure)", persist = false,
            choices = {"m-3m", "m-3", "6/mmm", "6/m", "-3m", "-3", "4/mmm", "4/m", "mmm", "2/m", "-1"})
    private String symmetry = "m-3m";

    @Parameter(label = "Format", choices = {"ang", "ctf"}, persist = false, description = "EDAX/TSL .ang or Oxford HKL .ctf")
    private String format = "ang";

    @Parameter(label = "Output (.ang or .ctf file)", style = FileWidget.SAVE_STYLE, persist = false)
    private File output;

    @Override
    protected void execute() throws IOException {
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("step must be a positive number of µm, got " + step);
        }
        MapPhase phase = structure == null || structure.getPath().isBlank() ? MapPhase.of(OrientationChoices.laueGroup(symmetry))
                : MapPhase.of(StructureIO.read(structure.toPath()));
        OrientationScan scan = ResultsOrientations.read(source, file).toScan(width, step, phase);
        ScanFiles.write(scan, required(output, "output"), format);
    }
}
