package org.matinf.fiji.orientation;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.matinf.core.deep.LearningRateSchedule;
import org.matinf.core.deep.NetworkConfig;
import org.matinf.core.deep.OrientationDataset;
import org.matinf.core.deep.OrientationModel;
import org.matinf.core.deep.OrientationTrainer.EpochListener;
import org.matinf.core.deep.TrainingConfig;
import org.matinf.core.deep.TrainingResult;
import org.matinf.fiji.MatInfCommand;
import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

/**
 * What Train Orientation Model and Fine-tune Orientation Model share: the dataset, the training
 * settings, the output model folder and the plot. The output is checked before the dataset is
 * read; the model is written to a temporary folder next to {@code output} and then renamed, so a
 * failed or cancelled run leaves no half-written model; the training plot is updated after every
 * epoch when there is a screen and saved as PNG with {@code plot}; a summary goes to the Log.
 */
abstract class OrientationTrainingCommand extends MatInfCommand {
    /** The augmentation of augment=true: read noise, background, blur, gain and gamma changes. */
    static final Realism AUGMENTATION = new Realism(0, 0.03, 0.1, 0.5, 0.1, 0.1, 0);

    @Parameter(label = "Dataset (folder)", style = FileWidget.DIRECTORY_STYLE, persist = false,
            description = "Folder written by Generate Diffraction Dataset (patterns.tif, labels.csv, dataset.json)")
    private File dataset;

    @Parameter(label = "Epochs", min = "1", persist = false, description = "Most passes over the training patterns")
    private int epochs = 30;

    @Parameter(label = "Batch (patterns)", min = "1", persist = false, description = "Patterns per mini-batch")
    private int batch = 32;

    @Parameter(label = "Learning_rate", persist = false, description = "Adam's step size")
    private double learning_rate = 1e-3;

    @Parameter(label = "Schedule (learning rate)", choices = {"constant", "cosine"}, persist = false,
            description = "constant: the learning rate throughout; cosine: annealed to 1 % of it over the planned epochs")
    private String schedule = "constant";

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

    /**
     * Trains the command's model on the dataset.
     *
     * @param epochListener to be told after every epoch (the plot)
     */
    protected abstract TrainingResult train(OrientationDataset data, EpochListener epochListener) throws IOException;

    /** The training settings of the parameters for a network. */
    protected final TrainingConfig settings(NetworkConfig network) {
        return new TrainingConfig(network, epochs, batch, learning_rate, validation, patience, seed, augment ? AUGMENTATION : Realism.NONE,
                LearningRateSchedule.parse(schedule));
    }

    /** The seed parameter. */
    protected final long seed() {
        return seed;
    }

    @Override
    protected final void execute() throws IOException {
        DeepCommands.run(this::trainAndSave);
    }

    private void trainAndSave() throws IOException {
        Path target = required(output, "output").toAbsolutePath();
        checkOutput(target);
        OrientationDataset data = OrientationDataset.read(required(dataset, "dataset"));
        TrainingPlot chart = new TrainingPlot(title() + " " + target.getFileName());
        long start = System.nanoTime();
        TrainingResult result = train(data, chart::add);
        String text;
        try (OrientationModel model = result.model()) {
            writeAtomically(model, target);
            text = summary(data, result, target, (System.nanoTime() - start) / 1e9);
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

    private String summary(OrientationDataset data, TrainingResult r, Path target, double seconds) {
        JsonNode card = r.model().card();
        JsonNode v = card.path("validation");
        JsonNode t = card.path("training");
        String text = String.format(Locale.ROOT, "%s: %s on %d patterns of %d x %d pixels from %s in %.1f s%n"
                + "  epochs run %d (best %d%s)%n"
                + "  validation (%d patterns): median disorientation %.2f deg, mean %.2f deg, within 5 deg %.0f %%, within 10 deg %.0f %%%n"
                + "  model: %s", title(), r.model().network().architecture(), t.path("training_patterns").asInt() + v.path("patterns").asInt(),
                data.size(), data.size(), data.folder(), seconds, r.trainingLoss().size(), r.bestEpoch(), r.stoppedEarly() ? ", stopped early" : "",
                v.path("patterns").asInt(), v.path("median_disorientation_deg").asDouble(), v.path("mean_disorientation_deg").asDouble(),
                100 * v.path("within_5deg").asDouble(), 100 * v.path("within_10deg").asDouble(), target);
        JsonNode f = card.path("fine_tuning");
        if (!f.isMissingNode()) {
            text += String.format(Locale.ROOT, "%n  fine-tuned from %s (%s, validation median %.2f deg); frozen: %s; trained: %s",
                    card.path("parent").path("model").asText(), card.path("parent").path("laue_group").asText(),
                    card.path("parent").path("validation").path("median_disorientation_deg").asDouble(Double.NaN),
                    f.path("frozen").isEmpty() ? "none" : join(f.path("frozen")), join(f.path("trained")));
        }
        return text;
    }

    private static String join(JsonNode array) {
        StringBuilder s = new StringBuilder();
        array.forEach(e -> s.append(s.length() == 0 ? "" : ", ").append(e.asText()));
        return s.toString();
    }
}
