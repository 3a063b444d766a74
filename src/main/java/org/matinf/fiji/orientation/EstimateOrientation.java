package org.matinf.fiji.orientation;

import ij.IJ;
import ij.ImagePlus;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.matinf.core.deep.BundledModels;
import org.matinf.core.deep.OrientationEnsemble;
import org.matinf.core.deep.OrientationEstimate;
import org.matinf.core.deep.OrientationModel;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageException;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.orientation.OrientationMap;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.image.ImageCommand;
import org.matinf.fiji.image.ImageSlices;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * The crystal orientation of the active pattern, or of every slice of a stack, from a model made
 * by Train Orientation Model (a folder) or packaged with MatInf ({@code bundled:NAME}). Fills the
 * Results table with one row per slice: {@code slice, phi1, Phi, phi2, uncertainty} (Bunge angles
 * in degrees, in the fundamental zone of the model's Laue group; the uncertainty in degrees from
 * {@code samples} perturbed copies of each pattern, see {@link OrientationEnsemble}, NaN for
 * samples=0). With {@code width} &gt; 0 it also shows the IPF-Z map of the slices in rows of that
 * many points.
 *
 * <p>Macro: {@code run("Estimate Orientation", "model=[/models/ni] samples=8 width=0");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ORIENTATION + "Estimate Orientation")
public class EstimateOrientation extends ImageCommand {
    /** The Results columns, in order. */
    static final String[] COLUMNS = OrientationResults.COLUMNS;

    @Parameter(label = "Model (folder or bundled:NAME)", style = FileWidget.DIRECTORY_STYLE, persist = false,
            description = "Folder written by Train Orientation Model, or bundled:NAME for a model packaged with MatInf")
    private File model;

    @Parameter(label = "Samples (perturbed copies; 0 = no uncertainty)", min = "0", persist = false,
            description = "Predictions of slightly shifted, noisier copies per pattern; uncertainty = their median disorientation")
    private int samples = OrientationEnsemble.DEFAULT_SAMPLES;

    @Parameter(label = "Width (map points per row; 0 = no map)", min = "0", persist = false,
            description = "Also show the IPF-Z orientation map, slices in rows of this many points")
    private int width;

    @Override
    protected void execute() throws IOException {
        DeepCommands.run(this::estimate);
    }

    private void estimate() throws IOException {
        ImagePlus imp = input();
        if (width < 0) {
            throw new IllegalArgumentException("width must be 0 (no map) or more, got " + width);
        }
        try (OrientationModel m = DeepCommands.open(model)) {
            int n = m.inputSize();
            if (imp.getWidth() != n || imp.getHeight() != n) {
                throw new ImageException(imp.getTitle(), "the patterns are " + imp.getWidth() + " x " + imp.getHeight()
                        + " pixels but the model takes " + n + " x " + n + " (resize or bin the patterns first)");
            }
            List<GrayImage> patterns = new ArrayList<>(imp.getStackSize());
            for (int s = 1; s <= imp.getStackSize(); s++) {
                patterns.add(ImageSlices.slice(imp, s));
            }
            List<OrientationEstimate> estimates = new OrientationEnsemble(m, samples, OrientationEnsemble.DEFAULT_SEED)
                    .estimate(patterns, progress());
            OrientationResults.replace(estimates.stream().map(OrientationEstimate::orientation).collect(Collectors.toList()),
                    estimates.stream().mapToDouble(OrientationEstimate::uncertainty).toArray(), null);
            IJ.log(String.format(Locale.ROOT, "Estimate Orientation: %d pattern(s) of %s with %s (%s, Laue group %s), %s", estimates.size(),
                    imp.getTitle(), modelName(), m.network().architecture(), m.laueGroup().symbol(),
                    samples == 0 ? "no uncertainty" : samples + " perturbed copies each for the uncertainty"));
            if (width > 0) {
                showMap(estimates, m);
            }
        }
    }

    private String modelName() {
        return BundledModels.isBundled(model.getName()) ? model.getName() : model.getPath();
    }

    /** The IPF-Z map of the estimates, slice i at point i − 1 in rows of {@code width}. */
    private void showMap(List<OrientationEstimate> estimates, OrientationModel m) {
        int height = (estimates.size() + width - 1) / width;
        Orientation[] pixels = new Orientation[width * height];
        for (int i = 0; i < estimates.size(); i++) {
            pixels[i] = estimates.get(i).orientation();
        }
        IpfColourMap.show(resultTitle(""), new OrientationMap(width, height, pixels), m.laueGroup().symbol(), "z", false);
    }
}
