package org.matinf.fiji.orientation;

import ij.IJ;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.matinf.core.dataset.Realism;
import org.matinf.core.deep.NetworkConfig;
import org.matinf.core.deep.OrientationDataset;
import org.matinf.core.deep.OrientationModel;
import org.matinf.core.deep.OrientationTrainer;
import org.matinf.core.deep.TrainingConfig;
import org.matinf.core.deep.TrainingResult;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Trains a CNN that reads a crystal orientation from a diffraction pattern, on a folder written by
 * Generate Diffraction Dataset ({@link OrientationTrainer}: 6D rotation output, loss minimised over
 * the Laue group, Adam, early stopping on the validation median disorientation). Progress shows in
 * the status bar (Esc stops); a plot of the training loss and the validation disorientation is
 * updated after every epoch when there is a screen, and saved as PNG with {@code plot}. The model
 * folder (model.json card and orientation.params) is written to a temporary folder next to
 * {@code output} and then renamed, so a failed or cancelled run leaves no half-written model.
 *
 * <p>Macro: {@code run("Train Orientation Model", "dataset=[/data/ni] architecture=small-cnn symmetry=m-3m epochs=30
 * batch=32 learning_rate=0.001 validation=0.2 patience=5 augment=false seed=1 output=[/models/ni]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ORIENTATION + "Train Orientation Model")
public class TrainOrientationModel extends MatInfCommand {
    /** The augmentation of augment=true: read noise, background, blur, gain and gamma changes. */
    static final Realism AUGMENTATION = new Realism(0, 0.03, 0.1, 0.5, 0.1, 0.1, 0);

    @Parameter(label = "Dataset (folder)", style = FileWidget.DIRECTORY_STYLE, persist = false,
            description = "Folder written by Generate Diffraction Dataset (patterns.tif, labels.csv, dataset.json)")
    private File dataset;

    @Parameter(label = "Architecture", choices = {NetworkConfig.SMALL_CNN, NetworkConfig.RESNET18}, persist = false,
            description = "small-cnn: four conv stages and a dense layer (fast); resnet18: ResNet-18 (patterns of 32 pixels or more)")
    private String architecture = NetworkConfig.SMALL_CNN;

    @Parameter(label = "Symmetry (Laue class)", persist = false, choices = {"m-3m", "m-3", "6/mmm", "6/m", "-3m", "-3", "4/mmm", "4/m", "mmm", "2/m", "-1"},
            description = "Laue class of the dataset's phase: symmetry-equivalent orientations are not punished")
    private String symmetry = "m-3m";

    @Parameter(label = "Epochs", min = "1", persist = false, description = "Most passes over the training patterns")
    private int epochs = 30;

    @Parameter(label = "Batch (patterns)", min = "1", persist = false, description = "Patterns per mini-batch")
    private int batch = 32;

    @Parameter(label = "Learning_rate", persist = false, description = "Adam's step size")
    private double learning_rate = 1e-3;

    @Parameter(label = "Validation (fraction)", persist = false, description = "Share of the patterns held out to measure the model")
    private double validation = 0.2;

    @Parameter(label = "Patience (epochs)", min = "1", persist = false,
            description = "Stop after this many epochs without a better validation median disorientation")
    private int patience = 5;

    @Parameter(label = "Augment (noise, blur, contrast)", persist = false,
            description = "Give every training pattern fresh noise, background, blur and contrast changes in every epoch")
    private boolean augment;

    @Parameter(label = "Seed", persist = false, description = "Seeds the split, shuffling, augmentation and initial weights")
    private long seed = 1;

    @Parameter(label = "Output (model folder)", style = FileWidget.DIRECTORY_STYLE, persist = false,
            description = "Folder for model.json and orientation.params; an existing model there is replaced")
    private File output;

    @Parameter(label = "Plot (PNG file)", style = FileWidget.SAVE_STYLE, persist = false, required = false,
            description = "Also save the training plot as this PNG file (optional)")
    private File plot;

    @Override
    protected void execute() throws IOException {
        DeepCommands.run(this::train);
    }

    private void train() throws IOException {
        Path target = required(output, "output").toAbsolutePath();
        checkOutput(target);
        OrientationDataset data = OrientationDataset.read(required(dataset, "dataset"));
        LaueGroup group = OrientationChoices.laueGroup(symmetry);
        String arch = architecture.strip().toLowerCase(Locale.ROOT);
        NetworkConfig network = NetworkConfig.RESNET18.equals(arch) ? NetworkConfig.resnet18(data.size()) : NetworkConfig.SMALL_CNN.equals(arch)
                ? NetworkConfig.smallCnn(data.size()) : new NetworkConfig(arch, data.size(), null, 0, 0);
        TrainingConfig config = new TrainingConfig(network, epochs, batch, learning_rate, validation, patience, seed,
                augment ? AUGMENTATION : Realism.NONE);
        TrainingPlot chart = new TrainingPlot("Training " + target.getFileName());
        long start = System.nanoTime();
        TrainingResult result = new OrientationTrainer(data, group, config).train(progress(), chart::add);
        String text;
        try (OrientationModel model = result.model()) {
            writeAtomically(model, target);
            text = summary(data, network, result, target, (System.nanoTime() - start) / 1e9);
        }
        chart.save(plot);
        IJ.log(text);
    }

    /** Refuses an output that is a file, or a folder holding something other than a model. */
    static void checkOutput(Path target) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IllegalArgumentException("output " + target + " is a file; give a folder for the model");
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                List<String> model = List.of(OrientationModel.CARD, OrientationModel.WEIGHTS);
                if (!model.containsAll(names)) {
                    throw new IllegalArgumentException("output " + target + " holds other files than a model (" + names
                            + "); give a new or empty folder, or a model folder to replace");
                }
            }
        }
    }

    /** Saves the model into a new folder next to {@code target}, then renames it to {@code target} (replacing an old model). */
    static void writeAtomically(OrientationModel model, Path target) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path fresh = parent.resolve("." + target.getFileName() + ".new-" + tag);
        Path old = parent.resolve("." + target.getFileName() + ".old-" + tag);
        try {
            model.save(fresh);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteFolder(fresh);
            deleteFolder(old);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    private static String summary(OrientationDataset data, NetworkConfig network, TrainingResult r, Path target, double seconds) {
        var v = r.model().card().path("validation");
        return String.format(Locale.ROOT, "Train Orientation Model: %s on %d patterns of %d x %d pixels from %s in %.1f s%n"
                + "  epochs run %d (best %d%s)%n"
                + "  validation (%d patterns): median disorientation %.2f deg, mean %.2f deg, within 5 deg %.0f %%, within 10 deg %.0f %%%n"
                + "  model: %s", network.architecture(), data.count(), data.size(), data.size(), data.folder(), seconds,
                r.trainingLoss().size(), r.bestEpoch(), r.stoppedEarly() ? ", stopped early" : "", v.path("patterns").asInt(),
                v.path("median_disorientation_deg").asDouble(), v.path("mean_disorientation_deg").asDouble(),
                100 * v.path("within_5deg").asDouble(), 100 * v.path("within_10deg").asDouble(), target);
    }
}
