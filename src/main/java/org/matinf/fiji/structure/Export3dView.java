package org.matinf.fiji.structure;

import ij.IJ;
import java.io.File;
import java.io.IOException;
import org.matinf.core.render.HtmlView;
import org.matinf.core.render.Scene;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Writes a self-contained interactive web page of a structure (rotate by dragging, zoom with the
 * wheel, the atom under the pointer named); it needs no network and no other file.
 *
 * <p>Macro: {@code run("Export 3D View", "file=[/path/LiFePO4.cif] output=[/tmp/view.html] supercell=1,1,1
 * bonds=true polyhedra=[Fe,P] cell=true");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.STRUCTURE + "Export 3D View")
public class Export3dView extends StructureViewCommand {

    @Parameter(label = "Output (HTML file)", style = FileWidget.SAVE_STYLE, persist = false,
            description = "The web page to write, e.g. view.html")
    private File output;

    @Override
    protected void execute() throws IOException {
        File out = required(output, "output").toFile();
        if (out.isDirectory()) {
            throw new IllegalArgumentException("output " + out + " is a folder; give a file name such as view.html");
        }
        Structure s = readInput();
        Scene scene = scene(s);
        HtmlView.write(scene, camera(scene, 800, 600), s.reducedFormula() + " — " + inputPath().getFileName(), out.toPath());
        IJ.log("Wrote 3-D view " + out + " (" + scene.balls().size() + " atoms, " + scene.sticks().size() + " bonds, "
                + scene.faces().size() + " polyhedron faces)");
    }
}
