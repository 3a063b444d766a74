package org.matinf.fiji.orientation;

import ij.IJ;
import ij.ImagePlus;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.matinf.core.diffraction.ebsd.DictionaryIndexer;
import org.matinf.core.diffraction.ebsd.DictionaryMatch;
import org.matinf.core.diffraction.ebsd.EbsdDetector;
import org.matinf.core.diffraction.ebsd.OrientationDictionary;
import org.matinf.core.image.GrayImage;
import org.matinf.core.progress.ProgressListener;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.image.ImageCommand;
import org.matinf.fiji.image.ImageSlices;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Indexes EBSD patterns (the active image, or every slice of a stack) by dictionary indexing: the
 * patterns are compared by normalised cross-correlation with kinematic patterns simulated for the
 * crystal at orientations covering its fundamental zone at {@code step} degrees
 * ({@link OrientationDictionary}), with the same detector geometry and voltage, and the best match
 * is refined ({@link DictionaryIndexer}). The Results table gets one row per slice with the columns
 * {@code slice, phi1, Phi, phi2, uncertainty, score} (Bunge degrees; uncertainty in degrees: after
 * refinement the least-squares estimate from the correlation peak's curvature, else half the step;
 * score = normalised cross-correlation). The dictionary is kept for the next run with the same file,
 * geometry, step and pattern size. Esc cancels.
 *
 * <p>Macro: {@code run("Dictionary Indexing", "file=[/path/Ni.cif] step=3 voltage=20 pcx=0.5 pcy=0.5 pcz=0.5
 * tilt=70 detector_tilt=0 refine=true");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ORIENTATION + "Dictionary Indexing")
public class DictionaryIndexing extends ImageCommand {
    /** The Results table's columns, in order. */
    static final String[] COLUMNS = {"slice", "phi1", "Phi", "phi2", "uncertainty", OrientationResults.SCORE};

    @Parameter(label = "File (structure)", style = FileWidget.OPEN_STYLE, persist = false,
            description = "Structure file of the crystal: .cif, .vasp/POSCAR, .xyz or .json")
    private File file;

    @Parameter(label = "Step (dictionary, °)", persist = false, min = "0.5", max = "20",
            description = "Angular step of the dictionary over the fundamental zone, degrees")
    private double step = 3;

    @Parameter(label = "Voltage (kV)", persist = false, min = "0.1", description = "Accelerating voltage in kV")
    private double voltage = 20;

    @Parameter(label = "PCx (fraction of width)", persist = false,
            description = "Pattern centre from the left edge, fraction of the pattern width (Bruker)")
    private double pcx = 0.5;

    @Parameter(label = "PCy (fraction of height)", persist = false,
            description = "Pattern centre from the top edge, fraction of the pattern height (Bruker)")
    private double pcy = 0.5;

    @Parameter(label = "PCz (distance / height)", persist = false,
            description = "Detector distance as a fraction of the pattern height (Bruker)")
    private double pcz = 0.5;

    @Parameter(label = "Tilt (sample, °)", persist = false, description = "Sample tilt about RD in degrees")
    private double tilt = 70;

    @Parameter(label = "Detector_tilt (°)", persist = false, description = "Detector tilt in degrees")
    private double detector_tilt = 0;

    @Parameter(label = "Refine (optimise each match)", persist = false,
            description = "Refine the best matches by maximising the correlation over the orientation")
    private boolean refine = true;

    @Override
    protected void execute() {
        ImagePlus imp = input();
        EbsdDetector detector = EbsdDetector.builder().size(imp.getHeight(), imp.getWidth()).pc(pcx, pcy, pcz).sampleTilt(tilt)
                .detectorTilt(detector_tilt).build();
        ProgressListener progress = progress();
        int n = imp.getStackSize();
        List<GrayImage> patterns = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            GrayImage slice = ImageSlices.slice(imp, i);
            slice.requireFinite(imp.getTitle(), i);
            patterns.add(slice);
        }
        OrientationDictionary dictionary = DictionaryCache.get(required(file, "file"), detector, voltage, step, progress);
        List<DictionaryMatch> matches = DictionaryIndexer.builder(dictionary).refine(refine).build().index(patterns, progress);
        OrientationResults.replace(matches.stream().map(DictionaryMatch::orientation).collect(Collectors.toList()),
                matches.stream().mapToDouble(DictionaryMatch::uncertainty).toArray(),
                matches.stream().mapToDouble(DictionaryMatch::score).toArray());
        IJ.log(String.format(Locale.ROOT, "Dictionary Indexing of %s: %d pattern%s against %s%s", imp.getTitle(), n, n == 1 ? "" : "s",
                dictionary, refine ? ", refined" : ""));
    }
}
