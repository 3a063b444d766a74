package org.matinf.fiji.orientation;

import java.io.File;
import java.io.IOException;
import org.matinf.core.deep.FineTuning;
import org.matinf.core.deep.OrientationDataset;
import org.matinf.core.deep.OrientationModel;
import org.matinf.core.deep.OrientationTrainer;
import org.matinf.core.deep.PretrainedResNet18;
import org.matinf.core.deep.TrainingResult;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Transfer learning ({@link FineTuning}): goes on training a saved orientation model on a new, small
 * dataset of the same pattern size — another detector geometry, or another phase with its own Laue
 * class — with the first {@code freeze} stages of the network frozen, using at most
 * {@code max_patterns} patterns. The new model's card names its parent and the frozen stages.
 * The dataset, training settings, output and plot work as in Train Orientation Model.
 *
 * <p>Instead of a MatInf model, {@code pretrained} may name a torchvision-style ResNet-18 saved by
 * PyTorch (TorchScript or state dict, e.g. an ImageNet network): its weights are copied into
 * MatInf's ResNet-18 ({@link PretrainedResNet18}), which is then fine-tuned; {@code symmetry} must
 * then name the phase's Laue class.
 *
 * <p>Macro: {@code run("Fine-tune Orientation Model", "model=[/models/ni] dataset=[/data/ni-new-pc] symmetry=model freeze=2
 * max_patterns=500 epochs=10 batch=32 learning_rate=0.001 validation=0.2 patience=5 augment=false seed=1
 * output=[/models/ni-new-pc] plot=[/models/ni-new-pc.png]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ORIENTATION + "Fine-tune Orientation Model")
public class FineTuneOrientationModel extends OrientationTrainingCommand {
    /** The symmetry choice that keeps the parent model's Laue class. */
    static final String MODEL_SYMMETRY = "model";

    @Parameter(label = "Model (folder)", style = FileWidget.DIRECTORY_STYLE, persist = false, required = false,
            description = "The model to start from: a folder written by Train Orientation Model (or bundled:NAME)")
    private File model;

    @Parameter(label = "Pretrained (PyTorch ResNet-18 file)", style = FileWidget.OPEN_STYLE, persist = false, required = false,
            description = "Or start from a torchvision ResNet-18 saved by PyTorch (TorchScript .pt or state dict .pth); leave model empty")
    private File pretrained;

    @Parameter(label = "Symmetry (Laue class)", persist = false,
            choices = {MODEL_SYMMETRY, "m-3m", "m-3", "6/mmm", "6/m", "-3m", "-3", "4/mmm", "4/m", "mmm", "2/m", "-1"},
            description = "Laue class of the new dataset's phase; 'model' keeps the model's")
    private String symmetry = MODEL_SYMMETRY;

    @Parameter(label = "Freeze (leading stages)", min = "0", persist = false,
            description = "Stages not trained, from the input: small CNN conv stages, or ResNet-18's stem and layer1..layer4")
    private int freeze = 2;

    @Parameter(label = "Max_patterns", min = "2", persist = false, description = "Most patterns of the dataset to use (its first ones)")
    private int max_patterns = FineTuning.DEFAULT_MAX_PATTERNS;

    @Override
    protected TrainingResult train(OrientationDataset data, OrientationTrainer.EpochListener epochListener) throws IOException {
        boolean keepSymmetry = symmetry == null || symmetry.isBlank() || MODEL_SYMMETRY.equalsIgnoreCase(symmetry.strip());
        boolean fromFile = pretrained != null && !pretrained.getPath().isBlank();
        if (fromFile && model != null && !model.getPath().isBlank()) {
            throw new IllegalArgumentException("give either model=[folder] or pretrained=[file], not both");
        }
        if (fromFile && keepSymmetry) {
            throw new IllegalArgumentException("a pretrained PyTorch network has no Laue class: give the dataset's phase's, e.g. symmetry=m-3m");
        }
        try (OrientationModel parent = fromFile
                ? PretrainedResNet18.load(pretrained.toPath(), data.size(), OrientationChoices.laueGroup(symmetry), seed())
                : DeepCommands.open(model)) {
            LaueGroup group = keepSymmetry ? parent.laueGroup() : OrientationChoices.laueGroup(symmetry);
            FineTuning fineTuning = new FineTuning(parent, (fromFile ? pretrained : model).getName(), freeze, max_patterns);
            return fineTuning.trainer(data, group, settings(parent.network())).train(progress(), epochListener);
        }
    }
}
