package org.matinf.fiji.structure;

import java.io.File;
import java.io.IOException;
import org.matinf.core.structure.SlabBuilder;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Cuts a slab parallel to the (hkl) planes with vacuum above it, and writes it to a file.
 *
 * <p>Macro: {@code run("Make Slab", "file=[/path/Cu.cif] hkl=[1 1 1] thickness=10 vacuum=15 output=[/tmp/Cu111.vasp]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Make Slab")
public class MakeSlab extends StructureFileCommand {

    @Parameter(label = "hkl (Miller indices)", persist = false, description = "Miller indices of the surface, e.g. \"1 1 1\"")
    private String hkl = "1 0 0";

    @Parameter(label = "Thickness (Å)", persist = false, min = "0", description = "Minimum slab thickness in Å")
    private double thickness = 10;

    @Parameter(label = "Vacuum (Å)", persist = false, min = "0", description = "Minimum vacuum thickness in Å")
    private double vacuum = 15;

    @Parameter(label = "Output", style = FileWidget.SAVE_STYLE, persist = false,
            description = "File to write; the format follows the extension: .cif, .vasp, .xyz, .json")
    private File output;

    @Override
    protected void execute() throws IOException {
        required(output, "output");
        int[] miller = IntegerParameters.hkl(hkl);
        if (!(thickness > 0) || !(vacuum >= 0)) {
            throw new IllegalArgumentException("thickness must be positive and vacuum not negative (got thickness="
                    + thickness + ", vacuum=" + vacuum + ")");
        }
        Structure slab = new SlabBuilder(readInput(), miller[0], miller[1], miller[2]).minSlabThickness(thickness)
                .minVacuum(vacuum).build().structure();
        StructureDisplay.write(inputPath().getFileName() + " slab (" + hkl.trim() + ")", slab, output);
    }
}
