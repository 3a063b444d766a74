package org.matinf.fiji.electron;

import ij.IJ;
import ij.ImagePlus;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.matinf.fiji.image.ResultImages;
import org.matinf.core.dataset.DatasetResult;
import org.matinf.core.dataset.DatasetSources;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.OrientationSampler;
import org.matinf.core.dataset.PatternSource;
import org.matinf.core.dataset.Realism;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.structure.StructureFileCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Generates a training set of simulated diffraction patterns (TEM spot patterns or EBSD Kikuchi
 * patterns) of one structure in random orientations, with realistic noise, into a folder:
 * {@code patterns.tif} (multi-page TIFF), {@code labels.csv} (orientation of every slice) and
 * {@code dataset.json} (see {@link DiffractionDataset}). The stack is then opened as a virtual
 * stack.
 *
 * <p>Macro: {@code run("Generate Diffraction Dataset", "file=[/path/x.cif] type=ebsd n=1000 size=64 seed=1 output=[/dir]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ELECTRON + "Generate Diffraction Dataset")
public class GenerateDiffractionDataset extends StructureFileCommand {
    /** Default voltages when {@code voltage=0}: TEM and SEM. */
    static final double SPOT_KV = 200;
    static final double EBSD_KV = 20;

    /** Makes the simulator; tests put a test source here, the product uses {@link DatasetSources#forType}. */
    interface SourceFactory {
        PatternSource create(String type, Structure structure, SourceSettings settings);
    }

    static SourceFactory sources = DatasetSources::forType;

    @Parameter(label = "Type", choices = {"ebsd", "spot"}, persist = false,
            description = "ebsd: EBSD Kikuchi patterns; spot: TEM spot patterns (random orientations, not zone axes)")
    private String type = "ebsd";

    @Parameter(label = "N (patterns)", persist = false, min = "1", description = "Number of patterns")
    private int n = 1000;

    @Parameter(label = "Size (pixels)", persist = false, min = "1", max = "4096", description = "Width and height of each pattern")
    private int size = 64;

    @Parameter(label = "Seed", persist = false, description = "Random seed: the same seed gives identical files")
    private long seed = 1;

    @Parameter(label = "Output (folder)", style = FileWidget.DIRECTORY_STYLE, persist = false,
            description = "Folder for patterns.tif, labels.csv and dataset.json (created if missing)")
    private File output;

    @Parameter(label = "Sampling", choices = {"uniform", "fundamental-zone"}, persist = false,
            description = "uniform: all rotations equally likely; fundamental-zone: one per symmetry-equivalent set")
    private String sampling = "uniform";

    @Parameter(label = "Dose (counts at the maximum; 0 = no shot noise)", persist = false, min = "0",
            description = "Mean counts at the brightest pixel for Poisson noise")
    private double dose = 0;

    @Parameter(label = "Read_noise (sigma, fraction of the maximum)", persist = false, min = "0",
            description = "Standard deviation of Gaussian detector noise")
    private double read_noise = 0;

    @Parameter(label = "Background (fraction of the maximum)", persist = false, min = "0",
            description = "Amplitude of a broad Gaussian background")
    private double background = 0;

    @Parameter(label = "Blur (sigma, pixels)", persist = false, min = "0", description = "Gaussian blur of the pattern")
    private double blur = 0;

    @Parameter(label = "Jitter (gain, +/- fraction)", persist = false, min = "0", max = "0.99",
            description = "Each pattern's intensity is multiplied by a factor within 1 +/- jitter")
    private double jitter = 0;

    @Parameter(label = "Gamma_jitter (+/- fraction)", persist = false, min = "0", max = "0.99",
            description = "Each pattern is raised to a gamma within 1 +/- gamma_jitter")
    private double gamma_jitter = 0;

    @Parameter(label = "Pc_jitter (pattern widths)", persist = false, min = "0", max = "1",
            description = "EBSD pattern-centre offsets within +/- pc_jitter pattern widths")
    private double pc_jitter = 0;

    @Parameter(label = "Bits", choices = {"8", "16", "32"}, persist = false,
            description = "8/16: each pattern stretched from its minimum to its maximum; 32: floats as simulated")
    private String bits = "8";

    @Parameter(label = "Voltage (kV; 0 = 200 for spot, 20 for ebsd)", persist = false, min = "0",
            description = "Accelerating voltage")
    private double voltage = 0;

    @Override
    protected void execute() throws IOException {
        Path folder = required(output, "output");
        Realism realism = new Realism(dose, read_noise, background, blur, jitter, gamma_jitter, pc_jitter);
        String kind = type.trim().toLowerCase(Locale.ROOT);
        SourceSettings settings = new SourceSettings(size, voltage > 0 ? voltage : kind.equals(DatasetSources.SPOT) ? SPOT_KV : EBSD_KV);
        DiffractionDataset.checkCount(n);
        DiffractionDataset.prepareFolder(folder);
        Structure structure = readInput();
        String name = inputPath().getFileName().toString();
        OrientationSampler sampler = DatasetSources.sampler(sampling, structure);
        PatternSource source = sources.create(kind, structure, settings);
        DiffractionDataset dataset = DiffractionDataset.builder(source).sampler(sampler).realism(realism).count(n).seed(seed)
                .bits(Integer.parseInt(bits.trim())).structure(name).build();
        DatasetResult result = dataset.write(folder, progress());
        IJ.log(summary(name, dataset, result));
        open(result);
    }

    private static String summary(String name, DiffractionDataset d, DatasetResult r) {
        int px = d.source().size();
        String what = String.format(Locale.ROOT, "%d %s patterns of %d x %d pixels (%d-bit) of %s", d.count(), d.source().kind(), px,
                px, d.bits(), name);
        String head = r.reused() ? "Generate Diffraction Dataset: " + r.patterns().getParent()
                + " already holds " + what + " with the same parameters; nothing regenerated"
                : String.format(Locale.ROOT, "Generate Diffraction Dataset: %s in %.1f s", what, r.millis() / 1000.0);
        return head + "\n  patterns: " + r.patterns() + "\n  labels:   " + r.labels() + "\n  settings: " + r.description();
    }

    /** Opens the stack as a virtual stack, where there is a screen or a macro to hand it to. */
    private static void open(DatasetResult r) {
        if (GraphicsEnvironment.isHeadless() && !IJ.isMacro()) {
            return;
        }
        try {
            ImagePlus imp = IJ.openVirtual(r.patterns().toString());
            if (imp == null) {
                IJ.log("  (could not open " + r.patterns() + " as a virtual stack)");
                return;
            }
            ResultImages.show(imp);
        } catch (HeadlessException ex) {
            IJ.log("  (no screen to show " + r.patterns() + ")");
        }
    }
}
