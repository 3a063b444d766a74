package org.matinf.fiji.orientation;

import ij.ImagePlus;
import ij.process.ColorProcessor;
import java.io.File;
import java.util.Locale;
import org.matinf.fiji.image.ResultImages;
import org.matinf.core.image.RgbImage;
import org.matinf.core.orientation.IpfColourKey;
import org.matinf.core.orientation.OrientationCsv;
import org.matinf.core.orientation.OrientationMap;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * An inverse pole figure (IPF) map of orientations read from CSV ({@link OrientationCsv}: columns
 * phi1, Phi, phi2 in degrees, or q0..q3; placed by x, y columns, or in rows of {@code width}
 * pixels): each pixel is coloured by the crystal direction parallel to the sample direction x, y or z
 * ({@link IpfColourKey}; cubic: [001] red, [101] green, [111] blue; hexagonal: [0001] red, [10-10]
 * green, [2-1-10] blue). Pixels without an orientation are black. Opens an RGB image titled
 * "name IPF-Z", and with {@code legend} a second one with the colour key (the standard triangle in
 * stereographic projection).
 *
 * <p>Macro: {@code run("IPF Colour Map", "file=[/path/map.csv] symmetry=m-3m direction=z width=0 legend=true");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ORIENTATION + "IPF Colour Map")
public class IpfColourMap extends MatInfCommand {
    /** Side of the legend image, pixels. */
    static final int LEGEND_SIZE = 256;

    @Parameter(label = "File (orientation map, CSV)", style = FileWidget.OPEN_STYLE, persist = false,
            description = "CSV with phi1, Phi, phi2 (degrees) or q0, q1, q2, q3, and x, y unless a width is given")
    private File file;

    @Parameter(label = "Symmetry (Laue class)", persist = false, choices = {"m-3m", "m-3", "6/mmm", "6/m", "-3m", "-3", "4/mmm", "4/m", "mmm", "2/m", "-1"},
            description = "Laue class of the phase; hexagonal and trigonal crystals with a along x, c along z")
    private String symmetry = "m-3m";

    @Parameter(label = "Direction (sample axis)", choices = {"z", "x", "y"}, persist = false, description = "IPF-X, IPF-Y or IPF-Z")
    private String direction = "z";

    @Parameter(label = "Width (pixels per row, 0 = from x, y)", min = "0", persist = false,
            description = "For files in row order without x, y columns: the number of pixels per row")
    private int width;

    @Parameter(label = "Legend (show the colour key)", persist = false)
    private boolean legend;

    @Override
    protected void execute() {
        OrientationMap map = OrientationCsv.read(required(file, "file"), width);
        show(file.getName(), map, symmetry, direction, legend);
    }

    /**
     * Shows the IPF map of {@code map} titled "name IPF-Z" (the axis in capitals) and, with
     * {@code legend}, the colour key titled "IPF key m-3m".
     */
    static void show(String name, OrientationMap map, String symmetry, String direction, boolean legend) {
        IpfColourKey key = new IpfColourKey(OrientationChoices.laueGroup(symmetry));
        String axis = direction.trim().toUpperCase(Locale.ROOT);
        ResultImages.show(image(name + " IPF-" + axis, map.ipf(key, IpfColourKey.sampleDirection(direction))));
        if (legend) {
            ResultImages.show(image("IPF key " + key.group().symbol(), key.legend(LEGEND_SIZE)));
        }
    }

    private static ImagePlus image(String title, RgbImage rgb) {
        return new ImagePlus(title, new ColorProcessor(rgb.width(), rgb.height(), rgb.pixels().clone()));
    }
}
